import Ajv, { ErrorObject } from 'ajv';
import { parse as parseYaml } from 'yaml';
import { POLICY } from './errors';

/**
 * Policy documents (ARCHITECTURE.md "Policy"): YAML or JSON, checked against a JSON Schema at
 * start, so a bad document stops start-up naming the file, the path and the reason. Each context
 * owns its schema and its meaning; this is only the reading and the checking they share.
 */

/** A policy document that cannot be used; `path` is the dotted location of each problem. */
export class PolicyError extends Error {
  readonly code = POLICY.INVALID;
  constructor(
    readonly source: string,
    readonly problems: readonly { readonly path: string; readonly reason: string }[],
  ) {
    super(`policy ${source} is invalid: ${problems.map((p) => `${p.path || '(document)'}: ${p.reason}`).join('; ')}`);
    this.name = 'PolicyError';
  }
}

function dotted(error: ErrorObject): string {
  const base = error.instancePath
    .split('/')
    .slice(1)
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((segment) => (/^\d+$/.test(segment) ? `[${segment}]` : `.${segment}`))
    .join('')
    .replace(/^\./, '');
  const params = error.params as Record<string, unknown>;
  if (error.keyword === 'required') return base ? `${base}.${String(params['missingProperty'])}` : String(params['missingProperty']);
  if (error.keyword === 'additionalProperties') return base ? `${base}.${String(params['additionalProperty'])}` : String(params['additionalProperty']);
  return base;
}

function reason(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return 'is required';
    case 'additionalProperties':
      return 'is not a known field';
    case 'enum':
      return `must be one of ${(params['allowedValues'] as unknown[]).join(', ')}`;
    default:
      return error.message ?? error.keyword;
  }
}

/** A compiled checker for one context's policy schema (draft-07, strict). */
export type PolicyReader<T> = (text: string, source: string) => T;

/**
 * Returns a reader that parses YAML (a superset of JSON, so one parser reads both), checks the
 * document against `schema` and returns it typed. Throws PolicyError naming `source`.
 */
export function policyReader<T>(schema: object): PolicyReader<T> {
  const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);
  return (text, source) => {
    let document: unknown;
    try {
      document = parseYaml(text, { prettyErrors: true, uniqueKeys: true });
    } catch (err) {
      throw new PolicyError(source, [{ path: '', reason: `not YAML or JSON: ${(err as Error).message.split('\n')[0]}` }]);
    }
    if (!validate(document)) {
      // oneOf reports every branch; the branch errors say more than the oneOf summary.
      const errors = (validate.errors ?? []).filter((e) => e.keyword !== 'oneOf');
      const unique = new Map<string, { path: string; reason: string }>();
      for (const e of errors.length > 0 ? errors : (validate.errors ?? [])) {
        const problem = { path: dotted(e), reason: reason(e) };
        unique.set(`${problem.path}|${problem.reason}`, problem);
      }
      throw new PolicyError(source, [...unique.values()]);
    }
    return document as T;
  };
}
