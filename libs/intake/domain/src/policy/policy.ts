import { PolicyError, policyReader } from '@aftersales/policy';
import { ACCEPTANCE_KINDS, AcceptanceKind, CATEGORIES, CUSTOMER_TIERS, Category, CustomerTier, SUSPECTED_CAUSES, SuspectedCause } from '../complaint';

/**
 * The acceptance and response policy (ARCHITECTURE.md "Policy"; rules IN-3, IN-4, IN-5, IN-7,
 * IN-8, IN-9, IN-10). Organizations differ here, so it is data: a YAML or JSON document,
 * schema-checked at start, versioned, and named by every decision it makes.
 */
export interface IntakePolicy {
  readonly id: string;
  readonly version: string;
  readonly name: string;
  readonly counting: { readonly convention: 'receipt_day_is_day_zero'; readonly description: string };
  readonly acceptance: AcceptanceRules;
  /** Rules of one product line replace the same keys of `acceptance` for its products. */
  readonly productLines: Readonly<Record<string, ProductLineRules>>;
  readonly response: ResponseRules;
  readonly priority: { readonly highValueTiers: readonly CustomerTier[] };
  readonly repeat: { readonly lookBackDays: number };
}

export type CategoryRule =
  /** IN-3: within N working days of the customer receiving the goods. */
  | { readonly rule: 'window'; readonly workingDays: number; readonly afterWindow: AcceptanceKind }
  /** IN-3 / IN-5: within the warranty period. */
  | { readonly rule: 'warranty'; readonly afterWarranty: AcceptanceKind }
  /** Always this outcome (e.g. a service-attitude complaint is always taken up). */
  | { readonly rule: 'fixed'; readonly kind: AcceptanceKind };

export interface WarrantyRules {
  /** IN-3 / IN-5: months from the customer receiving the goods, per part class. */
  readonly months: { readonly main: number; readonly accessory: number };
  /** IN-5: a warranty card's stated period replaces `months`. */
  readonly cardOverrides: boolean;
}

export interface DeadOnArrivalRules {
  /** IN-5: days after receipt (calendar days) in which a defective unit is swapped. */
  readonly days: number;
  readonly requiresTestReport: boolean;
  readonly requiresIntactPackaging: boolean;
  readonly requiresIntactAppearance: boolean;
}

export interface ExclusionRules {
  /** IN-4: causes excluded from free acceptance, and what they get instead. */
  readonly causes: readonly SuspectedCause[];
  readonly causeOutcome: AcceptanceKind;
  /** IN-2 / IN-4: the customer did not operate and maintain the product as instructed. */
  readonly notUsedAsInstructedOutcome: AcceptanceKind;
  /** IN-4: consumable parts and free gifts. */
  readonly consumableOutcome: AcceptanceKind;
  readonly giftOutcome: AcceptanceKind;
}

export interface AcceptanceRules {
  readonly categories: Readonly<Record<Category, CategoryRule>>;
  readonly warranty: WarrantyRules;
  readonly exclusions: ExclusionRules;
  readonly deadOnArrival: DeadOnArrivalRules | null;
}

export interface ProductLineRules {
  readonly name: string;
  readonly warranty?: WarrantyRules;
  readonly deadOnArrival?: DeadOnArrivalRules | null;
  /** IN-4: components a warranty lists as excluded (e.g. antenna, housing, LCD for phones). */
  readonly excludedComponents?: readonly string[];
  readonly excludedComponentOutcome?: AcceptanceKind;
  readonly categories?: Partial<Readonly<Record<Category, CategoryRule>>>;
}

export interface HoursRule {
  readonly hours: number;
  /** `wall`: elapsed hours; `business`: hours inside the region's business hours on working days. */
  readonly clock: 'wall' | 'business';
}

export interface ResponseRules {
  /** IN-7: acknowledge the customer. */
  readonly acknowledge: HoursRule;
  /** IN-7: report a complaint up to the responsible manager. */
  readonly reportUp: HoursRule;
  /** IN-8: forward a quality case to the supervisor and the sales assistant. */
  readonly forward: { readonly workingDays: number; readonly categories: readonly Category[] };
}

export { PolicyError };

