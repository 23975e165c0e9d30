import { Clock } from './clock';
import { DocumentCollection, DocumentStore } from './document-store';
import { EventEnvelope } from './envelope';
import { ObligationChange } from './obligations';
import { Projection } from './projection';
import { TenantDocument } from './tenant-scope';
import { Upcasters } from './upcasting';

/**
 * Durable deadlines (ARCHITECTURE.md "Correctness traps": time comes from an injected clock).
 * A context says which of its events open, meet, miss or cancel an obligation; a projection of
 * its own streams keeps the open ones in a read model; a scheduler asks that read model what is
 * due by the clock and hands each due deadline to the context, which appends its "missed" event
 * through its decider. Nothing but the event log is state: after a restart the read model is
 * rebuilt (or resumed from its checkpoint) and whatever fell due meanwhile fires then.
 *
 * Exactly once: the context's decider raises "missed" only for an obligation still open and past
 * due, with a deterministic event id, so a repeated or concurrent tick (two instances) appends
 * nothing the second time.
 */

/** What the tracker folds: the context's obligation changes (obligations.ts), one ledger for decider, view and tracker. */
export type DeadlineChange = ObligationChange;

export type DeadlineState = 'open' | 'met' | 'missed' | 'cancelled';

export interface TrackedDeadline extends TenantDocument {
  /** `<stream>#<obligation>` */
  readonly _id: string;
  readonly stream: string;
  readonly obligation: string;
  readonly dueAt: string;
  readonly region: string;
  readonly state: DeadlineState;
  readonly responsibleId: string | null;
}

export interface DeadlineTracking {
  /** The context's name: the read model is `<context>.deadlines`. */
  readonly context: string;
  /** Stream prefixes of the context's cases (e.g. `intake.complaint-`). */
  readonly streamPrefixes: readonly string[];
  /** The event types `changes` looks at. */
  readonly handles: readonly string[];
  /** The context's upcasters: `changes` sees every event at the newest version they know. */
  readonly upcasters?: Upcasters;
  changes(event: EventEnvelope): readonly DeadlineChange[];
}

export function deadlineCollection(store: DocumentStore, context: string): DocumentCollection<TrackedDeadline> {
  return store.collection<TrackedDeadline>(`${context}.deadlines`, [{ fields: { state: 1, dueAt: 1 } }, { fields: { stream: 1 } }]);
}

/** The read model of a context's deadlines, fed by its own events (idempotent by position). */
export class DeadlineProjection implements Projection {
  readonly name: string;
  readonly version = 1;
  readonly handles: readonly string[];
  readonly streamPrefixes: readonly string[];
  /** The tracking's: the ProjectionRunner applies them before `handle`, as for every projection. */
  readonly upcasters?: Upcasters;
  private readonly deadlines: DocumentCollection<TrackedDeadline>;

  constructor(
    documents: DocumentStore,
    private readonly tracking: DeadlineTracking,
  ) {
    this.name = `${tracking.context}-deadlines`;
    this.handles = tracking.handles;
    this.streamPrefixes = tracking.streamPrefixes;
    this.upcasters = tracking.upcasters;
    this.deadlines = deadlineCollection(documents, tracking.context);
  }

