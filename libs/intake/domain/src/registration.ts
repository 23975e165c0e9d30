import { addMonths, isLocalDate, type CalendarRegistry } from '@aftersales/calendar';
import { ComplaintFacts } from './complaint';
import { IntakePolicy } from './policy/policy';

/** Registrations of older complaints (from paper records) are accepted this far back. */
export const MAX_BACKFILL_YEARS = 10;
/** Goods delivered longer than this before the complaint are refused as a typo. */
export const MAX_GOODS_AGE_YEARS = 30;

/** One field a registration cannot be accepted with (the edge answers 400 naming them all; nothing is recorded). */
export interface FactProblem {
  readonly field: string;
  readonly code: string;
  readonly message: string;
}

function addYears(date: string, years: number): string {
  return addMonths(date, years * 12);
}

// rule IN-1, IN-2: what a registration records must be possible at the time it is made
/**
 * Rules IN-1, IN-2: what only the whole registration, the clock (`now`), the region calendars and
 * the policy can judge: real dates in order and not in the future, a known region and product
 * line, no more defective than shipped.
 */
export function registrationProblems(facts: ComplaintFacts, now: Date, calendars: CalendarRegistry, policy: IntakePolicy): FactProblem[] {
  const errors: FactProblem[] = [];
  const fail = (field: string, code: string, message: string) => errors.push({ field, code, message });
  for (const [field, value] of [
    ['deliveredOn', facts.deliveredOn],
    ['goodsReceivedOn', facts.goodsReceivedOn],
    ['defect.firstSeenOn', facts.defect.firstSeenOn],
  ] as const) {
    if (value !== null && !isLocalDate(value)) fail(field, 'invalid_date', `${field} is not a calendar date`);
  }
  if (!calendars.hasRegion(facts.region)) {
    fail('region', 'unknown_region', `region must be one of ${calendars.regions().join(', ')}`);
  }
  if (facts.product.productLine !== null && !Object.hasOwn(policy.productLines, facts.product.productLine)) {
    const known = Object.keys(policy.productLines);
    fail('product.productLine', 'unknown_product_line', `productLine must be one of the policy's product lines: ${known.join(', ') || '(none)'}`);
  }
  if (facts.defectiveQuantity > facts.shippedQuantity) {
    fail('defectiveQuantity', 'exceeds_shipped', 'defectiveQuantity must not exceed shippedQuantity');
  }
  if (errors.length === 0) {
    const calendar = calendars.forRegion(facts.region);
    const today = calendar.localDate(now);
    const receivedAt = new Date(facts.receivedAt).getTime();
    const receivedOn = calendar.localDate(new Date(facts.receivedAt));
    const oldest = addYears(today, -MAX_BACKFILL_YEARS);
    if (receivedAt > now.getTime()) fail('receivedAt', 'in_future', 'receivedAt must not be in the future');
    else if (receivedOn < oldest) fail('receivedAt', 'too_old', `receivedAt must be within the last ${MAX_BACKFILL_YEARS} years`);
    const earliestGoods = addYears(receivedOn, -MAX_GOODS_AGE_YEARS);
    for (const [field, value] of [
      ['deliveredOn', facts.deliveredOn],
      ['goodsReceivedOn', facts.goodsReceivedOn],
    ] as const) {
      if (value < earliestGoods) fail(field, 'too_old', `${field} must be within ${MAX_GOODS_AGE_YEARS} years before receivedAt`);
    }
    if (facts.deliveredOn > today) fail('deliveredOn', 'in_future', 'deliveredOn must not be in the future');
    if (facts.goodsReceivedOn > today) fail('goodsReceivedOn', 'in_future', 'goodsReceivedOn must not be in the future');
    if (facts.goodsReceivedOn < facts.deliveredOn) fail('goodsReceivedOn', 'before_delivery', 'goodsReceivedOn must not be before deliveredOn');
    if (facts.goodsReceivedOn > receivedOn && facts.goodsReceivedOn <= today) {
      fail('receivedAt', 'before_goods_received', 'receivedAt must not be before the day the goods were received');
    }
    const seen = facts.defect.firstSeenOn;
    if (seen !== null && seen > today) fail('defect.firstSeenOn', 'in_future', 'defect.firstSeenOn must not be in the future');
    else if (seen !== null && seen < facts.deliveredOn) fail('defect.firstSeenOn', 'before_delivery', 'defect.firstSeenOn must not be before deliveredOn');
  }
  return errors;
}
