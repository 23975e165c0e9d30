import { LoadedPolicy, policyDigest, readPolicyFile } from '@aftersales/platform';
import { DEFAULT_DISPATCH_POLICY_YAML, DispatchPolicy, dispatchPolicyVersion, parseDispatchPolicy } from '@aftersales/dispatch-domain';

export const DISPATCH_POLICY = Symbol('DispatchPolicy');

/**
 * The dispatch policy in force with its version and content digest, which decisions record: the
 * default document, or the operator's (DISPATCH_POLICY_FILE, YAML or JSON). One that cannot be read
 * or does not match the schema stops start-up with the path and reason.
 */
export function loadDispatchPolicy(file?: string): LoadedPolicy<DispatchPolicy> {
  const policy = file ? readPolicyFile('DISPATCH_POLICY_FILE', file, parseDispatchPolicy) : parseDispatchPolicy(DEFAULT_DISPATCH_POLICY_YAML, 'default');
  return { policy, version: dispatchPolicyVersion(policy), digest: policyDigest(policy) };
}
