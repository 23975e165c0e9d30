import { Pool } from 'pg';
import { PgPoolSqlClient, Warn } from './pg-sql-client';
import { PgliteSqlClient } from './pglite-sql-client';
import { PostgresCheckpointStore } from './postgres-checkpoint-store';
import { DEFAULT_SCHEMA, PostgresEventStore } from './postgres-event-store';
import { SqlClient } from './sql-client';

/** The event store and the checkpoint store over one client; `store.close()` closes both. */
export interface PostgresStores {
  readonly store: PostgresEventStore;
  readonly checkpoints: PostgresCheckpointStore;
  /** The client both use, for read models in the same database (PostgresDocumentStore). */
  readonly client: SqlClient;
}

interface CommonOptions {
  /** PostgreSQL schema for the tables (default `event_store`), created if missing. */
  readonly schema?: string;
  readonly pollIntervalMs?: number;
  readonly coalesceMs?: number;
}

/** The standalone event store: PGlite with its files in `dataDir` (created by initdb if empty). */
export async function openPgliteEventStore(options: CommonOptions & { dataDir: string; sharedBuffers?: string }): Promise<PostgresStores> {
  return openOver(await PgliteSqlClient.open(options.dataDir, { sharedBuffers: options.sharedBuffers }), options);
}

export type PostgresConnection =
  | { readonly url: string; readonly poolSize?: number }
  /** A pool the caller owns: the store never ends it. */
  | { readonly pool: Pool };

/** The event store on a PostgreSQL server (the distributed setup). */
export async function openPostgresEventStore(
  options: CommonOptions & PostgresConnection & { warn?: Warn },
): Promise<PostgresStores> {
  const client =
    'pool' in options
      ? new PgPoolSqlClient(options.pool, false, options.warn)
      : PgPoolSqlClient.fromUrl(options.url, { max: options.poolSize, warn: options.warn });
  return openOver(client, options);
}

/**
 * Another service's event store on a PostgreSQL server, read only (the audit service verifying
 * its sources, docs/audit.md): nothing is created or migrated, no LISTEN is taken, append refuses,
 * and every session of the pool is `default_transaction_read_only`, so the server itself refuses a
 * write. No connection is made until the first read: a store that is down fails that read, not this.
 */
export function openPostgresEventReader(options: { url: string; schema?: string; poolSize?: number; connectTimeoutMs?: number; warn?: Warn }): PostgresEventStore {
  return PostgresEventStore.reader(new PgPoolSqlClient(readOnlyPool(options.url, options), true, options.warn), { schema: options.schema, ownsClient: true });
}

/**
 * A pg Pool whose sessions are read-only: `default_transaction_read_only` is a start-up option of
 * each connection (added to the URL's own `options`), so no query of ours runs before it holds.
 */
export function readOnlyPool(url: string, options: { poolSize?: number; connectTimeoutMs?: number } = {}): Pool {
  const parsed = new URL(url);
  parsed.searchParams.set('options', [parsed.searchParams.get('options'), '-c default_transaction_read_only=on'].filter((o) => o).join(' '));
  return new Pool({ connectionString: parsed.toString(), max: options.poolSize ?? 2, connectionTimeoutMillis: options.connectTimeoutMs ?? 5_000 });
}

async function openOver(client: SqlClient, options: CommonOptions): Promise<PostgresStores> {
  const schema = options.schema ?? DEFAULT_SCHEMA;
  try {
    const store = await PostgresEventStore.open(client, { schema, ownsClient: true, pollIntervalMs: options.pollIntervalMs, coalesceMs: options.coalesceMs });
    return { store, checkpoints: new PostgresCheckpointStore(client, schema), client };
  } catch (err) {
    await client.close().catch(() => undefined);
    throw err;
  }
}