  /**
   * A batch costs one read and one write: the deadlines of the batch's streams are read at once,
   * the changes applied in memory in event order under each deadline's position guard, and the
   * changed deadlines written with upsertMany at the position of the last event that changed them.
   */
  async handle(events: readonly EventEnvelope[]): Promise<void> {
    const changes = events.flatMap((event) => this.tracking.changes(event).map((change) => ({ event, change })));
    if (changes.length === 0) return;
    const streams = [...new Set(changes.map((c) => c.event.stream))];
    const tracked = new Map<string, { doc: Omit<TrackedDeadline, '_position'>; position: bigint }>();
    for (const stored of await this.deadlines.find({ stream: { $in: streams } })) {
      const { _position, ...doc } = stored;
      tracked.set(stored._id, { doc, position: _position ?? 0n });
    }
    const changed = new Set<string>();
    const apply = (id: string, event: EventEnvelope, next: (doc: Omit<TrackedDeadline, '_position'> | undefined) => Omit<TrackedDeadline, '_position'> | null) => {
      const current = tracked.get(id);
      // The position guard: an event this deadline already reflects changes nothing.
      if (current && current.position >= event.position) return;
      const doc = next(current?.doc);
      if (!doc) return;
      tracked.set(id, { doc, position: event.position });
      changed.add(id);
    };
    for (const { event, change } of changes) {
      if (change.kind === 'open') {
        apply(`${event.stream}#${change.obligation}`, event, () => ({
          _id: `${event.stream}#${change.obligation}`,
          tenantId: event.tenantId,
          region: event.region,
          stream: event.stream,
          obligation: change.obligation,
          dueAt: change.dueAt,
          state: 'open',
          responsibleId: change.responsibleId ?? null,
        }));
      } else if (change.kind === 'cancel_all') {
        for (const [id, { doc }] of tracked) {
          if (doc.stream === event.stream && doc.state === 'open') apply(id, event, (d) => (d ? { ...d, state: 'cancelled' } : null));
        }
      } else if (change.kind === 'reschedule') {
        apply(`${event.stream}#${change.obligation}`, event, (d) =>
          d ? { ...d, dueAt: change.dueAt, responsibleId: change.responsibleId === undefined ? d.responsibleId : change.responsibleId } : null,
        );
      } else {
        // Met or missed: only a deadline that was opened (a patch of an absent one is nothing).
        const state = change.kind === 'meet' ? 'met' : 'missed';
        apply(`${event.stream}#${change.obligation}`, event, (d) => (d ? { ...d, state } : null));
      }
    }
    await this.deadlines.upsertMany([...tracked].filter(([id]) => changed.has(id)).map(([, { doc, position }]) => ({ doc, position })));
  }

  async reset(): Promise<void> {
    await this.deadlines.clear();
  }
}

export type DueHandler = (deadline: TrackedDeadline, now: Date) => Promise<void>;
/** All due deadlines of one stream at once, in due order (one read and one append for them all). */
export type DueStreamHandler = (deadlines: readonly TrackedDeadline[], now: Date) => Promise<void>;

export interface DeadlineSchedulerOptions {
  /** Deadlines handled per tick (the rest wait for the next one, which a full batch brings at once). Default 100. */
  readonly batchSize?: number;
  /**
   * Streams handled at once within a tick (default 16): their "missed" appends go out together
   * (PGlite group-commits them). One stream's deadlines run one after another, so they do not
   * conflict on its revision.
   */
  readonly concurrency?: number;
  /** A deadline whose handler failed waits this long before it is tried again; doubles per failure (default 1 s, at most 5 min). */
  readonly retryBackoffMs?: number;
  /** Told of a deadline whose handler threw; the deadline stays open and is retried next tick. */
  readonly onError?: (deadline: TrackedDeadline, error: unknown) => void;
  /**
   * Takes a stream's due deadlines together when more than one fell due (a backlog after a stop,
   * a case registered late): one read and one append instead of one each. When it throws, the
   * tick hands them to `onDue` one at a time, so a deadline that fails alone is retried alone.
   */
  readonly onDueOfStream?: DueStreamHandler;
}

/** Finds what is due by the clock and hands it to the context. Call `tick()` on a timer (or by hand in tests). */
export class DeadlineScheduler {
  private readonly deadlines: DocumentCollection<TrackedDeadline>;
  private running: Promise<number> | null = null;
  private again: Promise<number> | null = null;
  /** Deadlines whose handler failed: not before this instant (ms), and how often they failed. */
  private readonly failing = new Map<string, { notBefore: number; failures: number }>();
  private lastBatchFull = false;
  /**
   * Where a backlog pass has got to (the last deadline read, in due order): the next tick goes on
   * from there by the index, not from the start, so deadlines whose "missed" event has not reached
   * the read model yet are not read and handed over again. A tick that reads to the end of what
   * is due starts the next pass from the beginning.
   */
  private cursor: { readonly dueAt: string; readonly id: string } | null = null;

