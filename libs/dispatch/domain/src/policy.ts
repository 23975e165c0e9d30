import type { WorkingCalendar } from '@aftersales/calendar';
import { PolicyError, policyReader } from '@aftersales/policy';
import { CONDUCT_KINDS, ConductKind } from './work-order';

/**
 * The dispatch policy (ARCHITECTURE.md "Policy"; rules DI-3, DI-8, DI-9): the arrival commitment,
 * the follow-up call, what a low rating is, the conduct penalties and the first-time-fix look-back.
 * Data, versioned, named by the events it shaped (`policyVersion`).
 */
export interface DispatchPolicy {
  readonly id: string;
  readonly version: string;
  readonly name: string;
  /** DI-3: on site within `withinHours` of confirmation, counted on the wall clock or in the region's business hours. */
  readonly arrival: { readonly withinHours: number; readonly clock: 'wall' | 'business_hours' };
  /** DI-8: the satisfaction call within `withinDays` (wall-clock days) of hand-over; a rating at or below `lowRatingAtMost` opens a complaint. */
  readonly followUp: { readonly withinDays: number; readonly lowRatingAtMost: number };
  /** DI-9: the penalty per conduct kind, integer minor units of `currency`. */
  readonly conduct: { readonly currency: string; readonly penaltiesMinor: Readonly<Record<ConductKind, number>> };
  /** A second order on the same serial and fault within this many days is a revisit (first-time fix). */
  readonly firstTimeFix: { readonly lookBackDays: number };
  /**
   * DI-2: the free-repair rules a request taken at an outlet is decided by. Intake publishes no
   * warranty facts (its ComplaintAccepted says free or paid per complaint, not the terms), so
   * dispatch holds its own copy of the terms (IN-3..IN-5 in DOMAIN.md) and decides from the
   * request's dates. Optional in the document: DEFAULT_FREE_REPAIR when absent.
   */
  readonly freeRepair?: FreeRepairRules;
}

/** DI-2 (after IN-3..IN-5): months from the customer receiving the goods, per part class; a warranty card's period replaces them; causes never repaired free. */
export interface FreeRepairRules {
  readonly warrantyMonths: { readonly main: number; readonly accessory: number };
  readonly excludedCauses: readonly ExcludedCause[];
}

export const EXCLUDED_CAUSES = ['human_damage', 'force_majeure', 'consumable'] as const;
export type ExcludedCause = (typeof EXCLUDED_CAUSES)[number];

export const DEFAULT_FREE_REPAIR: FreeRepairRules = { warrantyMonths: { main: 12, accessory: 3 }, excludedCauses: [...EXCLUDED_CAUSES] };

export const DEFAULT_DISPATCH_POLICY_YAML = `# aftersales dispatch policy: the defaults from the source regulations (DOMAIN.md rule IDs).
id: dispatch-default
version: "2026.1"
name: Default on-site service policy

# DI-3: on site within 12 hours of confirmation (or the customer's required time), wall clock.
arrival:
  withinHours: 12
  clock: wall

# DI-8: a satisfaction follow-up call within 3 days of hand-over; a rating of 1-2 is a complaint.
followUp:
  withinDays: 3
  lowRatingAtMost: 2

# DI-9: penalties recorded against the technician, in fen.
conduct:
  currency: CNY
  penaltiesMinor:
    late_arrival: 5000
    left_without_report: 10000
    incomplete_report: 5000
    dispute: 20000

firstTimeFix:
  lookBackDays: 30

# DI-2: a request at an outlet is repaired free within the warranty (12 months from receipt, 3 for
# accessories, a warranty card's period instead when it names one), unless the cause is excluded.
freeRepair:
  warrantyMonths:
    main: 12
    accessory: 3
  excludedCauses: [human_damage, force_majeure, consumable]
`;

const minor = { type: 'integer', minimum: 0, maximum: 100_000_000 };

