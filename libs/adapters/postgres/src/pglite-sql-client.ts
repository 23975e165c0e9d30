import type { PGlite } from '@electric-sql/pglite';
import { open, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { AmbientTransaction } from './ambient-transaction';
import { SqlClient, SqlExecutor } from './sql-client';

/** A WAL segment file's name: timeline, log and segment number, 8 hex digits each. */
const WAL_SEGMENT = /^[0-9A-F]{24}$/;

function sameTimeline(segment: string, other: string): boolean {
  return segment.slice(0, 8) === other.slice(0, 8);
}

/** fdatasync a file or fsync a directory (its entries); a file gone since is skipped. */
async function syncFile(path: string, how: 'data' | 'full'): Promise<void> {
  const handle = await open(path, 'r').catch((err: NodeJS.ErrnoException) => {
    // A segment recycled by a checkpoint since: its changes were written to the data files (ADR 004).
    if (err.code === 'ENOENT') return null;
    throw err;
  });
  if (!handle) return;
  try {
    await (how === 'data' ? handle.datasync() : handle.sync());
  } finally {
    await handle.close();
  }
}

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

export const DEFAULT_SHARED_BUFFERS = '32MB';


/**
 * PGlite is one backend in this process: a statement issued while a transaction runs would land
 * inside it. Every query and transaction therefore runs through one FIFO lock here, whatever
 * PGlite does internally, so a read never joins a group-commit transaction by accident.
 */
export class PgliteSqlClient implements SqlClient {
  readonly singleConnection = true;
  private tail: Promise<unknown> = Promise.resolve();
  private lastSyncedSegment: string | null = null;
  private broken: Error | null = null;
  /** The transaction the current async context runs in (sql-client.ts "ambient transaction"). */
  private readonly ambient = new AmbientTransaction();

  constructor(
    readonly db: PGlite,
    private readonly ownsDb: boolean,
    private readonly dataDir: string | null = null,
  ) {}

  /**
   * `sharedBuffers` (PostgreSQL's shared_buffers, default 32MB here): PGlite's own default of
   * 128MB is allocated inside its wasm memory at start, so it alone set an empty standalone's RSS
   * at ~400 MB; 32MB measured 299 → 187 MB for PGlite alone. Reads past it go to the files through
   * the OS page cache.
   */
  static async open(dataDir: string, options: { sharedBuffers?: string } = {}): Promise<PgliteSqlClient> {
    const sharedBuffers = options.sharedBuffers ?? DEFAULT_SHARED_BUFFERS;
    if (!/^\d{1,6}(kB|MB|GB)$/.test(sharedBuffers)) throw new Error(`shared_buffers must be a size like 32MB, got ${JSON.stringify(sharedBuffers)}`);
    const client = new PgliteSqlClient(await loadPglite().create({ dataDir, postgresqlconf: [`shared_buffers=${sharedBuffers}`] }), true, dataDir);
    try {
      // Segments before this one hold nothing a caller of this client will be told is durable.
      client.lastSyncedSegment = await client.exclusive(() => client.currentWalSegment());
      // A fresh initdb or template copy has never synced pg_wal itself: make its entries durable once.
      await syncFile(join(dataDir, 'pg_wal'), 'full');
    } catch (err) {
      await client.close().catch(() => undefined);
      throw err;
    }
    return client;
  }

  /**
   * Runs writes so that nobody, reader or writer, sees their effect before it is durable: the
   * work, its COMMIT and the WAL flush happen in one turn of the client's lock. A server makes a
   * commit durable before it becomes visible; this gives PGlite the same order (ADR 004).
   */
  writeDurably<T>(work: (client: SqlExecutor & Pick<SqlClient, 'transaction'>) => Promise<T>): Promise<T> {
    return this.exclusive(async () => {
      if (this.broken) throw this.broken;
      const result = await work({ query: (sql, params) => this.run(sql, params), transaction: (w) => this.runTransaction(w) });
      try {
        await this.flushCommitted();
      } catch (err) {
        // After a failed fsync the kernel may have dropped the dirty pages: nothing written from
        // now on could be promised durable (PostgreSQL itself PANICs). Refuse writes until restart.
        this.broken = new Error(`PGlite WAL flush failed; restart the process to recover: ${String(err)}`);
        throw err;
      }
      return result;
    });
  }

  /**
   * PGlite runs with fsync off and its file system never calls fsync, but it does write the WAL
   * through to the real files at COMMIT (synchronous_commit is on). Syncing those files from
   * outside therefore makes committed transactions survive power loss, as a server's COMMIT
   * would (ADR 004): every segment from the last one synced to the current one, since a commit
   * group can span several, and the pg_wal directory when segments were added, so their names
   * survive too. One query and one fdatasync per segment touched cover a whole group commit.
   * Runs inside writeDurably's turn of the lock only.
   */
  async flushCommitted(): Promise<void> {
    if (this.dataDir === null) return;
    const current = await this.currentWalSegment();
    const from = this.lastSyncedSegment;
    const walDir = join(this.dataDir, 'pg_wal');
    const segments =
      from === current
        ? [current]
        : (await readdir(walDir))
            .filter((name) => WAL_SEGMENT.test(name) && sameTimeline(name, current) && (from === null || name >= from) && name <= current)
            .sort();
    for (const name of segments) await syncFile(join(walDir, name), 'data');
    if (from !== current) await syncFile(walDir, 'full');
    this.lastSyncedSegment = current;
  }

  /** The WAL segment file that commits go to now, e.g. `000000010000000000000003` (lock held). */
  private async currentWalSegment(): Promise<string> {
    const [{ segment }] = await this.run<{ segment: string }>('SELECT pg_walfile_name(pg_current_wal_lsn()) AS segment');
    return segment;
  }

  query<R extends object>(sql: string, params: readonly unknown[] = []): Promise<R[]> {
    const tx = this.current();
    if (tx) return tx.query<R>(sql, params);
    return this.exclusive(() => this.run<R>(sql, params));
  }

  /** Joins the ambient transaction if there is one; otherwise starts one that work in `work` joins. */
  transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T> {
    const tx = this.current();
    if (tx) return work(tx);
    return this.exclusive(() =>
      this.runTransaction((executor) => this.ambient.run(executor, work)),
    );
  }

  inTransaction(): boolean {
    return this.current() !== null;
  }

  outsideTransaction<T>(work: () => T): T {
    return this.ambient.outside(work);
  }

  private current(): SqlExecutor | null {
    return this.ambient.current();
  }

  private async run<R extends object>(sql: string, params: readonly unknown[] = []): Promise<R[]> {
    return (await this.db.query<R>(sql, params as unknown[])).rows;
  }

  private runTransaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T> {
    return this.db.transaction(async (tx) =>
      work({
        query: async <R extends object>(sql: string, params: readonly unknown[] = []) => (await tx.query<R>(sql, params as unknown[])).rows,
      }),
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
