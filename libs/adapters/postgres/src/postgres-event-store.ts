import {
  AppendOptions,
  AppendResult,
  AppendSignal,
  EventBatchHandler,
  EventEnvelope,
  EventStore,
  ExpectedRevision,
  NewEvent,
  PollingSubscription,
  ReadAllOptions,
  ReadStreamOptions,
  SubscribeOptions,
  Subscription,
} from '@aftersales/eventsourcing';
import { appendInTransaction, currentRevision, prepareAppend, translateAppendError } from './append-events';
import { EventStoreClosedError } from '@aftersales/eventsourcing';
import { EVENT_COLUMNS, EventRow, toEnvelope } from './event-rows';
import { GroupCommit } from './group-commit';
import { appendChannel, migrate } from './schema';
import { SqlClient, quoteSchema } from './sql-client';
import { SharedTail } from './shared-tail';
import { TableMaintenance } from './table-maintenance';

export const DEFAULT_SCHEMA = 'event_store';

/** Positions below this are of transactions that ended before every running one (ADR 002). */
const VISIBILITY_BOUND = '(SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint * 1048576)';

export interface PostgresEventStoreOptions {
  /** PostgreSQL schema holding the tables; created if missing. */
  readonly schema?: string;
  /** Close the client together with the store (the factories set it: they opened the client). */
  readonly ownsClient?: boolean;
  /** How often an idle subscription re-reads; appends (and NOTIFY on the server) wake it sooner. */
  readonly pollIntervalMs?: number;
  /** After a wake-up by an append, how long a subscription lets further appends gather before it reads (default 0). */
  readonly coalesceMs?: number;
  /** Another service's store, read only (PostgresEventStore.reader): append refuses. */
  readonly readOnly?: boolean;
}

/**
 * The EventStore port over PostgreSQL, on a server or on PGlite (ARCHITECTURE.md "Two ways to run").
 * Global order and the reader-visibility rule are in docs/adr/002-postgres-global-position.md.
 */
export class PostgresEventStore implements EventStore {
  private readonly signal = new AppendSignal();
  private readonly subscriptions = new Set<Subscription>();
  private readonly appending = new Set<Promise<unknown>>();
  private readonly groupCommit: GroupCommit | null;
  private readonly notifier: CoalescedNotify | null;
  private readonly table: string;
  private readonly streamsTable: string;
  /** PGlite only: the server's autovacuum keeps the statistics there. */
  private readonly maintenance: TableMaintenance | null;
  /** PGlite only (no other writer): one read of new events for all subscriptions. */
  private readonly tail: SharedTail | null;
  private unlisten: (() => Promise<void>) | null = null;
  private closed = false;

  private constructor(
    private readonly client: SqlClient,
    readonly schema: string,
    private readonly options: PostgresEventStoreOptions,
  ) {
    this.table = `${quoteSchema(schema)}.events`;
    this.streamsTable = `${quoteSchema(schema)}.streams`;
    this.groupCommit = client.singleConnection ? new GroupCommit(client, schema) : null;
    this.maintenance = client.singleConnection ? new TableMaintenance(client) : null;
    this.tail = client.singleConnection ? new SharedTail(this, this.signal) : null;
    this.notifier = client.listen
      ? new CoalescedNotify(() => client.query('SELECT pg_notify($1, $2)', [appendChannel(schema), '']).then(() => undefined))
      : null;
  }

  /** Creates the schema if needed and, on a server, starts listening for other processes' appends. */
  static async open(client: SqlClient, options: PostgresEventStoreOptions = {}): Promise<PostgresEventStore> {
    const schema = options.schema ?? DEFAULT_SCHEMA;
    await migrate(client, schema);
    const store = new PostgresEventStore(client, schema, options);
    // Subscription pages are read by the primary key only when the planner knows the table's size.
    await store.maintenance?.analyzeUnanalyzed([store.table, store.streamsTable]);
    if (client.listen) store.unlisten = await client.listen(appendChannel(schema), () => store.signal.notify());
    return store;
  }

  /**
   * A reader of a store another service owns (the audit service's verify): no migration runs, no
   * LISTEN is taken, and append refuses. Only readAll, readStream and headPosition are meant; a
   * schema that does not exist reads as an error rather than being created.
   */
  static reader(client: SqlClient, options: Pick<PostgresEventStoreOptions, 'schema' | 'ownsClient'> = {}): PostgresEventStore {
    return new PostgresEventStore(client, options.schema ?? DEFAULT_SCHEMA, { ...options, readOnly: true });
  }

  async append(stream: string, events: readonly NewEvent[], options: AppendOptions): Promise<AppendResult> {
    this.assertOpen();
    if (this.options.readOnly) throw new Error(`the event store in schema ${this.schema} is opened read-only here: its owner appends to it`);
    // Appends commit on their own (durably, ADR 004); from inside a read-model transaction one
    // would wait for the connection that transaction holds (PGlite) or escape it (the server).
    if (this.client.inTransaction()) throw new Error('an append cannot run inside a read-model transaction');
    const prepared = prepareAppend(stream, events);
    const expected = options.expectedRevision;
    const work = this.groupCommit ? this.groupCommit.append(stream, prepared, expected) : this.appendAlone(stream, prepared, expected);
    this.appending.add(work);
    const forget = () => this.appending.delete(work);
    work.then(forget, forget);
    const result = await work;
    this.maintenance?.changedRows(this.table, prepared.length);
    this.maintenance?.changedRows(this.streamsTable, 1);
    this.signal.notify();
    this.notifier?.trigger();
    return result;
  }

