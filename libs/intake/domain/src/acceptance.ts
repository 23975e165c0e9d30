import { addDays, addMonths, daysBetween, LocalDate, type WorkingCalendar } from '@aftersales/calendar';
import { AcceptanceKind, ComplaintFacts } from './complaint';
import { CategoryRule, DeadOnArrivalRules, IntakePolicy, WarrantyRules } from './policy/policy';

/** Every reason code an acceptance decision may give (stored in events: never renamed; labels in labels.ts). */
export const ACCEPTANCE_REASON_CODES = [
  'WITHIN_WINDOW',
  'WINDOW_EXPIRED',
  'CALENDAR_NOT_COVERED',
  'WITHIN_WARRANTY',
  'WARRANTY_EXPIRED',
  'CATEGORY_RULE',
  'FREE_GIFT_NOT_COVERED',
  'CONSUMABLE_PART',
  'EXCLUDED_COMPONENT',
  'EXCLUDED_CAUSE',
  'NOT_USED_AS_INSTRUCTED',
  'DOA_WINDOW_PASSED',
  'DOA_SWAP_ELIGIBLE',
  'DOA_SWAP_CONDITIONS_MISSING',
  'DOA_SWAP_NOT_APPLICABLE',
  'SUPERVISOR_OVERRIDE',
] as const;
export type AcceptanceReasonCode = (typeof ACCEPTANCE_REASON_CODES)[number];

/**
 * One machine-readable reason of an acceptance decision: the rule it applies, a stable code and
 * the figures it used (window, working days counted, warranty end), so a replay explains itself.
 */
export interface AcceptanceReason {
  readonly rule: string;
  readonly code: AcceptanceReasonCode;
  readonly details: Readonly<Record<string, string | number | boolean | readonly string[] | null>>;
}

export interface AcceptanceEvaluation {
  readonly kind: AcceptanceKind;
  readonly reasons: readonly AcceptanceReason[];
}

/** Outcomes from most to least favourable: a case takes the least favourable any rule gives it. */
const ORDER: readonly AcceptanceKind[] = ['accepted_free', 'accepted_paid', 'needs_review', 'rejected'];

function leastFavourable(kinds: readonly AcceptanceKind[]): AcceptanceKind {
  return kinds.reduce((worst, k) => (ORDER.indexOf(k) > ORDER.indexOf(worst) ? k : worst), 'accepted_free' as AcceptanceKind);
}

/** The policy version string decisions record (ARCHITECTURE.md "Policy"). */
export function policyVersionOf(policy: IntakePolicy): string {
  return `${policy.id}@${policy.version}`;
}

interface Effective {
  readonly categoryRule: CategoryRule;
  readonly warranty: WarrantyRules;
  readonly warrantySource: 'policy' | 'product_line';
  readonly deadOnArrival: DeadOnArrivalRules | null;
  readonly excludedComponents: readonly string[];
  readonly excludedComponentOutcome: AcceptanceKind;
}

function effectiveRules(facts: ComplaintFacts, policy: IntakePolicy): Effective {
  const name = facts.product.productLine;
  const line = name !== null && Object.hasOwn(policy.productLines, name) ? policy.productLines[name] : undefined;
  return {
    categoryRule: line?.categories?.[facts.category] ?? policy.acceptance.categories[facts.category],
    warranty: line?.warranty ?? policy.acceptance.warranty,
    warrantySource: line?.warranty ? 'product_line' : 'policy',
    deadOnArrival: line?.deadOnArrival !== undefined ? line.deadOnArrival : policy.acceptance.deadOnArrival,
    excludedComponents: line?.excludedComponents ?? [],
    excludedComponentOutcome: line?.excludedComponentOutcome ?? 'accepted_paid',
  };
}

// rule IN-3, IN-4, IN-5: acceptance (free, paid, refused or review) under the policy
/**
 * The acceptance decision at registration or reassessment (rules IN-3, IN-4, IN-5): pure, given
 * the facts, the policy and the region's calendar. Counting follows the policy's convention: the
 * receipt day is day 0.
 */
