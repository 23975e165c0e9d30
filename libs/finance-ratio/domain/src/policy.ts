import { PolicyError, policyReader } from '@aftersales/policy';
import { parseFraction } from './money';
import type { PeriodRule } from './period';

/** What a counted movement is: an exchange, or a return (a refund takes the goods back). */
export const MOVEMENT_KINDS = ['exchanged', 'returned'] as const;
export type MovementKind = (typeof MOVEMENT_KINDS)[number];

/** QA's dispositions a policy may count (qa.public.DispositionDecided). */
export type Disposition = 'exchange' | 'refund' | 'return_for_repair' | 'replenish';
/** The outcome of a booked return line (warehouse-returns' ReturnLineOutcomeV1). */
export const BOOKED_OUTCOMES = ['exchange', 'refund', 'restock', 'write_off'] as const;
export type BookedOutcome = (typeof BOOKED_OUTCOMES)[number];

// rule FR-1: once warehouse-returns books the returns, the dispositions it takes up are counted through their booking only
/**
 * The dispositions warehouse-returns turns into return requests (WR-1): a policy that counts booked
 * returns must not count these too, or the same goods would be counted twice (docs/adr/018).
 */
export const DISPOSITIONS_TAKEN_UP_BY_RETURNS: readonly Disposition[] = ['exchange', 'return_for_repair', 'refund'];

/** A limit on the ratio: decimal strings (`"0.05"` = 5 %), compared exactly (money.ts `exceeds`). */
export interface RatioLimit {
  readonly quantity: string;
  readonly amount: string;
}

/**
 * The finance-ratio policy (ARCHITECTURE.md "Policy"; rules FR-1, FR-2): the ratio's period and
 * time zone, the permitted ratio company-wide, per region and per customer contract, which of QA's
 * dispositions count, and who an alert goes to. Data, versioned: every evaluation records
 * `<id>@<version>`.
 */
export interface FinanceRatioPolicy {
  readonly id: string;
  readonly version: string;
  readonly name: string;
  /** Local dates (documents, movements, periods) are dates in this zone. */
  readonly timeZone: string;
  /** FR-1: the period the ratio is taken over. */
  readonly period: PeriodRule;
  /** FR-1: the permitted ratio; a contract's override beats its region's, which beats the default. */
  readonly limits: {
    readonly default: RatioLimit;
    readonly regions: Readonly<Record<string, RatioLimit>>;
    readonly contracts: readonly (RatioLimit & { readonly contractNumber: string; readonly customerId: string })[];
  };
  /** FR-1: QA dispositions (qa.public.DispositionDecided) counted, and as what; the others are not counted. */
  readonly dispositions: Readonly<Partial<Record<Disposition, MovementKind>>>;
  /**
   * FR-1 / WR-6: the lines of warehouse-returns' receipt notes (warehouse-returns.public.ReturnBookedIn)
   * counted, by the line's outcome, and as what. Absent (policies before 2026.2): no booked return
   * is counted, and the dispositions are (docs/adr/018).
   */
  readonly returns?: Readonly<Partial<Record<BookedOutcome, MovementKind>>>;
  /** FR-2: the roles an alert is addressed to. */
  readonly alertRecipients: readonly string[];
  /** FR-4: the range of one penalty (negligence causing loss) and one reward (outstanding work), in major units of `currency`. */
  readonly rewardsPenalties: {
    readonly currency: string;
    readonly penalty: { readonly min: string; readonly max: string };
    readonly reward: { readonly min: string; readonly max: string };
  };
}

export const DEFAULT_FINANCE_RATIO_POLICY_YAML = `# aftersales finance-ratio policy (DOMAIN.md FR-1, FR-2).
id: finance-ratio-default
version: "2026.2"
name: Default exchange and return ratio policy
timeZone: Asia/Shanghai

# FR-1: the ratio is taken over the calendar month of the evaluation (month, quarter, year,
# or rolling_days with days: N).
period: { kind: month }

# FR-1: exchanged + returned vs purchased, by quantity and by amount; a ratio equal to the limit is within it.
limits:
  default: { quantity: "0.05", amount: "0.05" }
  regions: {}
  contracts: []

# FR-1: QA's dispositions counted on their own. Warehouse-returns takes up exchange, return_for_repair
# and refund (WR-1) and books their goods: those are counted through the booking (returns, below),
# never here as well (docs/adr/018). Until 2026.2: exchange: exchanged, refund: returned.
dispositions: {}

# FR-1 / WR-6: the lines of warehouse-returns' receipt notes, by outcome, valued at the line's amounts.
returns:
  exchange: exchanged
  refund: returned
  restock: returned
  write_off: returned

# FR-2: an alert goes to the business head and company leadership at once.
alertRecipients: [business_head, general_manager]

# FR-4: a fine within this range per month for negligence causing loss; a reward within this range for outstanding work.
rewardsPenalties:
  currency: CNY
  penalty: { min: "50", max: "500" }
  reward: { min: "100", max: "2000" }
`;

