import { LoadedPolicy, policyDigest, readPolicyFile } from '@aftersales/platform';
import { DEFAULT_POLICY_YAML, IntakePolicy, parsePolicy, policyVersionOf } from '@aftersales/intake-domain';

export const INTAKE_POLICY = Symbol('IntakePolicy');

/**
 * The policy in force with its version and content digest, which decisions record: the default
 * document, or the operator's (YAML or JSON) named by `variable` (intake.config.ts). A policy that
 * cannot be read or does not match the schema stops start-up with the variable, path and reason.
 */
export function loadIntakePolicy(file?: string, variable = 'INTAKE_POLICY_FILE'): LoadedPolicy<IntakePolicy> {
  const policy = file ? readPolicyFile(variable, file, parsePolicy) : parsePolicy(DEFAULT_POLICY_YAML, 'default');
  return { policy, version: policyVersionOf(policy), digest: policyDigest(policy) };
}