export function evaluateAcceptance(facts: ComplaintFacts, policy: IntakePolicy, calendar: WorkingCalendar): AcceptanceEvaluation {
  const rules = effectiveRules(facts, policy);
  const receivedAt = new Date(facts.receivedAt);
  const reportedOn = calendar.localDate(receivedAt);
  const reasons: AcceptanceReason[] = [];
  const outcomes: AcceptanceKind[] = [];
  const rule = rules.categoryRule;

  if (rule.rule === 'window') {
    // Rule IN-3: appearance and model/quantity problems within N working days of receipt.
    const received = calendar.startOfLocalDay(facts.goodsReceivedOn);
    const counted = calendar.workingDaysBetween(received, receivedAt);
    const windowEnd = calendar.endOfWorkingDayDeadline(received, rule.workingDays);
    const windowEndsAt = windowEnd.toISOString();
    // The window closes when its last working day ends: a report on the weekend or holiday after
    // it has counted no further working day, yet is late all the same.
    const within = receivedAt.getTime() < windowEnd.getTime();
    reasons.push({
      rule: 'IN-3',
      code: within ? 'WITHIN_WINDOW' : 'WINDOW_EXPIRED',
      details: { category: facts.category, windowWorkingDays: rule.workingDays, workingDaysCounted: counted, windowEndsAt, goodsReceivedOn: facts.goodsReceivedOn, reportedOn },
    });
    if (calendar.covers(facts.goodsReceivedOn) && calendar.covers(reportedOn)) {
      outcomes.push(within ? 'accepted_free' : rule.afterWindow);
    } else {
      // Working days counted on a year the calendar has no holiday data for may be wrong either
      // way (a holiday counted as a working day, a make-up working day as a weekend): the window
      // decides nothing, a person does (the count stays in the reasons), until the year is published.
      reasons.push({ rule: 'IN-3', code: 'CALENDAR_NOT_COVERED', details: { calendarVersion: calendar.version, goodsReceivedOn: facts.goodsReceivedOn, reportedOn } });
      outcomes.push('needs_review');
    }
  } else if (rule.rule === 'warranty') {
    // Rules IN-3 and IN-5: the warranty period, a card's own period, accessories' shorter one.
    const accessory = facts.product.partClass === 'accessory';
    const cardMonths = rules.warranty.cardOverrides ? (facts.warrantyCard?.months ?? null) : null;
    const card = cardMonths !== null;
    const months = cardMonths !== null ? cardMonths : accessory ? rules.warranty.months.accessory : rules.warranty.months.main;
    const source = card ? 'warranty_card' : accessory ? 'accessory' : rules.warrantySource;
    const warrantyEndsOn = lastDayOfMonthsFrom(facts.goodsReceivedOn, months);
    const within = reportedOn <= warrantyEndsOn;
    reasons.push({
      rule: card || accessory ? 'IN-5' : 'IN-3',
      code: within ? 'WITHIN_WARRANTY' : 'WARRANTY_EXPIRED',
      details: { warrantyMonths: months, warrantySource: source, warrantyEndsOn, goodsReceivedOn: facts.goodsReceivedOn, reportedOn },
    });
    outcomes.push(within ? 'accepted_free' : rule.afterWarranty);
  } else {
    reasons.push({ rule: 'IN-3', code: 'CATEGORY_RULE', details: { category: facts.category, kind: rule.kind } });
    outcomes.push(rule.kind);
  }

  // A category the policy decides without a window or warranty (service attitude, other) is not
  // about a defective product: product exclusions and swaps do not apply to it.
  if (rule.rule === 'fixed') return { kind: leastFavourable(outcomes), reasons };

  // Rule IN-4: exclusions take a case out of free acceptance whatever its window says.
  const exclusions = policy.acceptance.exclusions;
  if (facts.product.partClass === 'gift') {
    reasons.push({ rule: 'IN-4', code: 'FREE_GIFT_NOT_COVERED', details: {} });
    outcomes.push(exclusions.giftOutcome);
  }
  if (facts.product.partClass === 'consumable') {
    reasons.push({ rule: 'IN-4', code: 'CONSUMABLE_PART', details: {} });
    outcomes.push(exclusions.consumableOutcome);
  }
  if (facts.product.component !== null && rules.excludedComponents.includes(facts.product.component)) {
    reasons.push({ rule: 'IN-4', code: 'EXCLUDED_COMPONENT', details: { component: facts.product.component, productLine: facts.product.productLine } });
    outcomes.push(rules.excludedComponentOutcome);
  }
  if (exclusions.causes.includes(facts.suspectedCause)) {
    reasons.push({ rule: 'IN-4', code: 'EXCLUDED_CAUSE', details: { cause: facts.suspectedCause } });
    outcomes.push(exclusions.causeOutcome);
  }
  if (!facts.usedAsInstructed) {
    reasons.push({ rule: 'IN-4', code: 'NOT_USED_AS_INSTRUCTED', details: {} });
    outcomes.push(exclusions.notUsedAsInstructedOutcome);
  }

  const kind = leastFavourable(outcomes);

  // Rule IN-5: a dead-on-arrival swap, when the customer asks for an exchange.
  if (facts.requestedResolution === 'exchange' && rules.deadOnArrival !== null) {
    const doa = rules.deadOnArrival;
    const daysSinceReceipt = daysBetween(facts.goodsReceivedOn, reportedOn);
    if (daysSinceReceipt > doa.days) {
      reasons.push({ rule: 'IN-5', code: 'DOA_WINDOW_PASSED', details: { doaDays: doa.days, daysSinceReceipt } });
    } else if (kind !== 'accepted_free') {
      // A free swap is a kind of free acceptance: a case an exclusion or a lapsed window took out
      // of it (IN-3, IN-4) is not eligible, and its reasons must not say otherwise.
      reasons.push({ rule: 'IN-5', code: 'DOA_SWAP_NOT_APPLICABLE', details: { doaDays: doa.days, daysSinceReceipt, outcome: kind } });
    } else {
      const claim = facts.deadOnArrival;
      const missing: string[] = [];
      if (doa.requiresTestReport && !claim?.testReportRef) missing.push('test_report');
      if (doa.requiresIntactPackaging && !claim?.packagingIntact) missing.push('intact_packaging');
      if (doa.requiresIntactAppearance && !claim?.appearanceIntact) missing.push('intact_appearance');
      reasons.push({
        rule: 'IN-5',
        code: missing.length === 0 ? 'DOA_SWAP_ELIGIBLE' : 'DOA_SWAP_CONDITIONS_MISSING',
        details: { doaDays: doa.days, daysSinceReceipt, missing },
      });
    }
  }

  return { kind, reasons };
}

/**
 * The last day covered by a period of `months` starting on `date` (rules IN-3, IN-5): the day
 * before the same date N months later; when that month is too short for the date (Jan 31 + 1
 * month), the period runs through the month's last day instead of losing days.
 */
export function lastDayOfMonthsFrom(date: LocalDate, months: number): LocalDate {
  const day = Number(date.slice(8, 10));
  const same = addMonths(date, months);
  return Number(same.slice(8, 10)) < day ? same : addDays(same, -1);
}
