import { AppendSignal, EventEnvelope, PollingSubscription, PollingSubscriptionSource, ReadAllOptions } from '@aftersales/eventsourcing';
import { anEnvelope, until } from '@aftersales/eventsourcing/testing';
import { SharedTail } from './shared-tail';

/** A log in memory that counts how often it is read. */
class CountingLog implements PollingSubscriptionSource {
  readonly events: EventEnvelope[] = [];
  reads = 0;

  append(stream: string, count: number): void {
    for (let i = 0; i < count; i++) this.events.push(anEnvelope({ stream, position: BigInt(this.events.length + 1) * 10n }));
  }

  async readAll(options: ReadAllOptions): Promise<EventEnvelope[]> {
    this.reads++;
    const after = options.after ?? 0n;
    return this.events
      .filter((e) => e.position > after && (!options.streamPrefixes || options.streamPrefixes.some((p) => e.stream.startsWith(p))))
      .slice(0, options.maxCount ?? Infinity);
  }

  async headPosition(): Promise<bigint | null> {
    return this.events.length === 0 ? null : this.events[this.events.length - 1].position;
  }
}

describe('SharedTail: one read of new events for every subscription (PGlite)', () => {
  it('delivers every new event to every subscription, filtered, with one read of the log per append', async () => {
    const log = new CountingLog();
    log.append('intake.complaint-0', 3);
    const signal = new AppendSignal();
    const tail = new SharedTail(log, signal);
    const seen = new Map<string, bigint[]>();
    const prefixes = ['intake.', 'qa.', 'intake.complaint-', 'audit.', ''];
    const subs = prefixes.map(
      (prefix) =>
        new PollingSubscription(tail, signal, async (batch) => void seen.set(prefix, [...(seen.get(prefix) ?? []), ...batch.map((e) => e.position)]), {
          streamPrefixes: prefix ? [prefix] : undefined,
          pollIntervalMs: 60_000,
        }),
    );
    await Promise.all(subs.map((s) => s.caughtUp));
    // The catch-up of the three events before the tail came from the log itself.
    expect(seen.get('intake.')).toEqual([10n, 20n, 30n]);

    const before = log.reads;
    log.append('intake.complaint-1', 2);
    log.append('qa.case-1', 1);
    signal.notify();
    await until(() => (seen.get('')?.length ?? 0) === 6 && (seen.get('qa.')?.length ?? 0) === 1, 5_000, 'the new events');
    expect(seen.get('intake.')).toEqual([10n, 20n, 30n, 40n, 50n]);
    expect(seen.get('intake.complaint-')).toEqual([10n, 20n, 30n, 40n, 50n]);
    expect(seen.get('qa.')).toEqual([60n]);
    expect(seen.get('audit.')).toBeUndefined();
    // Five subscribers woken by one append: one read of the new events (and the heads around it).
    expect(log.reads - before).toBe(1);
    await Promise.all(subs.map((s) => s.stop()));
  });

  it('sends a subscriber further back than the tail to the log, and keeps the tail bounded', async () => {
    const log = new CountingLog();
    const signal = new AppendSignal();
    const tail = new SharedTail(log, signal, { maxEvents: 4 });
    log.append('a.x', 1);
    signal.notify();
    expect(await tail.headPosition()).toBe(10n);
    log.append('a.x', 6);
    signal.notify();
    // Six new events, four kept: a reader after 20 is behind the tail and reads the log.
    const reads = log.reads;
    expect((await tail.readAll({ after: 20n })).map((e) => e.position)).toEqual([30n, 40n, 50n, 60n, 70n]);
    expect(log.reads).toBe(reads + 2);
    expect((await tail.readAll({ after: 50n, maxCount: 1 })).map((e) => e.position)).toEqual([60n]);
    expect(log.reads).toBe(reads + 2);
  });
});
