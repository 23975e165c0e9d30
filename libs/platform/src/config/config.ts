import { plainToInstance } from 'class-transformer';
import { ValidationError, validateSync } from 'class-validator';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { PolicyError } from '@aftersales/policy';
import { canonicalJson } from '../idempotency/idempotency.interceptor';
import { CONFIG } from '../errors/codes';

/** Start-up stops with this when the environment is wrong; the message names every bad variable. */
export class ConfigError extends Error {
  readonly code = CONFIG.INVALID;
  constructor(readonly problems: readonly string[]) {
    super(`invalid configuration:\n  ${problems.join('\n  ')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Reads a config class from the environment. Decorate the class with class-validator rules and
 * `@Type(() => Number)` where a number is expected; unknown variables are ignored because the
 * environment holds much more than ours.
 */
export function loadConfig<T extends object>(cls: new () => T, env: NodeJS.ProcessEnv = process.env): T {
  // An empty variable means unset (shells and compose files produce them), so the default applies.
  const given = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const config = plainToInstance(cls, given, { excludeExtraneousValues: false, enableImplicitConversion: false });
  const errors = validateSync(config, { skipMissingProperties: false, forbidUnknownValues: false, stopAtFirstError: true });
  if (errors.length > 0) {
    throw new ConfigError(errors.flatMap((e) => describe(e, given)));
  }
  return config;
}

/** Variables whose values must not reach logs or terminals, even when wrong. */
const SECRET_NAME = /SECRET|PASSWORD|TOKEN|KEY|CREDENTIAL/i;

/** Connection URLs carry passwords (`mongodb://user:pw@host`): show them without it. */
function withoutPassword(value: string): string {
  return value.replace(/^([a-z][a-z0-9+.-]*:\/\/[^:/@\s]+):[^@\s]*@/i, '$1:***@');
}

function describe(error: ValidationError, env: Record<string, string | undefined>): string[] {
  const got = env[error.property];
  const shown = got === undefined ? 'unset' : SECRET_NAME.test(error.property) ? 'value hidden' : `got ${JSON.stringify(withoutPassword(got))}`;
  return Object.values(error.constraints ?? {}).map((message) => `${error.property}: ${message} (${shown})`);
}

/**
 * A context's policy document in force, as its decisions record it: the version the document
 * declares, and a digest of its content that tells apart two edits which kept the version.
 */
export interface LoadedPolicy<P> {
  readonly policy: P;
  readonly version: string;
  readonly digest: string;
}

/** The content digest decisions record beside a policy's version (`sha256:` and 16 hex digits). */
export function policyDigest(policy: unknown): string {
  return `sha256:${createHash('sha256').update(canonicalJson(policy)).digest('hex').slice(0, 16)}`;
}

/**
 * Reads an operator's policy document named by an environment variable (`INTAKE_POLICY_FILE`,
 * `QA_POLICY_FILE`): a file that cannot be read, or that `parse` refuses with a PolicyError,
 * stops start-up with a ConfigError naming the variable, the file and the reason.
 */
export function readPolicyFile<T>(variable: string, file: string, parse: (text: string, source: string) => T): T {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new ConfigError([`${variable}: cannot read ${file}: ${(err as Error).message}`]);
  }
  try {
    return parse(text, file);
  } catch (err) {
    if (err instanceof PolicyError) throw new ConfigError([`${variable}: ${err.message}`]);
    throw err;
  }
}
