import { CheckpointStore, IdleCheckpoint } from './checkpoint-store';
import { DocumentCollection, StoredDocument } from './document-store';
import { EventEnvelope } from './envelope';
import { EventStore, Subscription } from './event-store';
import { Upcasters } from './upcasting';

/**
 * A read model fed by events (emmett's projection shape): a name, a version (bump it to rebuild),
 * the event types it handles and a batch handler. Handlers must be idempotent by position:
 * write documents through the position-guarded DocumentCollection methods.
 */
export interface Projection {
  readonly name: string;
  readonly version: number;
  /** The event types `handle` receives; `'all'` for every event (the audit archive, AU-1). */
  readonly handles: readonly string[] | 'all';
  /** Limit the subscription to these stream prefixes (e.g. `intake.`); all streams when absent. */
  readonly streamPrefixes?: readonly string[];
  /**
   * The context's upcasters: the runner brings every event `handle` receives to the newest version
   * they know (ARCHITECTURE.md "Events": upcast old versions on read, on every read path).
   */
  readonly upcasters?: Upcasters;
  handle(events: readonly EventEnvelope[]): Promise<void>;
  /** Drops everything the projection wrote (rebuild from zero). */
  reset(): Promise<void>;
}

/**
 * The usual projection of a stream into one document per stream (id = the stream name after
 * `prefix`): folds each event into its document with `apply` (null before the stream's first
 * event). A batch costs one read and one write whatever its size: the batch's documents are read
 * at once, folded in memory in event order, and written with upsertMany, each under the position
 * of the last event that changed it, so a redelivered event changes nothing.
 */
export async function foldIntoDocuments<T extends StoredDocument>(
  collection: DocumentCollection<T>,
  events: readonly EventEnvelope[],
  prefix: string,
  apply: (view: T | null, event: EventEnvelope) => T | null,
): Promise<void> {
  if (events.length === 0) return;
  const ids = [...new Set(events.map((e) => e.stream.slice(prefix.length)))];
  const stored = new Map((await collection.find({ _id: { $in: ids } })).map((d) => [d._id, d]));
  const folded = new Map<string, { view: T | null; position: bigint | undefined; changedAt: bigint | null }>();
  for (const id of ids) {
    const current = stored.get(id);
    const { _position: position, ...view } = current ?? ({} as T);
    folded.set(id, { view: current ? (view as unknown as T) : null, position, changedAt: null });
  }
  for (const event of events) {
    const state = folded.get(event.stream.slice(prefix.length)) as { view: T | null; position: bigint | undefined; changedAt: bigint | null };
    // The position guard makes a redelivered event a no-op; skip the fold for it as well.
    if (state.position !== undefined && state.position >= event.position) continue;
    const next = apply(state.view, event);
    if (!next) continue;
    state.view = next;
    state.changedAt = event.position;
  }
  const writes = [...folded.values()].filter((s) => s.changedAt !== null && s.view !== null);
  await collection.upsertMany(writes.map((s) => ({ doc: s.view as Omit<T, '_position'>, position: s.changedAt as bigint })));
}

export const READ_MODEL_TRANSACTIONS = Symbol('ReadModelTransactions');

/**
 * Where read models and checkpoints live in one database (the standalone's PGlite; a service's
 * PostgreSQL schema with READ_MODELS=postgres): runs work in one transaction that every document
 * and checkpoint write made from within it joins, so a projection's batch and its checkpoint
 * commit together (exactly once), and a failure leaves neither.
 */
export interface ReadModelTransactions {
  run<T>(work: () => Promise<T>): Promise<T>;
}

export interface ProjectionRunnerOptions {
  readonly batchSize?: number;
  /** When the stores share a database: batch and checkpoint in one transaction. */
  readonly transactions?: ReadModelTransactions;
  /** At most how often an idle runner stores a position it skipped to (IdleCheckpoint; default 5 s). */
  readonly idleCheckpointMs?: number;
}

