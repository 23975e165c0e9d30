import type { WorkingCalendar } from '@aftersales/calendar';
import { PolicyError, policyReader } from '@aftersales/policy';
import { RETURN_REASONS, ReturnReason } from './return-request';

/** The roles a policy may name as signers (the people of DOMAIN.md WR-2, WR-3, WR-7). */
export const SIGNER_ROLES = ['after_sales_head', 'business_head', 'area_manager', 'general_manager', 'finance'] as const;
export type SignerRole = (typeof SIGNER_ROLES)[number];

/** One step of an approval chain: its id (stable, stored in signatures), who signs it, and whether signing it runs the ratio and time-limit check (WR-2). */
export interface ApprovalStep {
  readonly id: string;
  readonly role: SignerRole;
  readonly ratioCheck?: boolean;
}

/**
 * The warehouse-returns policy (ARCHITECTURE.md "Policy"; rules WR-2..WR-7): the approval chain per
 * reason, the time limit since delivery, the exception and consent steps, the return note's due
 * time. Data, versioned: every decision it shaped records `<id>@<version>`.
 */
export interface WarehouseReturnsPolicy {
  readonly id: string;
  readonly version: string;
  readonly name: string;
  /** WR-2, WR-3, WR-7: the steps of each reason's chain, signed in this order by different people. */
  readonly steps: Readonly<Record<ReturnReason, readonly ApprovalStep[]>>;
  /** WR-2: days from the delivery's document date within which a return passes the check. */
  readonly timeLimitDays: number;
  /** WR-2: the company leader's step that overrides a refusal of the ratio or time-limit check. */
  readonly exception: ApprovalStep;
  /** WR-7: the general manager's consent to a return outside the policy (these reasons, or one that needed the exception); without it the costs fall on the customer. */
  readonly consent: ApprovalStep & { readonly reasons: readonly ReturnReason[] };
  /** WR-6: the return note is due at `atHour` (local time) of the `workingDays`th working day after booking. */
  readonly returnNote: { readonly workingDays: number; readonly atHour: number };
}

export const DEFAULT_WAREHOUSE_RETURNS_POLICY_YAML = `# aftersales warehouse-returns policy: the defaults from the source regulations (DOMAIN.md rule IDs).
id: warehouse-returns-default
version: "2026.1"
name: Default return approval policy

# WR-2 unsalable: the after-sales section signs with finance's ratio check, then the business head.
# WR-3 quality: the after-sales section head signs, then the business head tells the customer to ship.
# WR-7 customer error (over- or wrong ordering): the area manager.
steps:
  unsalable:
    - { id: after_sales_check, role: after_sales_head, ratioCheck: true }
    - { id: business_head_approval, role: business_head }
  quality:
    - { id: after_sales_head_review, role: after_sales_head }
    - { id: business_head_ship_instruction, role: business_head }
  customer_error:
    - { id: area_manager_approval, role: area_manager }

# WR-2: the check refuses a return more than this many days after the delivery's document date.
timeLimitDays: 90

# WR-2: a company leader's exception step overrides a refusal of the ratio or time-limit check.
exception: { id: leader_exception, role: general_manager }

# WR-7: a return outside the policy needs the general manager's consent, otherwise costs fall on the customer.
consent: { id: general_manager_consent, role: general_manager, reasons: [customer_error] }

# WR-6: the return note reaches the customer by 12:00 the next working day of the region.
returnNote: { workingDays: 1, atHour: 12 }
`;

const stepId = { type: 'string', pattern: '^[a-z][a-z0-9_]{0,63}$' };
const step = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'role'],
  properties: { id: stepId, role: { enum: [...SIGNER_ROLES] }, ratioCheck: { type: 'boolean' } },
};

/** The JSON Schema of a warehouse-returns policy document (draft-07). */
export const WAREHOUSE_RETURNS_POLICY_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  type: 'object',
  additionalProperties: false,
  required: ['id', 'version', 'name', 'steps', 'timeLimitDays', 'exception', 'consent', 'returnNote'],
  properties: {
    id: { type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$' },
    version: { type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$' },
    name: { type: 'string', minLength: 1, maxLength: 200 },
    steps: {
      type: 'object',
      additionalProperties: false,
      required: [...RETURN_REASONS],
      properties: Object.fromEntries(RETURN_REASONS.map((r) => [r, { type: 'array', minItems: 1, maxItems: 6, items: step }])),
    },
    timeLimitDays: { type: 'integer', minimum: 0, maximum: 3650 },
    exception: step,
    consent: { ...step, required: ['id', 'role', 'reasons'], properties: { ...step.properties, reasons: { type: 'array', uniqueItems: true, items: { enum: [...RETURN_REASONS] } } } },
    returnNote: {
      type: 'object',
      additionalProperties: false,
      required: ['workingDays', 'atHour'],
      properties: { workingDays: { type: 'integer', minimum: 0, maximum: 10 }, atHour: { type: 'number', minimum: 0, maximum: 24 } },
    },
  },
} as const;

const readPolicy = policyReader<WarehouseReturnsPolicy>(WAREHOUSE_RETURNS_POLICY_SCHEMA);

/** Parses and checks a warehouse-returns policy document (YAML or JSON); throws PolicyError naming `source`. */
export function parseWarehouseReturnsPolicy(text: string, source: string): WarehouseReturnsPolicy {
  const policy = readPolicy(text, source);
  // A step id names one step: the chain's, the exception's and the consent's ids never collide.
  for (const reason of RETURN_REASONS) {
    const ids = [...policy.steps[reason].map((s) => s.id), policy.exception.id, policy.consent.id];
    if (new Set(ids).size !== ids.length) throw new PolicyError(source, [{ path: `/steps/${reason}`, reason: `step ids must differ from each other and from the exception and consent steps: ${ids.join(', ')}` }]);
  }
  return policy;
}

export { PolicyError };

/** What events record as their policyVersion: `<id>@<version>`. */
export function warehouseReturnsPolicyVersion(policy: Pick<WarehouseReturnsPolicy, 'id' | 'version'>): string {
  return `${policy.id}@${policy.version}`;
}

const HOUR_MS = 3_600_000;

// rule WR-6: the return note is due at the policy's hour (12:00) of the policy's working day (the next) after booking, in the region's calendar
export function returnNoteDueAt(policy: WarehouseReturnsPolicy, bookedAt: Date, calendar: WorkingCalendar): string {
  const day = calendar.addWorkingDays(calendar.localDate(bookedAt), policy.returnNote.workingDays);
  return new Date(calendar.startOfLocalDay(day).getTime() + Math.round(policy.returnNote.atHour * HOUR_MS)).toISOString();
}