const kind = { enum: [...ACCEPTANCE_KINDS] };
const positiveInt = { type: 'integer', minimum: 1, maximum: 3650 };
const categoryRule = {
  oneOf: [
    {
      type: 'object',
      additionalProperties: false,
      required: ['rule', 'workingDays', 'afterWindow'],
      properties: { rule: { const: 'window' }, workingDays: positiveInt, afterWindow: kind },
    },
    { type: 'object', additionalProperties: false, required: ['rule', 'afterWarranty'], properties: { rule: { const: 'warranty' }, afterWarranty: kind } },
    { type: 'object', additionalProperties: false, required: ['rule', 'kind'], properties: { rule: { const: 'fixed' }, kind } },
  ],
};
const warranty = {
  type: 'object',
  additionalProperties: false,
  required: ['months', 'cardOverrides'],
  properties: {
    months: {
      type: 'object',
      additionalProperties: false,
      required: ['main', 'accessory'],
      properties: { main: { type: 'integer', minimum: 0, maximum: 600 }, accessory: { type: 'integer', minimum: 0, maximum: 600 } },
    },
    cardOverrides: { type: 'boolean' },
  },
};
const deadOnArrival = {
  oneOf: [
    { type: 'null' },
    {
      type: 'object',
      additionalProperties: false,
      required: ['days', 'requiresTestReport', 'requiresIntactPackaging', 'requiresIntactAppearance'],
      properties: {
        days: positiveInt,
        requiresTestReport: { type: 'boolean' },
        requiresIntactPackaging: { type: 'boolean' },
        requiresIntactAppearance: { type: 'boolean' },
      },
    },
  ],
};
const categoryMap = (required: boolean) => ({
  type: 'object',
  additionalProperties: false,
  ...(required ? { required: [...CATEGORIES] } : {}),
  properties: Object.fromEntries(CATEGORIES.map((c) => [c, categoryRule])),
});
const hoursRule = {
  type: 'object',
  additionalProperties: false,
  required: ['hours', 'clock'],
  properties: { hours: { type: 'number', exclusiveMinimum: 0, maximum: 720 }, clock: { enum: ['wall', 'business'] } },
};

/** The JSON Schema of a policy document (draft-07, as ajv checks it). Served with /policies/current. */
export const POLICY_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'aftersales intake policy',
  type: 'object',
  additionalProperties: false,
  required: ['id', 'version', 'name', 'counting', 'acceptance', 'productLines', 'response', 'priority', 'repeat'],
  properties: {
    id: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]{0,63}$' },
    version: { type: 'string', minLength: 1, maxLength: 40 },
    name: { type: 'string', minLength: 1, maxLength: 200 },
    counting: {
      type: 'object',
      additionalProperties: false,
      required: ['convention', 'description'],
      properties: { convention: { const: 'receipt_day_is_day_zero' }, description: { type: 'string' } },
    },
    acceptance: {
      type: 'object',
      additionalProperties: false,
      required: ['categories', 'warranty', 'exclusions', 'deadOnArrival'],
      properties: {
        categories: categoryMap(true),
        warranty,
        exclusions: {
          type: 'object',
          additionalProperties: false,
          required: ['causes', 'causeOutcome', 'notUsedAsInstructedOutcome', 'consumableOutcome', 'giftOutcome'],
          properties: {
            causes: { type: 'array', uniqueItems: true, items: { enum: SUSPECTED_CAUSES.filter((c) => c !== 'unknown' && c !== 'product_defect') } },
            causeOutcome: kind,
            notUsedAsInstructedOutcome: kind,
            consumableOutcome: kind,
            giftOutcome: kind,
          },
        },
        deadOnArrival,
      },
    },
    productLines: {
      type: 'object',
      propertyNames: { pattern: '^[a-z0-9][a-z0-9_-]{0,63}$' },
      additionalProperties: {
        type: 'object',
        additionalProperties: false,
        required: ['name'],
        properties: {
          name: { type: 'string', minLength: 1, maxLength: 200 },
          warranty,
          deadOnArrival,
          excludedComponents: { type: 'array', uniqueItems: true, items: { type: 'string', pattern: '^[a-z0-9_-]{1,64}$' } },
          excludedComponentOutcome: kind,
          categories: categoryMap(false),
        },
      },
    },
    response: {
      type: 'object',
      additionalProperties: false,
      required: ['acknowledge', 'reportUp', 'forward'],
      properties: {
        acknowledge: hoursRule,
        reportUp: hoursRule,
        forward: {
          type: 'object',
          additionalProperties: false,
          required: ['workingDays', 'categories'],
          properties: { workingDays: positiveInt, categories: { type: 'array', uniqueItems: true, items: { enum: [...CATEGORIES] } } },
        },
      },
    },
    priority: {
      type: 'object',
      additionalProperties: false,
      required: ['highValueTiers'],
      properties: { highValueTiers: { type: 'array', uniqueItems: true, items: { enum: [...CUSTOMER_TIERS] } } },
    },
    repeat: {
      type: 'object',
      additionalProperties: false,
      required: ['lookBackDays'],
      properties: { lookBackDays: positiveInt },
    },
  },
} as const;

const readPolicy = policyReader<IntakePolicy>(POLICY_SCHEMA);

/**
 * Parses and checks a policy document (YAML is a superset of JSON, so one parser reads both).
 * Throws PolicyError naming `source`, the path and the reason; a bad policy must stop start-up.
 */
export function parsePolicy(text: string, source: string): IntakePolicy {
  const policy = readPolicy(text, source);
  const lines = Object.keys(policy.productLines);
  if (lines.length > 200) throw new PolicyError(source, [{ path: 'productLines', reason: 'at most 200 product lines' }]);
  return policy;
}