export function checkpointName(projection: Pick<Projection, 'name' | 'version'>): string {
  return `projection:${projection.name}@v${projection.version}`;
}

/**
 * Runs a projection from its checkpoint: catch up, then live. The checkpoint is stored after the
 * projection's write, in the same transaction where the stores allow it (ReadModelTransactions);
 * elsewhere a crash between the two replays the batch, which the position guard absorbs.
 */
export class ProjectionRunner {
  private subscription: Subscription | null = null;
  private idle: IdleCheckpoint | null = null;
  private started: Promise<Subscription> | null = null;
  /** Bumped by every start and stop: a start whose generation is gone must not leave a subscription. */
  private generation = 0;

  constructor(
    private readonly store: EventStore,
    private readonly checkpoints: CheckpointStore,
    readonly projection: Projection,
    private readonly options: ProjectionRunnerOptions = {},
  ) {}

  get name(): string {
    return checkpointName(this.projection);
  }

  get isCaughtUp(): boolean {
    return this.subscription?.isCaughtUp ?? false;
  }

  /** Where its subscription is (null before it started or when it starts from the beginning). */
  get lastPosition(): bigint | null {
    return this.subscription?.lastPosition ?? null;
  }

  /** Starts following the store; resolves once caught up with everything stored at the start. */
  start(): Promise<Subscription> {
    if (this.started) throw new Error(`projection ${this.name} already started`);
    this.started = this.subscribe(++this.generation);
    return this.started;
  }

  /** Resolves once a started projection has caught up; rejects if it is not started or failed. */
  async caughtUp(): Promise<void> {
    if (!this.started) throw new Error(`projection ${this.name} is not started`);
    await this.started;
  }

  private async subscribe(generation: number): Promise<Subscription> {
    const after = await this.checkpoints.load(this.name);
    // A start that was already stopped must not clear what a newer start is building.
    if (after === null && generation === this.generation) await this.projection.reset();
    const handles = this.projection.handles === 'all' ? null : new Set(this.projection.handles);
    const upcasters = this.projection.upcasters;
    const idle = new IdleCheckpoint(this.checkpoints, this.name, after, this.options.idleCheckpointMs);
    const apply = async (events: readonly EventEnvelope[]) => {
      const relevant = events.filter((e) => handles === null || handles.has(e.type)).map((e) => (upcasters ? upcasters.apply(e) : e));
      if (relevant.length > 0) await this.projection.handle(relevant);
      await this.checkpoints.store(this.name, events[events.length - 1].position);
    };
    const transactions = this.options.transactions;
    const subscription = this.store.subscribe(
      async (events) => {
        await (transactions ? transactions.run(() => apply(events)) : apply(events));
        idle.storedBy(events[events.length - 1].position);
      },
      { after, batchSize: this.options.batchSize, streamPrefixes: this.projection.streamPrefixes, onIdle: (position) => idle.idle(position) },
    );
    if (generation === this.generation) {
      this.subscription = subscription;
      this.idle = idle;
    } else {
      // stop() (and perhaps a new start) ran while the checkpoint was loading: this subscription
      // belongs to nobody, so end it before it replays anything.
      await subscription.stop();
    }
    await subscription.caughtUp;
    return subscription;
  }

  /** Stops at once, also in the middle of a catch-up (a shutdown must not wait for a replay). */
  async stop(): Promise<void> {
    const started = this.started;
    const subscription = this.subscription;
    const idle = this.idle;
    this.generation++;
    this.started = null;
    this.subscription = null;
    this.idle = null;
    if (subscription) {
      await subscription.stop();
      // Where it got to, past the other streams' events too: the next start reads on from there.
      await idle?.flush(subscription.lastPosition);
    } else {
      await started?.catch(() => null);
    }
  }

  /** Forgets the checkpoint and the projection's documents, then replays from zero. */
  async rebuild(): Promise<Subscription> {
    await this.stop();
    await this.checkpoints.reset(this.name);
    return this.start();
  }
}
