import {
  AppendOptions,
  AppendResult,
  AppendSignal,
  EventBatchHandler,
  EventEnvelope,
  EventStore,
  EventStoreClosedError,
  NewEvent,
  PollingSubscription,
  ReadAllOptions,
  ReadStreamOptions,
  SubscribeOptions,
  Subscription,
  prepareAppend,
} from '@aftersales/eventsourcing';
import {
  AllStreamSubscription,
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
import { isDeliverable, readPositionAfter, toEnvelope, toEsdbExpectedRevision, toEventMetadata, translateAppendError } from './mapping';

export interface EventStoreDbEventStoreOptions {
  /** Dispose of the client together with the store (fromConnectionString sets it: it made the client). */
  readonly ownsClient?: boolean;
  /**
   * How often an idle subscription re-reads when no live notification came. Live $all
   * notifications wake it sooner; polling only covers a notification stream that dropped.
   */
  readonly pollIntervalMs?: number;
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

  constructor(
    private readonly client: EventStoreDBClient,
    private readonly options: EventStoreDbEventStoreOptions = {},
  ) {
    this.registry = new EventIdRegistry(client);
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
   * as soon as `maxCount` events matched.
   */
  async readAll(options: ReadAllOptions = {}): Promise<EventEnvelope[]> {
    this.assertOpen();
    const after = options.after ?? null;
    const maxCount = options.maxCount ?? Number.POSITIVE_INFINITY;
    const envelopes: EventEnvelope[] = [];
    if (maxCount <= 0) return envelopes;
    const read = this.client.readAll({ direction: FORWARDS, fromPosition: readPositionAfter(after) });
    for await (const resolved of read) {
      const event = resolved.event;
      if (!event) continue;
      if (after !== null && event.position.commit <= after) continue;
      if (!isDeliverable(event.streamId, event.type, options.streamPrefixes)) continue;
      envelopes.push(toEnvelope(event));
      // Leaving the loop cancels the server-side read.
      if (envelopes.length >= maxCount) break;
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
    const live = this.wakeOnAppends(signal, options.streamPrefixes);
    const sub = new PollingSubscription(this, signal, handler, {
      ...options,
      pollIntervalMs: this.options.pollIntervalMs ?? 1000,
    });
    this.subscriptions.add(sub);
    this.signals.add(signal);
    const forget = () => {
      this.subscriptions.delete(sub);
      this.signals.delete(signal);
      live.unsubscribe().catch(() => undefined);
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

  /**
   * A live subscription from the end of $all that only says "something matching was appended".
   * Best effort by design: if it drops, the poll interval still finds the events.
   */
  private wakeOnAppends(signal: AppendSignal, prefixes: readonly string[] | undefined): AllStreamSubscription {
    const filter = prefixes === undefined || prefixes.length === 0 ? excludeSystemEvents() : streamNameFilter({ prefixes: [...prefixes] });
    const live = this.client.subscribeToAll({ fromPosition: END, filter });
    live.on('data', () => signal.notify());
    live.on('error', () => undefined);
    return live;
  }

  private assertOpen(): void {
    if (this.closed) throw new EventStoreClosedError();
  }
}