  constructor(
    documents: DocumentStore,
    readonly tracking: DeadlineTracking,
    private readonly clock: Clock,
    private readonly onDue: DueHandler,
    private readonly options: DeadlineSchedulerOptions = {},
  ) {
    this.deadlines = deadlineCollection(documents, tracking.context);
  }

  /**
   * Handles every open deadline due now; returns how many were handed over. A call during a run
   * waits for it and then runs once more with a fresh clock reading (calls meanwhile share that run).
   */
  tick(): Promise<number> {
    if (!this.running) {
      this.running = this.run().finally(() => (this.running = null));
      return this.running;
    }
    if (!this.again) {
      this.again = this.running.catch(() => 0).then(() => {
        this.again = null;
        return this.tick();
      });
    }
    return this.again;
  }

  private async run(): Promise<number> {
    const now = this.clock.now();
    const batch = this.options.batchSize ?? 100;
    const from = this.cursor;
    // Deadlines in their failure backoff are skipped, so they cannot crowd out the rest.
    const limit = batch + this.failing.size;
    const due = await this.deadlines.find(
      from
        ? { state: 'open', dueAt: { $gte: from.dueAt, $lte: now.toISOString() }, $nor: [{ dueAt: from.dueAt, _id: { $lte: from.id } }] }
        : { state: 'open', dueAt: { $lte: now.toISOString() } },
      { sort: { dueAt: 1, _id: 1 }, limit },
    );
    const full = due.length >= limit;
    const last = due[due.length - 1];
    this.cursor = full ? { dueAt: last.dueAt, id: last._id } : null;
    if (!full && from === null) {
      // Everything due was read: a failing deadline no longer among them was met or ended.
      const dueIds = new Set(due.map((d) => d._id));
      for (const id of [...this.failing.keys()]) if (!dueIds.has(id)) this.failing.delete(id);
    }
    const chosen: TrackedDeadline[] = [];
    for (const deadline of due) {
      if (chosen.length >= batch) break;
      const failing = this.failing.get(deadline._id);
      if (failing && failing.notBefore > now.getTime()) continue;
      chosen.push(deadline);
    }
    const byStream = new Map<string, TrackedDeadline[]>();
    for (const deadline of chosen) byStream.set(deadline.stream, [...(byStream.get(deadline.stream) ?? []), deadline]);
    const queues = [...byStream.values()];
    const worker = async () => {
      for (let queue = queues.shift(); queue; queue = queues.shift()) {
        if (queue.length > 1 && this.options.onDueOfStream && (await this.handleStream(queue, now))) continue;
        for (const deadline of queue) await this.handleOne(deadline, now);
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.options.concurrency ?? 16, queues.length) }, worker));
    this.lastBatchFull = full;
    return chosen.length;
  }

  /** True when the stream's deadlines were all handed over at once; false leaves them to handleOne. */
  private async handleStream(deadlines: readonly TrackedDeadline[], now: Date): Promise<boolean> {
    try {
      await this.options.onDueOfStream?.(deadlines, now);
      for (const deadline of deadlines) this.failing.delete(deadline._id);
      return true;
    } catch {
      return false;
    }
  }

  private async handleOne(deadline: TrackedDeadline, now: Date): Promise<void> {
    const failing = this.failing.get(deadline._id);
    try {
      await this.onDue(deadline, now);
      this.failing.delete(deadline._id);
    } catch (error) {
      const failures = (failing?.failures ?? 0) + 1;
      const delay = Math.min((this.options.retryBackoffMs ?? 1000) * 2 ** (failures - 1), 300_000);
      this.failing.set(deadline._id, { notBefore: now.getTime() + delay, failures });
      this.options.onError?.(deadline, error);
    }
  }

  /** Whether the last tick read a full batch: more may be due already, so tick again at once. */
  get hasBacklog(): boolean {
    return this.lastBatchFull;
  }

  /** Open deadlines whose due time has passed by `now` (the scheduler's backlog; for health and tests). */
  overdue(now: Date = this.clock.now()): Promise<number> {
    return this.deadlines.count({ state: 'open', dueAt: { $lte: now.toISOString() } });
  }
}
