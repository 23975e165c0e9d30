import Ajv, { ErrorObject, JSONSchemaType, ValidateFunction } from 'ajv';

/**
 * Integration events checked at run time (ARCHITECTURE.md "Events"): each published type and
 * schemaVersion has a JSON Schema of its `data`; a relay checks what it publishes and a consumer
 * host checks what it receives, against one registry.
 *
 * Unknown fields (additionalProperties), decided per side:
 * - a **consumer** tolerates them: a newer producer may add an optional field to a version the
 *   consumer already reads (ComplaintAccepted v1 did, twice), and the consumer must go on reading
 *   that version. The extra fields reach the handler untouched; its type does not name them.
 * - a **producer** refuses them: a field that is not in the contract is a mapping bug (a domain
 *   field leaking out, a typo of an optional one), and the contract changes first, then the mapping.
 * The schemas are written open; `check(..., 'producer')` closes every object of them.
 */

/** The schema of each event type of one context at one version (keyed by type, like its `…IntegrationEventData`). */
export type ContractSchemas<M> = { readonly [K in keyof M]-?: JSONSchemaType<M[K]> };

export interface IntegrationEventContract {
  readonly type: string;
  readonly schemaVersion: number;
  /** JSON Schema (draft-07, as ajv reads it) of the event's `data`. */
  readonly schema: object;
}

/** Every type of `schemas` at `schemaVersion`, as contracts for a registry. */
export function contractsOf<M>(schemaVersion: number, schemas: ContractSchemas<M>): IntegrationEventContract[] {
  return Object.entries<object>(schemas).map(([type, schema]) => ({ type, schemaVersion, schema }));
}

/** One way a payload breaks its contract: where (a JSON pointer into `data`) and what. */
export interface ContractProblem {
  readonly path: string;
  readonly message: string;
}

/** Which side reads: a consumer tolerates unknown fields, a producer refuses them. */
export type ContractSide = 'producer' | 'consumer';

export type ContractCheck =
  | { readonly outcome: 'valid' }
  | { readonly outcome: 'invalid'; readonly problems: readonly ContractProblem[] }
  | { readonly outcome: 'unknown_type' }
  | { readonly outcome: 'unknown_version'; readonly known: readonly number[] };

/** A dead letter or a log line names at most this many problems. */
const MAX_PROBLEMS = 20;
/** A path is shortened beyond this (an unknown field's name comes from the payload). */
const MAX_PATH_CHARS = 200;

interface Entry {
  readonly contract: IntegrationEventContract;
  readonly validators: Partial<Record<ContractSide, ValidateFunction>>;
}

/** Type and version → schema, compiled (once, on first use) into a validator per side. */
export class ContractRegistry {
  private readonly entries = new Map<string, Entry>();
  private readonly versions = new Map<string, number[]>();
  private readonly ajv = new Ajv({ allErrors: true, strict: true });

  constructor(contracts: readonly IntegrationEventContract[]) {
    for (const contract of contracts) {
      if (!Number.isInteger(contract.schemaVersion) || contract.schemaVersion < 1) {
        throw new Error(`contract ${contract.type}: schemaVersion must be a positive integer, got ${contract.schemaVersion}`);
      }
      const key = keyOf(contract.type, contract.schemaVersion);
      if (this.entries.has(key)) throw new Error(`two contracts for ${key}`);
      this.entries.set(key, { contract, validators: {} });
      this.versions.set(contract.type, [...(this.versions.get(contract.type) ?? []), contract.schemaVersion].sort((a, b) => a - b));
    }
  }

  get contracts(): readonly IntegrationEventContract[] {
    return [...this.entries.values()].map((e) => e.contract);
  }

  /** The versions of `type` this registry has a schema for, oldest first (none for an unknown type). */
  versionsOf(type: string): readonly number[] {
    return this.versions.get(type) ?? [];
  }

  /** The newest version of `type` here: the one a consumer reads, upcasting older ones to it. */
  latestVersion(type: string): number | null {
    return this.versionsOf(type).at(-1) ?? null;
  }

