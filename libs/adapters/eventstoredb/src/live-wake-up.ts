import { AllStreamSubscription, END, EventStoreDBClient, Filter } from '@eventstore/db-client';
import { EventStoreDbLogger } from './logger';

export interface LiveWakeUpOptions {
  /** First wait before subscribing again after the live subscription dropped (default 500 ms). */
  readonly initialBackoffMs?: number;
  /** The wait doubles per failed attempt up to this (default 30 s). */
  readonly maxBackoffMs?: number;
}

/**
 * A live subscription from the end of $all that only says "something matching was appended"
 * (`wake`). When it drops (the server restarted, the connection broke, the subscribe itself
 * failed), it subscribes again after a backoff that doubles up to `maxBackoffMs` and starts over
 * once the server confirms a subscription, and wakes the poller once on every resubscription,
 * since appends made while it was down were not announced. `stop` ends it for good. Meanwhile the
 * subscription's poll interval still finds every event: this only makes it find them sooner.
 */
export class LiveWakeUp {
  private current: AllStreamSubscription | null = null;
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;
  private failures = 0;
  /** Subscriptions made so far, the first included (for tests and logs). */
  attempts = 0;

  constructor(
    private readonly client: Pick<EventStoreDBClient, 'subscribeToAll'>,
    private readonly filter: Filter,
    private readonly wake: () => void,
    private readonly logger: EventStoreDbLogger,
    private readonly options: LiveWakeUpOptions = {},
  ) {
    this.subscribe();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const current = this.current;
    this.current = null;
    if (current) await current.unsubscribe().catch(() => undefined);
  }

  private subscribe(): void {
    this.timer = null;
    if (this.stopped) return;
    this.attempts++;
    let live: AllStreamSubscription;
    try {
      live = this.client.subscribeToAll({ fromPosition: END, filter: this.filter });
    } catch (err) {
      this.dropped(null, err);
      return;
    }
    this.current = live;
    if (this.attempts > 1) this.wake();
    live.on('confirmation', () => {
      this.failures = 0;
    });
    live.on('data', () => this.wake());
    live.on('error', (err: Error) => this.dropped(live, err));
    live.on('end', () => this.dropped(live, null));
    live.on('close', () => this.dropped(live, null));
  }

  /** The live subscription ended (an error, or the server closed it): schedule the next one once. */
  private dropped(live: AllStreamSubscription | null, err: unknown): void {
    if (live !== null && live !== this.current) return;
    this.current = null;
    if (live) {
      live.removeAllListeners('data');
      // Late errors of the dead subscription must not become unhandled 'error' events.
      live.on('error', () => undefined);
      live.unsubscribe().catch(() => undefined);
    }
    if (this.stopped) return;
    const initial = this.options.initialBackoffMs ?? 500;
    const max = this.options.maxBackoffMs ?? 30_000;
    const delay = Math.min(max, initial * 2 ** Math.min(this.failures, 30));
    this.failures++;
    this.logger.warn(
      { err: err === null ? undefined : String(err instanceof Error ? err.message : err), retryInMs: delay, attempt: this.attempts },
      'live $all subscription dropped; polling until it is back',
    );
    this.timer = setTimeout(() => this.subscribe(), delay);
    this.timer.unref?.();
  }
}
