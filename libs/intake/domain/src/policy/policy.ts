import Ajv, { ErrorObject } from 'ajv';
import { parse as parseYaml } from 'yaml';
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

/** A policy document that cannot be used; `path` is the dotted location of the first problem. */
export class PolicyError extends Error {
  readonly code = 'POLICY.INVALID';
  constructor(
    readonly source: string,
    readonly problems: readonly { readonly path: string; readonly reason: string }[],
  ) {
    super(`policy ${source} is invalid: ${problems.map((p) => `${p.path || '(document)'}: ${p.reason}`).join('; ')}`);
    this.name = 'PolicyError';
  }
}

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

const validate = new Ajv({ allErrors: true, strict: true }).compile(POLICY_SCHEMA);

function dotted(error: ErrorObject): string {
  const base = error.instancePath
    .split('/')
    .slice(1)
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((segment) => (/^\d+$/.test(segment) ? `[${segment}]` : `.${segment}`))
    .join('')
    .replace(/^\./, '');
  const params = error.params as Record<string, unknown>;
  if (error.keyword === 'required') return base ? `${base}.${String(params['missingProperty'])}` : String(params['missingProperty']);
  if (error.keyword === 'additionalProperties') return base ? `${base}.${String(params['additionalProperty'])}` : String(params['additionalProperty']);
  return base;
}

function reason(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return 'is required';
    case 'additionalProperties':
      return 'is not a known field';
    case 'enum':
      return `must be one of ${(params['allowedValues'] as unknown[]).join(', ')}`;
    default:
      return error.message ?? error.keyword;
  }
}

/**
 * Parses and checks a policy document (YAML is a superset of JSON, so one parser reads both).
 * Throws PolicyError naming `source`, the path and the reason; a bad policy must stop start-up.
 */
export function parsePolicy(text: string, source: string): IntakePolicy {
  let document: unknown;
  try {
    document = parseYaml(text, { prettyErrors: true, uniqueKeys: true });
  } catch (err) {
    throw new PolicyError(source, [{ path: '', reason: `not YAML or JSON: ${(err as Error).message.split('\n')[0]}` }]);
  }
  if (!validate(document)) {
    // oneOf reports every branch; the branch errors say more than the oneOf summary.
    const errors = (validate.errors ?? []).filter((e) => e.keyword !== 'oneOf');
    const unique = new Map<string, { path: string; reason: string }>();
    for (const e of errors.length > 0 ? errors : (validate.errors ?? [])) {
      const problem = { path: dotted(e), reason: reason(e) };
      unique.set(`${problem.path}|${problem.reason}`, problem);
    }
    throw new PolicyError(source, [...unique.values()]);
  }
  const policy = document as unknown as IntakePolicy;
  const lines = Object.keys(policy.productLines);
  if (lines.length > 200) throw new PolicyError(source, [{ path: 'productLines', reason: 'at most 200 product lines' }]);
  return policy;
}
