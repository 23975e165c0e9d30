import {
  AppendOptions,
  AppendResult,
  AppendSignal,
  EventBatchHandler,
  EventEnvelope,
  EventStore,
  EventStoreClosedError,
  ExpectedRevision,
  NewEvent,
  PollingSubscription,
  ReadAllOptions,
  ReadStreamOptions,
  SubscribeOptions,
  Subscription,
  WrongExpectedRevisionError,
  prepareAppend,
} from '@aftersales/eventsourcing';
import {
  BACKWARDS,
  END,
  EventStoreDBClient,
  FORWARDS,
  JSONType,
  START,
  StreamNotFoundError,
  WrongExpectedVersionError,
  excludeSystemEvents,
  jsonEvent,
  streamNameFilter,
} from '@eventstore/db-client';
import { EventIdRegistry } from './event-id-registry';
import { LiveWakeUp, LiveWakeUpOptions } from './live-wake-up';
import { EventStoreDbLogger, defaultLogger } from './logger';
import {
  hasEnvelopeMetadata,
  isDeliverable,
  readPositionAfter,
  toEnvelope,
  toEsdbExpectedRevision,
  toEventMetadata,
  translateAppendError,
} from './mapping';

export interface EventStoreDbEventStoreOptions {
  /** Dispose of the client together with the store (fromConnectionString sets it: it made the client). */
  readonly ownsClient?: boolean;
  /**
   * How often an idle subscription re-reads when no live notification came. Live $all
   * notifications wake it sooner; polling only covers a notification stream that dropped.
   */
  readonly pollIntervalMs?: number;
  /** Backoff of the live notification stream's resubscription after it dropped (500 ms doubling to 30 s). */
  readonly liveResubscribe?: LiveWakeUpOptions;
  /** Where skipped foreign events (debug) and dropped live subscriptions (warn) are logged; pino on stdout by default. */
  readonly logger?: EventStoreDbLogger;
}

/**
 * The EventStore port on EventStoreDB (ARCHITECTURE.md "Two ways to run", distributed column).
 * Positions, id uniqueness and subscriptions are in docs/adr/006-eventstoredb-adapter.md.
 */
export class EventStoreDbEventStore implements EventStore {
  private readonly registry: EventIdRegistry;
  private readonly subscriptions = new Set<Subscription>();
  /** Signals of this process's subscriptions: an append here wakes them without a round trip. */
  private readonly signals = new Set<AppendSignal>();
  private closed = false;
  private readonly logger: EventStoreDbLogger;
  private foreignSkipped = 0;

  constructor(
    private readonly client: EventStoreDBClient,
    private readonly options: EventStoreDbEventStoreOptions = {},
  ) {
    this.registry = new EventIdRegistry(client);
    this.logger = options.logger ?? defaultLogger();
  }

  /** Events of $all that readAll passed over because they carry no aftersales metadata (written by another client). */
  get foreignEventsSkipped(): number {
    return this.foreignSkipped;
  }

  /** A store on its own client, e.g. `esdb://127.0.0.1:2113?tls=false`. */
  static fromConnectionString(url: string, options: Omit<EventStoreDbEventStoreOptions, 'ownsClient'> = {}): EventStoreDbEventStore {
    return new EventStoreDbEventStore(EventStoreDBClient.connectionString(url), { ...options, ownsClient: true });
  }

  async append(stream: string, events: readonly NewEvent[], options: AppendOptions): Promise<AppendResult> {
    this.assertOpen();
    const prepared = prepareAppend(stream, events);
    const expected = options.expectedRevision;
    const expectedRevision = toEsdbExpectedRevision(stream, expected);
    // A conflict found here costs one read instead of N claims and N releases (ADR 006).
    await this.failFastOnConflict(stream, expected);
    const reservations = await this.registry.reserve(
      stream,
      prepared.map((e) => e.id),
    );
    try {
      const result = await this.client.appendToStream(
        stream,
        prepared.map((e) => jsonEvent({ id: e.id, type: e.type, data: e.data as JSONType, metadata: toEventMetadata(e) })),
        { expectedRevision },
      );
      if (!result.position) throw new Error(`EventStoreDB did not report the position of the append to ${stream}`);
      for (const signal of this.signals) signal.notify();
      return { nextExpectedRevision: result.nextExpectedRevision, position: result.position.commit };
    } catch (err) {
      // Only a definite refusal gives the ids back; after a transport error the events may be
      // stored, and the claims must then keep refusing the ids.
      if (err instanceof WrongExpectedVersionError) await this.registry.release(stream, reservations);
      throw translateAppendError(err, stream, expected);
    }
  }

  /**
   * For an exact expectation (`no_stream` or a revision), reads the stream's last revision and
   * refuses a certain mismatch before any id is claimed. Advisory only: the append's own check
   * stays the authority (the stream may move after this read), and a stream with no readable event
   * (absent, or deleted, truncated or expired) proceeds to the append, which decides.
   */
  private async failFastOnConflict(stream: string, expected: ExpectedRevision): Promise<void> {
    if (expected !== 'no_stream' && typeof expected !== 'bigint') return;
    const last = await this.lastRevision(stream);
    if (last === null) return;
    if (expected === 'no_stream' || expected !== last) throw new WrongExpectedRevisionError(stream, expected, last);
  }

