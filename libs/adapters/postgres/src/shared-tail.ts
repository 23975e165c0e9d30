import { AppendSignal, EventEnvelope, PollingSubscriptionSource, ReadAllOptions } from '@aftersales/eventsourcing';

/**
 * The recent end of the log, read once for every subscription of the store (issue 11). On PGlite
 * every projection and relay follows the same log over the one connection; woken by the same
 * append, each read it again on its own: seven reads of the same rows per group commit. Here the
 * first subscriber that needs newer events reads them once (single flight) and the others are
 * served from memory. Only this process appends to a PGlite database and every append notifies
 * the signal, so a tail refreshed since the last notification is the whole visible log up to its
 * end. A subscriber further back than the tail (a catch-up, a rebuild) reads the store itself.
 */
export class SharedTail implements PollingSubscriptionSource {
  /** Visible events with position in (start, end], ascending, all streams. */
  private events: EventEnvelope[] = [];
  private start: bigint | null = null;
  private end: bigint | null = null;
  private notified = 0;
  private refreshedAt = -1;
  private refreshing: Promise<void> | null = null;

  constructor(
    private readonly store: PollingSubscriptionSource,
    signal: AppendSignal,
    private readonly options: { readonly maxEvents?: number; readonly pageSize?: number } = {},
  ) {
    signal.onNotify(() => this.notified++);
  }

  async headPosition(): Promise<bigint | null> {
    await this.refresh();
    return this.end;
  }

  async readAll(options: ReadAllOptions): Promise<EventEnvelope[]> {
    await this.refresh();
    const after = options.after ?? null;
    if (this.start === null || after === null || after < this.start) return this.store.readAll(options);
    const prefixes = options.streamPrefixes;
    const found: EventEnvelope[] = [];
    const limit = options.maxCount ?? Infinity;
    for (let i = this.firstAfter(after); i < this.events.length && found.length < limit; i++) {
      const event = this.events[i];
      if (!prefixes || prefixes.some((p) => event.stream.startsWith(p))) found.push(event);
    }
    return found;
  }

  /** Reads what was appended since the last refresh, once, however many subscribers ask. */
  private refresh(): Promise<void> {
    if (this.refreshedAt === this.notified) return Promise.resolve();
    this.refreshing ??= this.extend().finally(() => (this.refreshing = null));
    return this.refreshing;
  }

  private async extend(): Promise<void> {
    const seen = this.notified;
    const pageSize = this.options.pageSize ?? 1_000;
    if (this.end === null) {
      // The tail starts empty at today's head: what lies before is for the store to read (catch-up).
      const head = await this.store.headPosition();
      if (head === null) {
        this.refreshedAt = seen;
        return;
      }
      this.start = this.end = head;
    }
    for (;;) {
      // Head before events (as PollingSubscription does): a short read then covers up to the head.
      const head = await this.store.headPosition();
      const page = await this.store.readAll({ after: this.end, maxCount: pageSize });
      this.events.push(...page);
      if (page.length > 0) this.end = page[page.length - 1].position;
      if (page.length < pageSize) {
        if (head !== null && (this.end === null || head > this.end)) this.end = head;
        break;
      }
    }
    this.trim();
    this.refreshedAt = seen;
  }

  private trim(): void {
    const max = this.options.maxEvents ?? 10_000;
    if (this.events.length <= max) return;
    const dropped = this.events.splice(0, this.events.length - max);
    this.start = dropped[dropped.length - 1].position;
  }

  /** Index of the first event after `position` (binary search: positions ascend). */
  private firstAfter(position: bigint): number {
    let lo = 0;
    let hi = this.events.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.events[mid].position <= position) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
