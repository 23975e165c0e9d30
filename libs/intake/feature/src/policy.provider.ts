import { createHash } from 'node:crypto';
import { canonicalJson, readPolicyFile } from '@aftersales/platform';
import { DEFAULT_POLICY_YAML, IntakePolicy, parsePolicy } from '@aftersales/intake-domain';

export const INTAKE_POLICY = Symbol('IntakePolicy');

/** The policy in force and the digest of its content, which decisions record beside its version. */
export interface LoadedPolicy {
  readonly policy: IntakePolicy;
  readonly digest: string;
}

export function digestOf(policy: IntakePolicy): string {
  return `sha256:${createHash('sha256').update(canonicalJson(policy)).digest('hex').slice(0, 16)}`;
}

/**
 * The policy in force: the default document, or the operator's (POLICY_FILE, YAML or JSON). A
 * policy that cannot be read or does not match the schema stops start-up with the path and reason.
 */
export function loadIntakePolicy(file?: string): LoadedPolicy {
  const policy = parseFile(file);
  return { policy, digest: digestOf(policy) };
}

function parseFile(file?: string): IntakePolicy {
  return file ? readPolicyFile('POLICY_FILE', file, parsePolicy) : parsePolicy(DEFAULT_POLICY_YAML, 'default');
}
