import { CheckpointStore, IdleCheckpoint } from './checkpoint-store';
import { EventEnvelope } from './envelope';
import { EventStore, Subscription } from './event-store';
import { BusMessage, MessageBus } from './message-bus';
import { Upcasters } from './upcasting';

/** What a context makes public of one domain event: a type, version and data from `libs/contracts`. */
export interface IntegrationEvent {
  readonly type: string;
  /** Defaults to 1. */
  readonly schemaVersion?: number;
  readonly data: unknown;
}

/** Decides which domain events leave the context and as what; null keeps an event private. */
export type IntegrationEventMapping = (event: EventEnvelope) => IntegrationEvent | null;

export interface EventRelayOptions {
  /** Checkpoint name, one per relay (e.g. `relay:intake`). */
  readonly name: string;
  /** Where the integration events go (`aftersales.<context>.events`). */
  readonly topic: string;
  /** The context's own streams (e.g. `intake.`): only the owner relays them. */
  readonly streamPrefixes: readonly string[];
  readonly map: IntegrationEventMapping;
  /** The context's upcasters: `map` sees every event at the newest version they know. */
  readonly upcasters?: Upcasters;
  /**
   * Checks each integration event before it is published (its contract: libs/contracts) and throws
   * when it breaks it. A throw is a producer bug: retried and reported through onRetry like a `map`
   * that throws, so the relay holds on that batch and neither publishes the event nor skips it.
   */
  readonly check?: (event: IntegrationEvent, source: EventEnvelope) => void;
  /** Largest batch read from the store and published at once (default 500). */
  readonly batchSize?: number;
  /** At most how often an idle relay stores a position it skipped to (IdleCheckpoint; default 5 s). */
  readonly idleCheckpointMs?: number;
  /** First delay after a failed publish or checkpoint write; doubles per attempt (default 100 ms). */
  readonly retryBackoffMs?: number;
  /** Ceiling of that delay (default 30 s). */
  readonly maxRetryBackoffMs?: number;
  /**
   * Told of every failure before the relay waits and tries again (for logs and metrics): a failed
   * publish or checkpoint write, a store read, and a `map` or `check` that throws. None of them is
   * skipped, so a failure that repeats (a mapping bug, an event that breaks its contract, one too
   * large to publish: MessageTooLargeError) holds the relay on that batch, reported here at every
   * attempt, until it is fixed.
   */
  readonly onRetry?: (error: unknown, attempt: number, delayMs: number) => void;
}

class RelayStopped extends Error {
  constructor() {
    super('relay stopped');
  }
}

/**
 * The outbox relay of ARCHITECTURE.md "Delivery": follows a context's streams in the event store
 * from a stored checkpoint and publishes the mapped integration events to its topic, keyed by
 * stream id. The checkpoint moves only after the bus acknowledged a batch, so a crash republishes
 * and never loses; consumers dedupe by event id, which is the domain event's id, so a republished
 * event is recognisably the same. While the broker is down the relay retries with backoff and the
 * store stays writable; it catches up when the broker is back.
 *
 * A batch is published with one bus.publish; the bus splits it into requests the broker accepts
 * (KafkaMessageBus maxBatchBytes, default 900 KB by encoded size). One event that alone is over
 * that limit can never be published: the publish rejects with MessageTooLargeError (code
 * MESSAGING.MESSAGE_TOO_LARGE, naming the event), which onRetry reports at every attempt. The relay
 * does not skip it (that would lose it): change the mapping to publish less for it, or raise the
 * limit with the broker's message.max.bytes. Likewise a `map` that throws, or a `check` that finds
 * an integration event breaking its contract, is retried with backoff and reported through
 * onRetry, never swallowed: a producer bug holds the relay until it is fixed, it never publishes
 * garbage. `map` sees each stored event upcast to the newest version the context's upcasters know.
 */
export class EventRelay {
  private stopped = false;
  private subscription: Subscription | null = null;
  private idle: IdleCheckpoint | null = null;
  private running: Promise<void> | null = null;
  private readonly wakers = new Set<() => void>();
  private caught = EventRelay.deferred();
  private publishedCount = 0;

  private static deferred(): { promise: Promise<void>; resolve: () => void; reject: (err: Error) => void; settled: boolean } {
    let resolve!: () => void;
    let reject!: (err: Error) => void;
    const promise = new Promise<void>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    // Observed through caughtUp(); a run stopped before anyone asked must not be an unhandled rejection.
    promise.catch(() => undefined);
    const d = {
      promise,
      settled: false,
      resolve: () => {
        d.settled = true;
        resolve();
      },
      reject: (err: Error) => {
        d.settled = true;
        reject(err);
      },
    };
    return d;
  }