  /** The revision of the stream's last readable event; null when there is none. */
  private async lastRevision(stream: string): Promise<bigint | null> {
    try {
      for await (const resolved of this.client.readStream(stream, { direction: BACKWARDS, fromRevision: END, maxCount: 1 })) {
        if (resolved.event) return resolved.event.revision;
      }
      return null;
    } catch (err) {
      if (err instanceof StreamNotFoundError) return null;
      throw err;
    }
  }

  /** Refuses an event of one of our streams without our metadata (mapping.toEnvelope): a stream is folded whole or not at all. */
  async readStream(stream: string, options: ReadStreamOptions = {}): Promise<EventEnvelope[]> {
    this.assertOpen();
    const backwards = options.direction === 'backwards';
    const read = this.client.readStream(stream, {
      direction: backwards ? BACKWARDS : FORWARDS,
      fromRevision: options.fromRevision ?? (backwards ? END : START),
      ...(options.maxCount === undefined ? {} : { maxCount: options.maxCount }),
    });
    const envelopes: EventEnvelope[] = [];
    try {
      for await (const resolved of read) {
        if (resolved.event) envelopes.push(toEnvelope(resolved.event));
      }
    } catch (err) {
      if (err instanceof StreamNotFoundError) return [];
      throw err;
    }
    return envelopes;
  }

  /**
   * Reads $all forwards and keeps our streams' events. Client 6.x filters $all on the server only
   * in subscriptions, so a prefix filter is applied here while reading (ADR 006); the read stops
   * as soon as `maxCount` events matched. System streams and events, the id streams and events
   * another client wrote without our metadata (a shared server) are passed over; the last are
   * counted (`foreignEventsSkipped`) and logged at debug.
   */
  async readAll(options: ReadAllOptions = {}): Promise<EventEnvelope[]> {
    this.assertOpen();
    const after = options.after ?? null;
    const maxCount = options.maxCount ?? Number.POSITIVE_INFINITY;
    const envelopes: EventEnvelope[] = [];
    if (maxCount <= 0) return envelopes;
    const read = this.client.readAll({ direction: FORWARDS, fromPosition: readPositionAfter(after) });
    let skipped = 0;
    let firstSkipped: { stream: string; type: string; position: bigint } | null = null;
    for await (const resolved of read) {
      const event = resolved.event;
      if (!event) continue;
      if (after !== null && event.position.commit <= after) continue;
      if (!isDeliverable(event.streamId, event.type, options.streamPrefixes)) continue;
      if (!hasEnvelopeMetadata(event.metadata)) {
        skipped++;
        firstSkipped ??= { stream: event.streamId, type: event.type, position: event.position.commit };
        continue;
      }
      envelopes.push(toEnvelope(event));
      // Leaving the loop cancels the server-side read.
      if (envelopes.length >= maxCount) break;
    }
    if (skipped > 0) {
      this.foreignSkipped += skipped;
      this.logger.debug(
        {
          skipped,
          totalSkipped: this.foreignSkipped,
          firstStream: firstSkipped?.stream,
          firstType: firstSkipped?.type,
          firstPosition: firstSkipped?.position.toString(),
        },
        'skipped $all events without aftersales metadata (written by another client)',
      );
    }
    return envelopes;
  }

  /** The last record of $all, whatever its stream: a forward read after it sees only later events. */
  async headPosition(): Promise<bigint | null> {
    this.assertOpen();
    for await (const resolved of this.client.readAll({ direction: BACKWARDS, fromPosition: END, maxCount: 1 })) {
      if (resolved.event) return resolved.event.position.commit;
    }
    return null;
  }

  /**
   * The port's catch-up-then-live loop (PollingSubscription) over readAll, woken by a live $all
   * subscription with the same stream-prefix filter on the server: one code path for catch-up
   * and live, so the switch can neither drop nor repeat an event (ADR 006).
   */
  subscribe(handler: EventBatchHandler, options: SubscribeOptions = {}): Subscription {
    this.assertOpen();
    const signal = new AppendSignal();
    const prefixes = options.streamPrefixes;
    const filter = prefixes === undefined || prefixes.length === 0 ? excludeSystemEvents() : streamNameFilter({ prefixes: [...prefixes] });
    // Only says "something matching was appended"; resubscribes with backoff when it drops.
    const live = new LiveWakeUp(this.client, filter, () => signal.notify(), this.logger, this.options.liveResubscribe);
    const sub = new PollingSubscription(this, signal, handler, {
      ...options,
      pollIntervalMs: this.options.pollIntervalMs ?? 1000,
    });
    this.subscriptions.add(sub);
    this.signals.add(signal);
    const forget = () => {
      this.subscriptions.delete(sub);
      this.signals.delete(signal);
      live.stop().catch(() => undefined);
    };
    sub.done.then(forget, forget);
    return sub;
  }

  /** Stops subscriptions, then disposes of the client if the store owns it. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.all([...this.subscriptions].map((s) => s.stop()));
    if (this.options.ownsClient) await this.client.dispose();
  }

  private assertOpen(): void {
    if (this.closed) throw new EventStoreClosedError();
  }
}
