import {
  AppendOptions,
  AppendResult,
  AppendSignal,
  DuplicateEventIdError,
  EventStoreClosedError,
  EventBatchHandler,
  EventEnvelope,
  EventStore,
  NewEvent,
  PollingSubscription,
  ReadAllOptions,
  ReadStreamOptions,
  SubscribeOptions,
  Subscription,
  WrongExpectedRevisionError,
  matchesExpectedRevision,
  prepareAppend,
} from '@aftersales/eventsourcing';

/** The event store for unit tests and throwaway runs: same contract, nothing on disk. */
export class MemoryEventStore implements EventStore {
  private readonly log: EventEnvelope[] = [];
  private readonly streams = new Map<string, EventEnvelope[]>();
  private readonly signal = new AppendSignal();
  private readonly subscriptions = new Set<Subscription>();
  private readonly ids = new Set<string>();
  private closed = false;

  async append(stream: string, events: readonly NewEvent[], options: AppendOptions): Promise<AppendResult> {
    if (this.closed) throw new EventStoreClosedError();
    const prepared = prepareAppend(stream, events);
    const existing = this.streams.get(stream);
    const actual = existing ? BigInt(existing.length - 1) : null;
    const expected = options.expectedRevision;
    if (!matchesExpectedRevision(expected, actual)) throw new WrongExpectedRevisionError(stream, expected, actual);
    const stored = prepared.map((e) => e.id).find((id) => this.ids.has(id));
    if (stored !== undefined) throw new DuplicateEventIdError(stream, stored);
    const target = existing ?? [];
    for (const e of prepared) {
      const envelope: EventEnvelope = structuredClone({
        ...e,
        stream,
        revision: BigInt(target.length),
        position: BigInt(this.log.length + 1),
      });
      target.push(envelope);
      this.log.push(envelope);
      this.ids.add(envelope.id);
    }
    this.streams.set(stream, target);
    this.signal.notify();
    const last = target[target.length - 1];
    return { nextExpectedRevision: last.revision, position: last.position };
  }

  async readStream(stream: string, options: ReadStreamOptions = {}): Promise<EventEnvelope[]> {
    const all = this.streams.get(stream) ?? [];
    const max = options.maxCount ?? Number.MAX_SAFE_INTEGER;
    if (options.direction === 'backwards') {
      const from = options.fromRevision ?? BigInt(all.length - 1);
      return all.filter((e) => e.revision <= from).reverse().slice(0, max).map((e) => structuredClone(e));
    }
    const from = options.fromRevision ?? 0n;
    return all.filter((e) => e.revision >= from).slice(0, max).map((e) => structuredClone(e));
  }

  async readAll(options: ReadAllOptions = {}): Promise<EventEnvelope[]> {
    const after = options.after ?? 0n;
    const prefixes = options.streamPrefixes;
    const out: EventEnvelope[] = [];
    const max = options.maxCount ?? Number.MAX_SAFE_INTEGER;
    // Positions are 1-based indexes into the log, so the scan can start right after `after`;
    // zero and negative positions precede every event.
    for (let i = after > 0n ? Number(after) : 0; i < this.log.length && out.length < max; i++) {
      const e = this.log[i];
      if (!prefixes || prefixes.some((p) => e.stream.startsWith(p))) out.push(structuredClone(e));
    }
    return out;
  }

  async headPosition(): Promise<bigint | null> {
    return this.log.length === 0 ? null : BigInt(this.log.length);
  }

  subscribe(handler: EventBatchHandler, options: SubscribeOptions = {}): Subscription {
    const sub = new PollingSubscription(this, this.signal, handler, options);
    this.subscriptions.add(sub);
    const forget = () => void this.subscriptions.delete(sub);
    sub.done.then(forget, forget);
    return sub;
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all([...this.subscriptions].map((s) => s.stop()));
  }
}
