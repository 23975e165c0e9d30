import { Client, ClientBase, ClientConfig, Pool } from 'pg';
import { AmbientTransaction } from './ambient-transaction';
import { SqlClient, SqlExecutor } from './sql-client';

export type Warn = (message: string, err: unknown) => void;

const defaultWarn: Warn = (message, err) => console.warn(`[adapters-postgres] ${message}`, err);

/** A SqlExecutor over one checked-out pg connection (a transaction's, or a test's own). */
export function pgExecutor(conn: ClientBase): SqlExecutor {
  return {
    query: async <R extends object>(sql: string, params: readonly unknown[] = []) =>
      (await conn.query(sql, params as unknown[])).rows as R[],
  };
}

/** The PostgreSQL server through a pg Pool: real concurrency, one connection per transaction. */
export class PgPoolSqlClient implements SqlClient {
  readonly singleConnection = false;
  private readonly listeners = new Set<PgListener>();
  /** The transaction the current async context runs in (sql-client.ts "ambient transaction"). */
  private readonly ambient = new AmbientTransaction();

  constructor(
    readonly pool: Pool,
    private readonly ownsPool: boolean,
    private readonly warn: Warn = defaultWarn,
  ) {
    // An idle pooled connection that dies emits 'error' on the pool; unhandled, it kills the process.
    if (ownsPool) pool.on('error', (err) => this.warn('idle pooled connection failed', err));
  }

  static fromUrl(url: string, options: { max?: number; warn?: Warn } = {}): PgPoolSqlClient {
    return new PgPoolSqlClient(new Pool({ connectionString: url, max: options.max }), true, options.warn);
  }

  async query<R extends object>(sql: string, params: readonly unknown[] = []): Promise<R[]> {
    const tx = this.current();
    if (tx) return tx.query<R>(sql, params);
    return (await this.pool.query(sql, params as unknown[])).rows as R[];
  }

  /** Joins the ambient transaction if there is one; otherwise starts one that work in `work` joins. */
  async transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T> {
    const joined = this.current();
    if (joined) return work(joined);
    const conn = await this.pool.connect();
    let unusable: Error | undefined;
    try {
      await conn.query('BEGIN');
      // Closed for its context once work settles: a stray query from it goes to the pool, not here.
      const result = await this.ambient.run(pgExecutor(conn), work);
      await conn.query('COMMIT');
      return result;
    } catch (err) {
      await conn.query('ROLLBACK').catch((rollbackFailed: Error) => {
        unusable = rollbackFailed;
      });
      throw err;
    } finally {
      // A connection that could not roll back may still be inside a transaction: destroy it.
      conn.release(unusable);
    }
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

  async listen(channel: string, onNotify: () => void): Promise<() => Promise<void>> {
    // A dedicated connection, not one of the pool's: LISTEN needs a session that stays put.
    const listener = new PgListener(this.pool.options, channel, onNotify, this.warn);
    await listener.start();
    this.listeners.add(listener);
    return async () => {
      this.listeners.delete(listener);
      await listener.stop();
    };
  }

  async close(): Promise<void> {
    await Promise.all([...this.listeners].map((l) => l.stop()));
    this.listeners.clear();
    if (this.ownsPool) await this.pool.end();
  }
}

const RECONNECT_MIN_MS = 500;
const RECONNECT_MAX_MS = 30_000;

/**
 * One LISTEN session that comes back after a connection loss. Notifications sent while it is down
 * are lost, which is why subscribers also poll (ADR 002): it only makes them wake sooner.
 */
class PgListener {
  private client: Client | null = null;
  private stopped = false;
  private retryTimer: NodeJS.Timeout | undefined;
  private retryDelay = RECONNECT_MIN_MS;

  constructor(
    private readonly config: ClientConfig,
    private readonly channel: string,
    private readonly onNotify: () => void,
    private readonly warn: Warn,
  ) {}

  /** The first connection must succeed: a server we cannot LISTEN on is not one we can append to. */
  async start(): Promise<void> {
    await this.connect();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retryTimer);
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    const client = new Client(this.config);
    client.on('notification', (msg) => {
      if (msg.channel === this.channel) this.onNotify();
    });
    client.on('error', (err) => this.lost(client, err));
    client.on('end', () => this.lost(client, new Error('listener connection ended')));
    try {
      await client.connect();
      await client.query(`LISTEN "${this.channel}"`);
    } catch (err) {
      client.removeAllListeners('end');
      await client.end().catch(() => undefined);
      throw err;
    }
    if (this.stopped) {
      await client.end().catch(() => undefined);
      return;
    }
    this.client = client;
    this.retryDelay = RECONNECT_MIN_MS;
  }

  private lost(client: Client, err: unknown): void {
    if (this.stopped || this.client !== client) return;
    this.client = null;
    client.removeAllListeners('end');
    client.end().catch(() => undefined);
    this.warn(`LISTEN ${this.channel} lost; subscribers poll until it is back`, err);
    this.scheduleReconnect();
  }

  private scheduleReconnect(): void {
    this.retryTimer = setTimeout(() => {
      this.connect().then(
        // Whatever was notified while we were away is unknown: wake everyone once.
        () => this.onNotify(),
        (err: unknown) => {
          this.retryDelay = Math.min(this.retryDelay * 2, RECONNECT_MAX_MS);
          this.warn(`LISTEN ${this.channel} reconnect failed`, err);
          if (!this.stopped) this.scheduleReconnect();
        },
      );
    }, this.retryDelay);
    this.retryTimer.unref();
  }
}
