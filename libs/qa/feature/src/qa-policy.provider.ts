import { LoadedPolicy, policyDigest, readPolicyFile } from '@aftersales/platform';
import { DEFAULT_QA_POLICY_YAML, QaPolicy, parseQaPolicy, qaPolicyVersion } from '@aftersales/qa-domain';

export const QA_POLICY = Symbol('QaPolicy');

/**
 * The QA policy in force with its version and content digest, which decisions record: the default
 * document, or the operator's (QA_POLICY_FILE, YAML or JSON). One that cannot be read or does not
 * match the schema stops start-up with the path and reason.
 */
export function loadQaPolicy(file?: string): LoadedPolicy<QaPolicy> {
  const policy = file ? readPolicyFile('QA_POLICY_FILE', file, parseQaPolicy) : parseQaPolicy(DEFAULT_QA_POLICY_YAML, 'default');
  return { policy, version: qaPolicyVersion(policy), digest: policyDigest(policy) };
}
