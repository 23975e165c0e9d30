import { FinanceRatioPolicy, parseFinanceRatioPolicy, DEFAULT_FINANCE_RATIO_POLICY_YAML } from './policy';

/** The default policy (month, 5 %, Asia/Shanghai). */
export const defaultPolicy: FinanceRatioPolicy = parseFinanceRatioPolicy(DEFAULT_FINANCE_RATIO_POLICY_YAML, 'default');

/** The default policy with other settings. */
export function policyWith(overrides: Partial<FinanceRatioPolicy>): FinanceRatioPolicy {
  return { ...defaultPolicy, ...overrides };
}

/** given/when/then and errorOf: the decider specs' vocabulary, one for every context. */
export { errorOf, scenario, single } from '@aftersales/eventsourcing/testing';
