import { EventEnvelope } from './envelope';
import { EventBatchHandler, ReadAllOptions, SubscribeOptions, Subscription } from './event-store';

/** Wakes pollers early when this process appended; other writers are found by the poll interval. */
export class AppendSignal {
  private waiters = new Set<() => void>();

  /** Resolves after `ms` whatever is notified meanwhile (cancel ends it early). */
  pause(ms: number): { promise: Promise<void>; cancel: () => void } {
    let done!: () => void;
    const promise = new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      done = () => {
        clearTimeout(timer);
        resolve();
      };
    });
    return { promise, cancel: done };
  }

  private readonly listeners: (() => void)[] = [];

  /** Calls `listener` on every notify from now on (a cache that must know the log moved). */
  onNotify(listener: () => void): void {
    this.listeners.push(listener);
  }

  notify(): void {
    for (const listener of this.listeners) listener();
    const waiters = this.waiters;
    this.waiters = new Set();
    for (const wake of waiters) wake();
  }

  /** Resolves on the next notify (`true`) or after `ms` (`false`), whichever is first. */
  wait(ms: number): { promise: Promise<boolean>; cancel: () => void } {
    let timer: NodeJS.Timeout | undefined;
    let finish!: (notified: boolean) => void;
    const promise = new Promise<boolean>((resolve) => {
      finish = (notified) => {
        clearTimeout(timer);
        this.waiters.delete(wake);
        resolve(notified);
      };
      timer = setTimeout(() => finish(false), ms);
    });
    const wake = () => finish(true);
    this.waiters.add(wake);
    return { promise, cancel: () => finish(false) };
  }
}

export interface PollingSubscriptionSource {
  readAll(options: ReadAllOptions): Promise<EventEnvelope[]>;
  headPosition(): Promise<bigint | null>;
}

/**
 * Catch-up-then-live subscription over any store that can `readAll` after a position and tell
 * its head. Catch-up and live are the same loop, so the switch cannot drop or repeat an event:
 * the resume position is the only state. With a stream-prefix filter, that position also moves
 * past events of other streams once a read reached the end, so an idle subscriber on a shared log
 * does not rescan everything other contexts appended since its last matching event on every poll.
 */
export class PollingSubscription implements Subscription {
  private after: bigint | null;
  private stopped = false;
  private caughtUpFlag = false;
  private resolveCaughtUp!: () => void;
  private rejectCaughtUp!: (err: Error) => void;
  private pendingWait: { cancel: () => void } | null = null;
  readonly caughtUp: Promise<void>;
  readonly done: Promise<void>;

  constructor(
    private readonly source: PollingSubscriptionSource,
    private readonly signal: AppendSignal,
    private readonly handler: EventBatchHandler,
    private readonly options: SubscribeOptions & { pollIntervalMs?: number; coalesceMs?: number } = {},
  ) {
    this.after = options.after ?? null;
    this.caughtUp = new Promise((resolve, reject) => {
      this.resolveCaughtUp = resolve;
      this.rejectCaughtUp = reject;
    });
    this.done = this.run().then(
      () => this.rejectCaughtUp(new Error('subscription stopped before catching up')),
      (err: Error) => {
        this.rejectCaughtUp(err);
        throw err;
      },
    );
    // Failures are observed through `done` and `caughtUp`; never leave them unhandled.
    this.done.catch(() => undefined);
    this.caughtUp.catch(() => undefined);
  }

  get isCaughtUp(): boolean {
    return this.caughtUpFlag;
  }

  /** The resume position: the last delivered event's, or the head a short read reached (see Subscription). */
  get lastPosition(): bigint | null {
    return this.after;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.pendingWait?.cancel();
    await this.done.catch(() => undefined);
  }

  private async run(): Promise<void> {
    const batchSize = this.options.batchSize ?? 500;
    const pollIntervalMs = this.options.pollIntervalMs ?? 250;
    while (!this.stopped) {
      // Arm the wake-up before reading, so an append that commits during the read is not missed.
      const wait = this.signal.wait(pollIntervalMs);
      this.pendingWait = wait;
      // The head is read before the events, never after. Readers see a prefix of the final order
      // that only grows (ADR 002), so everything up to `head` is still visible to the readAll that
      // starts after it: if that read comes back short, it returned every match up to `head`, and
      // the rest up to there is filtered out. A head read after the events could include a match
      // committed between the two reads, and resuming after it would skip that event for good.
      const head = await this.source.headPosition();
      // A stop during the first read must not start the second on a store that is closing.
      const events = this.stopped
        ? []
        : await this.source.readAll({ after: this.after, maxCount: batchSize, streamPrefixes: this.options.streamPrefixes });
      if (this.stopped) {
        wait.cancel();
        break;
      }
      if (events.length > 0) {
        await this.handler(events);
        this.after = events[events.length - 1].position;
      }
      if (events.length < batchSize) {
        if (head !== null && (this.after === null || head > this.after)) this.after = head;
        if (this.after !== null && this.options.onIdle && !this.stopped) await this.options.onIdle(this.after);
        if (!this.caughtUpFlag) {
          this.caughtUpFlag = true;
          this.resolveCaughtUp();
        }
        const notified = await wait.promise;
        // Woken by an append: let the appends arriving with it gather, so one read takes them all
        // (under load every subscriber would otherwise read once per group commit).
        const coalesceMs = this.options.coalesceMs ?? 0;
        if (notified && coalesceMs > 0 && !this.stopped) {
          const gather = this.signal.pause(coalesceMs);
          this.pendingWait = gather;
          await gather.promise;
        }
      } else {
        wait.cancel();
      }
    }
    this.pendingWait = null;
  }
}