/** The JSON Schema of a dispatch policy document (draft-07). */
export const DISPATCH_POLICY_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  type: 'object',
  additionalProperties: false,
  required: ['id', 'version', 'name', 'arrival', 'followUp', 'conduct', 'firstTimeFix'],
  properties: {
    id: { type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$' },
    version: { type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$' },
    name: { type: 'string', minLength: 1, maxLength: 200 },
    arrival: {
      type: 'object',
      additionalProperties: false,
      required: ['withinHours', 'clock'],
      properties: { withinHours: { type: 'number', exclusiveMinimum: 0, maximum: 720 }, clock: { enum: ['wall', 'business_hours'] } },
    },
    followUp: {
      type: 'object',
      additionalProperties: false,
      required: ['withinDays', 'lowRatingAtMost'],
      properties: { withinDays: { type: 'integer', minimum: 1, maximum: 60 }, lowRatingAtMost: { type: 'integer', minimum: 0, maximum: 5 } },
    },
    conduct: {
      type: 'object',
      additionalProperties: false,
      required: ['currency', 'penaltiesMinor'],
      properties: {
        currency: { type: 'string', pattern: '^[A-Z]{3}$' },
        penaltiesMinor: { type: 'object', additionalProperties: false, required: [...CONDUCT_KINDS], properties: Object.fromEntries(CONDUCT_KINDS.map((k) => [k, minor])) },
      },
    },
    firstTimeFix: { type: 'object', additionalProperties: false, required: ['lookBackDays'], properties: { lookBackDays: { type: 'integer', minimum: 0, maximum: 3650 } } },
    freeRepair: {
      type: 'object',
      additionalProperties: false,
      required: ['warrantyMonths', 'excludedCauses'],
      properties: {
        warrantyMonths: {
          type: 'object',
          additionalProperties: false,
          required: ['main', 'accessory'],
          properties: { main: { type: 'integer', minimum: 0, maximum: 240 }, accessory: { type: 'integer', minimum: 0, maximum: 240 } },
        },
        excludedCauses: { type: 'array', uniqueItems: true, items: { enum: [...EXCLUDED_CAUSES] } },
      },
    },
  },
} as const;

const readDispatchPolicy = policyReader<DispatchPolicy>(DISPATCH_POLICY_SCHEMA);

/** Parses and checks a dispatch policy document (YAML or JSON); throws PolicyError naming `source`. */
export function parseDispatchPolicy(text: string, source: string): DispatchPolicy {
  return readDispatchPolicy(text, source);
}

export { PolicyError };

/** What events record as their policyVersion: `<id>@<version>`. */
export function dispatchPolicyVersion(policy: Pick<DispatchPolicy, 'id' | 'version'>): string {
  return `${policy.id}@${policy.version}`;
}

const HOUR_MS = 3_600_000;

// rule DI-3: the arrival due time: the customer's required time when given, else the policy's hours from confirmation, on the wall clock or in the region's business hours
export function arrivalDueAt(policy: DispatchPolicy, confirmedAt: Date, calendar: WorkingCalendar, customerRequiredBy: string | null): { dueAt: string; basis: 'customer_required' | 'wall' | 'business_hours' } {
  if (customerRequiredBy !== null) return { dueAt: new Date(customerRequiredBy).toISOString(), basis: 'customer_required' };
  if (policy.arrival.clock === 'business_hours') return { dueAt: calendar.addBusinessHours(confirmedAt, policy.arrival.withinHours).toISOString(), basis: 'business_hours' };
  return { dueAt: new Date(confirmedAt.getTime() + Math.round(policy.arrival.withinHours * HOUR_MS)).toISOString(), basis: 'wall' };
}

// rule DI-8: the follow-up call is due the policy's days (wall clock) after hand-over
export function followUpDueAt(policy: DispatchPolicy, handedOverAt: Date): string {
  return new Date(handedOverAt.getTime() + policy.followUp.withinDays * 24 * HOUR_MS).toISOString();
}

// rule DI-8: a rating at or below the policy's line, or a complaint in the call, opens a complaint in intake
export function followUpOpensComplaint(policy: DispatchPolicy, satisfaction: number | null, complaint: string | null): boolean {
  return complaint !== null || (satisfaction !== null && satisfaction <= policy.followUp.lowRatingAtMost);
}
