import { endOfDayIn } from '@aftersales/calendar';
import { ObligationChange } from '@aftersales/eventsourcing';
import type { CustomerRatioEvent } from './customer-ratio.decider';
import type { FinanceRatioPolicy } from './policy';

/** What a customer's account owes: evaluating its ratio again when its period moves on. */
export const CUSTOMER_RATIO_OBLIGATIONS = ['reevaluate'] as const;
export type CustomerRatioObligation = (typeof CUSTOMER_RATIO_OBLIGATIONS)[number];

// rule FR-1: the ratio is evaluated again when its period moves on (a month ends, a rolling day passes)
/**
 * Each snapshot opens the next evaluation at the end of its period's last local day (the start of
 * the next period; for a rolling window, the next local midnight, when its oldest day leaves it).
 * The deadline scheduler hands it to the decider as a Reevaluate at that instant; the snapshot that
 * follows opens the next one. Said once: the tracker folds these.
 */
export function customerRatioObligationChanges(policy: Pick<FinanceRatioPolicy, 'timeZone'>) {
  return (event: CustomerRatioEvent): readonly ObligationChange[] => {
    if (event.type !== 'finance-ratio.RatioEvaluated') return [];
    const dueAt = endOfDayIn(event.data.snapshot.period.to, policy.timeZone).toISOString();
    return [{ kind: 'open', obligation: 'reevaluate', dueAt }];
  };
}