  /** Checks `data` against the schema of `type` at `schemaVersion`, as `side` reads it. */
  check(type: string, schemaVersion: number, data: unknown, side: ContractSide): ContractCheck {
    const entry = this.entries.get(keyOf(type, schemaVersion));
    if (!entry) {
      const known = this.versionsOf(type);
      return known.length === 0 ? { outcome: 'unknown_type' } : { outcome: 'unknown_version', known };
    }
    const validate = this.validatorOf(entry, side);
    return validate(data) ? { outcome: 'valid' } : { outcome: 'invalid', problems: problemsOf(validate.errors ?? []) };
  }

  /** Compiles every validator now, so a schema ajv refuses fails a test rather than the first event. */
  compileAll(): void {
    for (const entry of this.entries.values()) {
      this.validatorOf(entry, 'producer');
      this.validatorOf(entry, 'consumer');
    }
  }

  private validatorOf(entry: Entry, side: ContractSide): ValidateFunction {
    let validate = entry.validators[side];
    if (!validate) {
      validate = this.ajv.compile(side === 'producer' ? closed(entry.contract.schema) : entry.contract.schema);
      (entry.validators as Record<ContractSide, ValidateFunction>)[side] = validate;
    }
    return validate;
  }
}

function keyOf(type: string, schemaVersion: number): string {
  return `${type}@${schemaVersion}`;
}

const SUBSCHEMA_LISTS = ['anyOf', 'oneOf', 'allOf'] as const;

/** `schema` with `additionalProperties: false` on every object schema that does not say otherwise. */
export function closed(schema: object): object {
  const s = schema as Record<string, unknown>;
  const out: Record<string, unknown> = { ...s };
  if (s['properties'] && typeof s['properties'] === 'object') {
    out['properties'] = Object.fromEntries(Object.entries(s['properties'] as Record<string, object>).map(([name, sub]) => [name, closed(sub)]));
    if (!('additionalProperties' in s)) out['additionalProperties'] = false;
  }
  if (s['items'] && typeof s['items'] === 'object') {
    out['items'] = Array.isArray(s['items']) ? (s['items'] as object[]).map(closed) : closed(s['items'] as object);
  }
  for (const list of SUBSCHEMA_LISTS) {
    if (Array.isArray(s[list])) out[list] = (s[list] as object[]).map(closed);
  }
  return out;
}

function shortened(path: string): string {
  return path.length > MAX_PATH_CHARS ? `${path.slice(0, MAX_PATH_CHARS)}…` : path;
}

/**
 * ajv's errors as problems, one per path and cause: a missing or unknown field is named in the
 * path; a nullable field's anyOf is one problem ("must be string or must be null"), not three.
 */
function problemsOf(errors: readonly ErrorObject[]): ContractProblem[] {
  const anyOfs = errors.filter((e) => e.keyword === 'anyOf');
  const inBranch = (e: ErrorObject) => anyOfs.some((a) => a !== e && e.schemaPath.startsWith(`${a.schemaPath}/`));
  const problems: ContractProblem[] = [];
  for (const error of errors) {
    if (inBranch(error)) continue;
    const params = error.params as Record<string, unknown>;
    switch (error.keyword) {
      case 'required':
        problems.push({ path: `${error.instancePath}/${String(params['missingProperty'])}`, message: 'is required' });
        break;
      case 'additionalProperties':
        problems.push({ path: `${error.instancePath}/${String(params['additionalProperty'])}`, message: 'is not in the contract' });
        break;
      case 'enum':
        problems.push({ path: error.instancePath, message: `must be one of ${(params['allowedValues'] as unknown[]).join(', ')}` });
        break;
      case 'anyOf': {
        const branches = errors.filter((e) => e.instancePath === error.instancePath && e.schemaPath.startsWith(`${error.schemaPath}/`));
        const messages = [...new Set(branches.map((b) => (b.keyword === 'enum' ? `one of ${(b.params as { allowedValues: unknown[] }).allowedValues.join(', ')}` : b.message?.replace(/^must be /, '') ?? b.keyword)))];
        problems.push({ path: error.instancePath, message: messages.length > 0 ? `must be ${messages.join(' or ')}` : (error.message ?? 'anyOf') });
        break;
      }
      default:
        problems.push({ path: error.instancePath, message: error.message ?? error.keyword });
    }
  }
  return problems.slice(0, MAX_PROBLEMS).map((p) => ({ path: shortened(p.path), message: p.message }));
}
