import { readFileSync } from 'node:fs';
import { ConfigError } from '@aftersales/platform';
import { DEFAULT_QA_POLICY_YAML, PolicyError, QaPolicy, parseQaPolicy } from '@aftersales/qa-domain';

export const QA_POLICY = Symbol('QaPolicy');

/**
 * The QA policy in force: the default document, or the operator's (QA_POLICY_FILE, YAML or JSON).
 * One that cannot be read or does not match the schema stops start-up with the path and reason.
 */
export function loadQaPolicy(file?: string): QaPolicy {
  if (!file) return parseQaPolicy(DEFAULT_QA_POLICY_YAML, 'default');
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new ConfigError([`QA_POLICY_FILE: cannot read ${file}: ${(err as Error).message}`]);
  }
  try {
    return parseQaPolicy(text, file);
  } catch (err) {
    if (err instanceof PolicyError) throw new ConfigError([`QA_POLICY_FILE: ${err.message}`]);
    throw err;
  }
}
