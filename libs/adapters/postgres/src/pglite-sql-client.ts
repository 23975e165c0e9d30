import type { PGlite } from '@electric-sql/pglite';
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { SqlClient, SqlExecutor } from './sql-client';

/**
 * PGlite loads its wasm and file system through dynamic import(), which jest's module sandbox
 * refuses (ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING_FLAG) unless every test run sets
 * --experimental-vm-modules. Node's own require, reached through getBuiltinModule because jest
 * replaces `module.createRequire` as well, loads it outside the sandbox; in plain Node it is
 * simply the same require. Under jest, PGlite's objects (errors and result arrays included) then
 * come from another realm: code here must not test them with instanceof.
 */
function loadPglite(): typeof PGlite {
  const nativeRequire = process.getBuiltinModule('node:module').createRequire(__filename);
  return (nativeRequire('@electric-sql/pglite') as typeof import('@electric-sql/pglite')).PGlite;
}

/**
 * PGlite is one backend in this process: a statement issued while a transaction runs would land
 * inside it. Every query and transaction therefore runs through one FIFO lock here, whatever
 * PGlite does internally, so a read never joins a group-commit transaction by accident.
 */
export class PgliteSqlClient implements SqlClient {
  readonly singleConnection = true;
  private tail: Promise<unknown> = Promise.resolve();
  private lastSyncedSegment: string | null = null;

  constructor(
    readonly db: PGlite,
    private readonly ownsDb: boolean,
    private readonly dataDir: string | null = null,
  ) {}

  static async open(dataDir: string): Promise<PgliteSqlClient> {
    return new PgliteSqlClient(await loadPglite().create({ dataDir }), true, dataDir);
  }

  /**
   * PGlite runs with fsync off and its file system never calls fsync, but it does write the WAL
   * through to the real file at COMMIT (synchronous_commit is on). Syncing the current WAL
   * segment from outside therefore makes committed transactions survive power loss, as a
   * server's COMMIT would; one fdatasync covers a whole group commit (ADR 004).
   */
  async flushCommitted(): Promise<void> {
    if (this.dataDir === null) return;
    const [{ segment }] = await this.query<{ segment: string }>('SELECT pg_walfile_name(pg_current_wal_lsn()) AS segment');
    // A commit that crossed into a new segment left its first part in the previous one.
    const segments = this.lastSyncedSegment !== null && this.lastSyncedSegment !== segment ? [this.lastSyncedSegment, segment] : [segment];
    for (const name of segments) {
      const file = await open(join(this.dataDir, 'pg_wal', name), 'r+').catch((err: NodeJS.ErrnoException) => {
        // Recycled by a checkpoint since: its changes were written to the data files (ADR 004).
        if (err.code === 'ENOENT') return null;
        throw err;
      });
      if (!file) continue;
      try {
        await file.datasync();
      } finally {
        await file.close();
      }
    }
    this.lastSyncedSegment = segment;
  }

  query<R extends object>(sql: string, params: readonly unknown[] = []): Promise<R[]> {
    return this.exclusive(async () => (await this.db.query<R>(sql, params as unknown[])).rows);
  }

  transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T> {
    return this.exclusive(() =>
      this.db.transaction(async (tx) =>
        work({
          query: async <R extends object>(sql: string, params: readonly unknown[] = []) =>
            (await tx.query<R>(sql, params as unknown[])).rows,
        }),
      ),
    );
  }

  async close(): Promise<void> {
    // Let queued work finish first: closing under a running transaction would lose its COMMIT.
    await this.exclusive(async () => {
      if (this.ownsDb && !this.db.closed) await this.db.close();
    });
  }

  private exclusive<T>(run: () => Promise<T>): Promise<T> {
    const result = this.tail.then(run);
    this.tail = result.catch(() => undefined);
    return result;
  }
}
