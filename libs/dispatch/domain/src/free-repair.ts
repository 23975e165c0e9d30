import { LocalDate, addDays, addMonths } from '@aftersales/calendar';
import { DEFAULT_FREE_REPAIR, DispatchPolicy, ExcludedCause } from './policy';

/** What a request taken at an outlet says about the product and the fault (DI-2). */
export interface OutletRequestFacts {
  readonly partClass: 'main' | 'accessory';
  /** When the customer received the goods; null when they cannot show it (no warranty can be counted). */
  readonly goodsReceivedOn: LocalDate | null;
  /** A warranty card's period, which replaces the policy's months. */
  readonly warrantyCardMonths: number | null;
  /** What the outlet found the fault to come from. */
  readonly cause: 'defect' | 'wear' | 'unknown' | ExcludedCause;
  /** The day the request is taken, in the outlet's region. */
  readonly requestedOn: LocalDate;
}

export type FreeRepairReasonCode = 'WITHIN_WARRANTY' | 'WARRANTY_EXPIRED' | 'NO_PROOF_OF_RECEIPT' | 'EXCLUDED_CAUSE';

export interface FreeRepairDecision {
  readonly kind: 'free' | 'charged';
  readonly warrantyEndsOn: LocalDate | null;
  readonly warrantySource: 'policy' | 'accessory' | 'warranty_card' | null;
  readonly reasons: readonly { readonly rule: 'DI-2'; readonly code: FreeRepairReasonCode; readonly details: Readonly<Record<string, string | number>> }[];
}

/** The last day covered by `months` from `date`: the day before the same date N months later (the whole month's end when that month is too short). */
function lastCoveredDay(date: LocalDate, months: number): LocalDate {
  const same = addMonths(date, months);
  return Number(same.slice(8, 10)) < Number(date.slice(8, 10)) ? same : addDays(same, -1);
}

// rule DI-2: a request at an outlet is free within the warranty (the policy's months from receipt per part class, or the warranty card's) unless its cause is excluded; otherwise charged, with the reasons
export function decideFreeRepair(policy: DispatchPolicy, facts: OutletRequestFacts): FreeRepairDecision {
  const rules = policy.freeRepair ?? DEFAULT_FREE_REPAIR;
  const months = facts.warrantyCardMonths ?? rules.warrantyMonths[facts.partClass];
  const warrantySource = facts.warrantyCardMonths !== null ? 'warranty_card' : facts.partClass === 'accessory' ? 'accessory' : 'policy';
  const reasons: FreeRepairDecision['reasons'][number][] = [];
  let warrantyEndsOn: LocalDate | null = null;
  if (facts.goodsReceivedOn === null) {
    reasons.push({ rule: 'DI-2', code: 'NO_PROOF_OF_RECEIPT', details: { requestedOn: facts.requestedOn } });
  } else {
    warrantyEndsOn = lastCoveredDay(facts.goodsReceivedOn, months);
    const within = facts.requestedOn <= warrantyEndsOn;
    reasons.push({ rule: 'DI-2', code: within ? 'WITHIN_WARRANTY' : 'WARRANTY_EXPIRED', details: { warrantyMonths: months, warrantySource, warrantyEndsOn, goodsReceivedOn: facts.goodsReceivedOn, requestedOn: facts.requestedOn } });
  }
  if ((rules.excludedCauses as readonly string[]).includes(facts.cause)) reasons.push({ rule: 'DI-2', code: 'EXCLUDED_CAUSE', details: { cause: facts.cause } });
  const free = reasons.length === 1 && reasons[0].code === 'WITHIN_WARRANTY';
  return { kind: free ? 'free' : 'charged', warrantyEndsOn, warrantySource: facts.goodsReceivedOn === null ? null : warrantySource, reasons };
}
