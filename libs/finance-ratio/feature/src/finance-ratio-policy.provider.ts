import { LoadedPolicy, policyDigest, readPolicyFile } from '@aftersales/platform';
import { DEFAULT_FINANCE_RATIO_POLICY_YAML, FinanceRatioPolicy, financeRatioPolicyVersion, parseFinanceRatioPolicy } from '@aftersales/finance-ratio-domain';

export const FINANCE_RATIO_POLICY = Symbol('FinanceRatioPolicy');

/**
 * The finance-ratio policy in force with its version and content digest (every evaluation records
 * the version): the default document, or the operator's (FINANCE_RATIO_POLICY_FILE, YAML or JSON).
 * One that cannot be read or does not match the schema stops start-up with the path and reason.
 */
export function loadFinanceRatioPolicy(file?: string): LoadedPolicy<FinanceRatioPolicy> {
  const policy = file ? readPolicyFile('FINANCE_RATIO_POLICY_FILE', file, parseFinanceRatioPolicy) : parseFinanceRatioPolicy(DEFAULT_FINANCE_RATIO_POLICY_YAML, 'default');
  return { policy, version: financeRatioPolicyVersion(policy), digest: policyDigest(policy) };
}