const decimal = { type: 'string', pattern: '^\\d{1,6}(\\.\\d{1,9})?$' };
const limit = { type: 'object', additionalProperties: false, required: ['quantity', 'amount'], properties: { quantity: decimal, amount: decimal } };
const kind = { enum: ['exchanged', 'returned'] };
const money = { type: 'string', pattern: '^\\d{1,12}(\\.\\d{1,3})?$' };
const range = { type: 'object', additionalProperties: false, required: ['min', 'max'], properties: { min: money, max: money } };

/** The JSON Schema of a finance-ratio policy document (draft-07). */
export const FINANCE_RATIO_POLICY_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  type: 'object',
  additionalProperties: false,
  required: ['id', 'version', 'name', 'timeZone', 'period', 'limits', 'dispositions', 'alertRecipients', 'rewardsPenalties'],
  properties: {
    id: { type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$' },
    version: { type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$' },
    name: { type: 'string', minLength: 1, maxLength: 200 },
    timeZone: { type: 'string', minLength: 1, maxLength: 64 },
    period: {
      oneOf: [
        { type: 'object', additionalProperties: false, required: ['kind'], properties: { kind: { enum: ['month', 'quarter', 'year'] } } },
        { type: 'object', additionalProperties: false, required: ['kind', 'days'], properties: { kind: { const: 'rolling_days' }, days: { type: 'integer', minimum: 1, maximum: 3660 } } },
      ],
    },
    limits: {
      type: 'object',
      additionalProperties: false,
      required: ['default', 'regions', 'contracts'],
      properties: {
        default: limit,
        regions: { type: 'object', additionalProperties: limit },
        contracts: {
          type: 'array',
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['contractNumber', 'customerId', 'quantity', 'amount'],
            properties: { contractNumber: { type: 'string', minLength: 1 }, customerId: { type: 'string', minLength: 1 }, quantity: decimal, amount: decimal },
          },
        },
      },
    },
    dispositions: {
      type: 'object',
      additionalProperties: false,
      properties: { exchange: kind, refund: kind, return_for_repair: kind, replenish: kind },
    },
    returns: {
      type: 'object',
      additionalProperties: false,
      properties: { exchange: kind, refund: kind, restock: kind, write_off: kind },
    },
    alertRecipients: { type: 'array', minItems: 1, uniqueItems: true, items: { type: 'string', minLength: 1 } },
    rewardsPenalties: {
      type: 'object',
      additionalProperties: false,
      required: ['currency', 'penalty', 'reward'],
      properties: { currency: { type: 'string', pattern: '^[A-Z]{3}$' }, penalty: range, reward: range },
    },
  },
} as const;

const readPolicy = policyReader<FinanceRatioPolicy>(FINANCE_RATIO_POLICY_SCHEMA);

/** Parses and checks a finance-ratio policy document (YAML or JSON); throws PolicyError naming `source`. */
export function parseFinanceRatioPolicy(text: string, source: string): FinanceRatioPolicy {
  const policy = readPolicy(text, source);
  try {
    new Intl.DateTimeFormat('en', { timeZone: policy.timeZone });
  } catch {
    throw new PolicyError(source, [{ path: '/timeZone', reason: `unknown time zone ${policy.timeZone}` }]);
  }
  const twice = countedTwice(policy);
  if (twice.length > 0) {
    throw new PolicyError(
      source,
      twice.map((d) => ({ path: `/dispositions/${d}`, reason: `warehouse-returns books the goods of a ${d} disposition, and this policy counts booked returns: counting the disposition too counts them twice` })),
    );
  }
  return policy;
}

/** The dispositions a policy counts although it also counts their booked returns (must be none). */
export function countedTwice(policy: Pick<FinanceRatioPolicy, 'dispositions' | 'returns'>): Disposition[] {
  if (!policy.returns || Object.keys(policy.returns).length === 0) return [];
  return DISPOSITIONS_TAKEN_UP_BY_RETURNS.filter((d) => policy.dispositions[d] !== undefined);
}

/** What events record as their policyVersion: `<id>@<version>`. */
export function financeRatioPolicyVersion(policy: Pick<FinanceRatioPolicy, 'id' | 'version'>): string {
  return `${policy.id}@${policy.version}`;
}

/** Where a customer's limit came from: a contract override, the region's limit, or the default. */
export type LimitSource = { readonly kind: 'contract'; readonly contractNumber: string } | { readonly kind: 'region'; readonly region: string } | { readonly kind: 'default' };

// rule FR-1: the permitted ratio, per region with per-contract overrides
/**
 * The customer's permitted ratio: the first contract override for this customer among the
 * contracts it bought under, else its region's limit, else the company-wide default.
 */
export function limitFor(policy: FinanceRatioPolicy, customerId: string, region: string, contracts: ReadonlySet<string>): RatioLimit & { readonly source: LimitSource } {
  const override = policy.limits.contracts.find((c) => c.customerId === customerId && contracts.has(c.contractNumber));
  if (override) return { quantity: override.quantity, amount: override.amount, source: { kind: 'contract', contractNumber: override.contractNumber } };
  const regional = policy.limits.regions[region];
  if (regional) return { quantity: regional.quantity, amount: regional.amount, source: { kind: 'region', region } };
  return { ...policy.limits.default, source: { kind: 'default' } };
}

export { PolicyError, parseFraction };
