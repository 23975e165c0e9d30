/**
 * The little of a PostgreSQL driver the adapter needs, so one store runs on the server (pg Pool)
 * and embedded (PGlite). Both return int8 differently (pg: string; PGlite: number or bigint by
 * size), so every query the adapter writes casts int8 to text and converts with BigInt itself.
 */
export type SqlRow = Record<string, unknown>;

export interface SqlExecutor {
  query<R extends object = SqlRow>(sql: string, params?: readonly unknown[]): Promise<R[]>;
}

export interface SqlClient extends SqlExecutor {
  /**
   * True when every statement goes through one connection (PGlite). The store then batches
   * concurrent appends into one transaction (group commit, ADR 002) instead of queueing them.
   */
  readonly singleConnection: boolean;
  /**
   * Runs `work` in one transaction: COMMIT when it resolves, ROLLBACK when it throws. The
   * transaction is ambient: every query and transaction of this client made from within `work`'s
   * async context (however deep, e.g. a read-model write inside a projection) joins it, so a
   * projection's documents and its checkpoint commit together. An append from within it fails
   * rather than waiting for itself (PGlite's single connection).
   */
  transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T>;
  /** Whether the calling context runs inside this client's ambient transaction. */
  inTransaction(): boolean;
  /**
   * Runs `work` outside any ambient transaction (its async context and what it starts): work to
   * do after the transaction, without waiting for it from inside (PGlite: that would deadlock).
   */
  outsideTransaction<T>(work: () => T): T;
  /**
   * Calls `onNotify` on every NOTIFY on `channel`, from any session. Absent where no other process
   * can write (PGlite). Resolves to a function that stops listening.
   */
  listen?(channel: string, onNotify: () => void): Promise<() => Promise<void>>;
  /**
   * Runs writes whose COMMIT must be durable before anyone can see it, where the database does
   * not order it so itself (PGlite: ADR 004). Absent where COMMIT is already durable first (the
   * server): callers then run the work on the client directly.
   */
  writeDurably?<T>(work: (client: SqlExecutor & Pick<SqlClient, 'transaction'>) => Promise<T>): Promise<T>;
  /** Releases what this client opened (and nothing it was handed). */
  close(): Promise<void>;
}

/** PostgreSQL identifiers the adapter interpolates (schema names): lower-case, no quoting games. */
const IDENTIFIER = /^[a-z_][a-z0-9_]{0,47}$/;

/** Validates a schema name and returns it double-quoted for interpolation into SQL. */
export function quoteSchema(schema: string): string {
  // 48 characters leave room for the NOTIFY channel suffix within PostgreSQL's 63-byte names.
  if (!IDENTIFIER.test(schema)) {
    throw new Error(`invalid schema name "${schema}": use [a-z_][a-z0-9_]*, at most 48 characters`);
  }
  return `"${schema}"`;
}