  constructor(
    private readonly store: EventStore,
    private readonly checkpoints: CheckpointStore,
    private readonly bus: MessageBus,
    private readonly options: EventRelayOptions,
  ) {
    if (options.streamPrefixes.length === 0) throw new Error(`relay ${options.name} needs at least one stream prefix`);
  }

  /** Integration events this relay has seen acknowledged since it started. */
  get published(): number {
    return this.publishedCount;
  }

  /** Starts following the store; resolves once the subscription is open. */
  async start(): Promise<void> {
    if (this.running) return;
    this.stopped = false;
    this.running = this.run();
  }

  /**
   * Of the current run (from start() to stop()), or of the next one when the relay is stopped:
   * resolves once everything in the store when the run subscribed is published and checkpointed.
   * Every start() begins a new run with a new promise; a run stopped before it caught up rejects its
   * promise ("relay stopped before catching up") rather than leaving a waiter hanging.
   */
  caughtUp(): Promise<void> {
    return this.caught.promise;
  }

  /** Cuts a retry wait short and ends the subscription; a batch not yet acknowledged is republished next time. */
  async stop(): Promise<void> {
    this.stopped = true;
    for (const wake of [...this.wakers]) wake();
    await this.subscription?.stop();
    await this.running;
    // Where it got to, past the other streams' events too: the next start reads on from there.
    if (this.subscription) await this.idle?.flush(this.subscription.lastPosition);
    this.running = null;
    this.subscription = null;
    if (!this.caught.settled) this.caught.reject(new Error(`relay ${this.options.name} stopped before catching up`));
    // The next start() is a new run: its caughtUp() waits for that run.
    this.caught = EventRelay.deferred();
  }

  private async run(): Promise<void> {
    const caught = this.caught;
    for (let attempt = 1; !this.stopped; attempt++) {
      try {
        const after = await this.checkpoints.load(this.options.name);
        if (this.stopped) return;
        const idle = new IdleCheckpoint(this.checkpoints, this.options.name, after, this.options.idleCheckpointMs);
        this.idle = idle;
        const subscription = this.store.subscribe((events) => this.relay(events, idle), {
          after,
          streamPrefixes: this.options.streamPrefixes,
          batchSize: this.options.batchSize ?? 500,
          onIdle: (position) => idle.idle(position),
        });
        this.subscription = subscription;
        void subscription.caughtUp.then(() => caught.resolve(), () => undefined);
        await subscription.done;
        return;
      } catch (err) {
        if (this.stopped || err instanceof RelayStopped) return;
        // The store failed (a read, a checkpoint load): start over from the stored checkpoint.
        await this.retryPause(err, attempt);
      }
    }
  }

  private async relay(events: readonly EventEnvelope[], idle: IdleCheckpoint): Promise<void> {
    let messages: BusMessage[] = [];
    // A mapping that throws is retried like a failed publish (and reported through onRetry), here,
    // without ending the subscription: it must neither skip the batch nor stall without a trace.
    await this.retrying(async () => {
      messages = this.mapAll(events);
    });
    if (messages.length > 0) {
      await this.retrying(() => this.bus.publish(this.options.topic, messages));
      this.publishedCount += messages.length;
    }
    const last = events[events.length - 1].position;
    await this.retrying(() => this.checkpoints.store(this.options.name, last));
    idle.storedBy(last);
  }

  private mapAll(events: readonly EventEnvelope[]): BusMessage[] {
    const { upcasters, check } = this.options;
    const messages: BusMessage[] = [];
    for (const stored of events) {
      const event = upcasters ? upcasters.apply(stored) : stored;
      const integration = this.options.map(event);
      if (integration) {
        check?.(integration, event);
        messages.push({
          key: event.stream,
          event: { ...event, type: integration.type, schemaVersion: integration.schemaVersion ?? 1, data: integration.data },
        });
      }
    }
    return messages;
  }

  /** Runs `step` until it succeeds; throws RelayStopped (ending the subscription) once stop() was called. */
  private async retrying(step: () => Promise<void>): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      if (this.stopped) throw new RelayStopped();
      try {
        await step();
        return;
      } catch (err) {
        if (this.stopped) throw new RelayStopped();
        await this.retryPause(err, attempt);
      }
    }
  }

  private retryPause(err: unknown, attempt: number): Promise<void> {
    const base = this.options.retryBackoffMs ?? 100;
    const ceiling = Math.max(this.options.maxRetryBackoffMs ?? 30_000, base);
    const delay = Math.min(base * 2 ** Math.min(attempt - 1, 30), ceiling);
    this.options.onRetry?.(err, attempt, delay);
    return new Promise((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        this.wakers.delete(wake);
        resolve();
      };
      const timer = setTimeout(wake, delay);
      this.wakers.add(wake);
    });
  }
}
