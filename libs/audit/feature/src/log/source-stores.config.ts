import { RECORDED_CONTEXTS } from '@aftersales/contracts';
import { ConfigError } from '@aftersales/platform';

/**
 * One event store the audit service reads back to verify the record (AU-2, docs/audit.md
 * "Distributed: verify reads the source stores"), and the contexts whose events it holds. Several
 * contexts on one store (one PG_SCHEMA for the deployment) are one setting with every context.
 */
export type SourceStoreSetting = { readonly contexts: readonly string[] } & SourceStore;

/** Where one store is, as its owning service is configured. */
export type SourceStore = { readonly kind: 'postgres'; readonly url: string; readonly schema: string } | { readonly kind: 'eventstoredb'; readonly url: string };

const VARIABLE = 'AUDIT_SOURCE_STORES';
/** The services' PG_SCHEMA default (DistributedConfig). */
const DEFAULT_SCHEMA = 'aftersales';

/**
 * AUDIT_SOURCE_STORES: a JSON object keyed by context, each the store that context's service
 * appends to, as that service is configured (EVENT_STORE, PG_URL, PG_SCHEMA, EVENTSTORE_URL):
 * `{"intake": {"kind": "postgres", "url": "postgres://…", "schema": "aftersales"}, "qa": {"kind": "eventstoredb", "url": "esdb://…"}}`.
 * Audit's own events are read in its own store, so `audit` is not a key. Every problem is reported
 * at once, naming the context and the field.
 */
export function parseSourceStores(text: string | undefined): SourceStoreSetting[] {
  if (text === undefined || text.trim() === '') return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    throw new ConfigError([`${VARIABLE} must be a JSON object keyed by context: ${(err as Error).message}`]);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new ConfigError([`${VARIABLE} must be a JSON object keyed by context, e.g. {"intake": {"kind": "postgres", "url": "postgres://…", "schema": "aftersales"}}`]);
  const problems: string[] = [];
  const byStore = new Map<string, { setting: SourceStore; contexts: string[] }>();
  for (const [context, value] of Object.entries(parsed as Record<string, unknown>)) {
    const at = `${VARIABLE}.${context}`;
    if (context === 'audit') {
      problems.push(`${at}: audit's own events are verified in its own event store; leave it out`);
      continue;
    }
    if (!(RECORDED_CONTEXTS as readonly string[]).includes(context)) {
      problems.push(`${at}: not a recorded context (one of ${RECORDED_CONTEXTS.filter((c) => c !== 'audit').join(', ')})`);
      continue;
    }
    const setting = storeOf(at, value, problems);
    if (!setting) continue;
    const key = JSON.stringify(setting);
    const same = byStore.get(key);
    if (same) same.contexts.push(context);
    else byStore.set(key, { setting, contexts: [context] });
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return [...byStore.values()].map(({ setting, contexts }) => ({ ...setting, contexts }) as SourceStoreSetting);
}

function storeOf(at: string, value: unknown, problems: string[]): SourceStore | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    problems.push(`${at} must be an object with kind and url`);
    return null;
  }
  const { kind, url, schema, ...rest } = value as Record<string, unknown>;
  const before = problems.length;
  for (const key of Object.keys(rest)) problems.push(`${at}.${key}: unknown setting (kind, url, schema)`);
  if (kind === 'postgres') {
    if (typeof url !== 'string' || !/^postgres(ql)?:\/\/\S+$/.test(url)) problems.push(`${at}.url must be a postgres:// URL (that service's PG_URL)`);
    if (schema !== undefined && (typeof schema !== 'string' || !/^[a-z_][a-z0-9_]{0,62}$/.test(schema))) problems.push(`${at}.schema must be a lower-case SQL identifier (that service's PG_SCHEMA)`);
    return problems.length > before ? null : { kind, url: url as string, schema: (schema as string | undefined) ?? DEFAULT_SCHEMA };
  }
  if (kind === 'eventstoredb') {
    if (typeof url !== 'string' || !/^(esdb|esdb\+discover|kurrentdb|kurrentdb\+discover):\/\/\S+$/.test(url)) problems.push(`${at}.url must be an esdb:// connection string (that service's EVENTSTORE_URL)`);
    if (schema !== undefined) problems.push(`${at}.schema: only a postgres store has a schema`);
    return problems.length > before ? null : { kind, url: url as string };
  }
  problems.push(`${at}.kind must be postgres or eventstoredb`);
  return null;
}

/** How the report names a store: its kind and schema, never its URL (which may hold a password). */
export function sourceStoreName(setting: SourceStoreSetting): string {
  return setting.kind === 'postgres' ? `postgres schema ${setting.schema} (${setting.contexts.join(', ')})` : `eventstoredb (${setting.contexts.join(', ')})`;
}