  async readStream(stream: string, options: ReadStreamOptions = {}): Promise<EventEnvelope[]> {
    this.assertOpen();
    // No visibility bound here: the streams row lock makes one stream's revisions commit in order,
    // so a stream read never shows a hole that a slower commit fills later.
    const rows =
      options.direction === 'backwards'
        ? await this.client.query<EventRow>(
            `SELECT ${EVENT_COLUMNS} FROM ${this.table} e
              WHERE e.stream = $1 AND ($2::bigint IS NULL OR e.revision <= $2::bigint)
              ORDER BY e.revision DESC LIMIT $3`,
            [stream, options.fromRevision?.toString() ?? null, options.maxCount ?? null],
          )
        : await this.client.query<EventRow>(
            `SELECT ${EVENT_COLUMNS} FROM ${this.table} e
              WHERE e.stream = $1 AND e.revision >= $2::bigint
              ORDER BY e.revision LIMIT $3`,
            [stream, (options.fromRevision ?? 0n).toString(), options.maxCount ?? null],
          );
    return rows.map(toEnvelope);
  }

  /**
   * Only transactions that ended before every transaction still running are read (ARCHITECTURE.md
   * "Correctness traps"; ADR 002): position = xid * 2^20 + index, so bounding position by the
   * snapshot's xmin * 2^20 is that filter, served by the primary key. pg_current_snapshot() is the
   * snapshot this statement reads with, so every transaction below the bound is over and its rows
   * are all visible: the result is a prefix of the final order that no later commit can cut into.
   */
  async readAll(options: ReadAllOptions = {}): Promise<EventEnvelope[]> {
    this.assertOpen();
    // Positions are positive (xid × 2^20 + index), so any `after` below one reads from the start.
    const rows = await this.client.query<EventRow>(
      `SELECT ${EVENT_COLUMNS} FROM ${this.table} e
        WHERE e.position > $1::bigint
          AND e.position < ${VISIBILITY_BOUND}
          AND ($2::text[] IS NULL OR e.stream ^@ ANY ($2::text[]))
        ORDER BY e.position LIMIT $3`,
      [(options.after ?? -1n).toString(), options.streamPrefixes ? [...options.streamPrefixes] : null, options.maxCount ?? null],
    );
    return rows.map(toEnvelope);
  }

  /** The last position below readAll's visibility bound: one backward step on the primary key. */
  async headPosition(): Promise<bigint | null> {
    this.assertOpen();
    const [row] = await this.client.query<{ head: string | null }>(
      `SELECT max(e.position)::text AS head FROM ${this.table} e WHERE e.position < ${VISIBILITY_BOUND}`,
    );
    return row.head === null ? null : BigInt(row.head);
  }

  subscribe(handler: EventBatchHandler, options: SubscribeOptions = {}): Subscription {
    this.assertOpen();
    const sub = new PollingSubscription(this.tail ?? this, this.signal, handler, {
      ...options,
      pollIntervalMs: this.options.pollIntervalMs,
      coalesceMs: this.options.coalesceMs,
    });
    this.subscriptions.add(sub);
    const forget = () => this.subscriptions.delete(sub);
    sub.done.then(forget, forget);
    return sub;
  }

  /** Stops subscriptions, lets started appends finish, then closes the client if the store owns it. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.all([...this.subscriptions].map((s) => s.stop()));
    await Promise.allSettled([...this.appending]);
    await this.maintenance?.stop();
    await this.unlisten?.();
    await this.notifier?.idle();
    if (this.options.ownsClient) await this.client.close();
  }

  /** One statement, so one implicit transaction: PostgreSQL's own group commit batches the WAL flushes. */
  private async appendAlone(stream: string, events: readonly NewEvent[], expected: ExpectedRevision): Promise<AppendResult> {
    try {
      return await appendInTransaction(this.client, this.schema, stream, events, expected);
    } catch (err) {
      throw await translateAppendError(err, stream, expected, () => currentRevision(this.client, this.schema, stream));
    }
  }

  private assertOpen(): void {
    if (this.closed) throw new EventStoreClosedError();
  }
}

/**
 * NOTIFY after commit rather than inside the append's transaction: a NOTIFY in a transaction takes
 * a database-wide lock at commit and would serialize all appenders. A burst of appends sends one
 * NOTIFY, plus one more if appends committed while it was on its way. A lost NOTIFY costs only
 * latency: subscribers poll as well.
 */
class CoalescedNotify {
  private inFlight: Promise<void> | null = null;
  private again = false;

  constructor(private readonly send: () => Promise<void>) {}

  trigger(): void {
    if (this.inFlight) {
      this.again = true;
      return;
    }
    this.inFlight = this.loop();
  }

  async idle(): Promise<void> {
    await this.inFlight;
  }

  private async loop(): Promise<void> {
    try {
      do {
        this.again = false;
        await this.send().catch(() => undefined);
      } while (this.again);
    } finally {
      this.inFlight = null;
    }
  }
}
