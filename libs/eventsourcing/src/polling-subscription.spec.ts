import { EventEnvelope } from './envelope';
import { ReadAllOptions } from './event-store';
import { AppendSignal, PollingSubscription, PollingSubscriptionSource } from './polling-subscription';
import { anEnvelope, until } from './testing/fixtures';

/** A log whose reads can be interleaved with appends exactly where a test needs them. */
class ScriptedLog implements PollingSubscriptionSource {
  readonly log: EventEnvelope[] = [];
  readonly signal = new AppendSignal();
  /** Runs after a readAll computed its result and before the caller gets it. */
  afterRead: (() => void) | null = null;

  append(stream: string): EventEnvelope {
    const event = anEnvelope({ stream, position: BigInt(this.log.length + 1) });
    this.log.push(event);
    this.signal.notify();
    return event;
  }

  async headPosition(): Promise<bigint | null> {
    return this.log.length === 0 ? null : BigInt(this.log.length);
  }

  async readAll(options: ReadAllOptions): Promise<EventEnvelope[]> {
    const after = options.after ?? 0n;
    const prefixes = options.streamPrefixes;
    const result = this.log
      .filter((e) => e.position > after && (!prefixes || prefixes.some((p) => e.stream.startsWith(p))))
      .slice(0, options.maxCount);
    this.afterRead?.();
    return result;
  }
}

describe('PollingSubscription', () => {
  let source: ScriptedLog;
  let subscription: PollingSubscription | null;
  const seen: EventEnvelope[] = [];

  beforeEach(() => {
    source = new ScriptedLog();
    subscription = null;
    seen.length = 0;
  });
  afterEach(async () => {
    await subscription?.stop();
  });

  const subscribe = (options: { batchSize?: number; onIdle?: (position: bigint) => Promise<void> } = {}) =>
    (subscription = new PollingSubscription(source, source.signal, async (batch) => void seen.push(...batch), {
      streamPrefixes: ['mine.'],
      pollIntervalMs: 5,
      ...options,
    }));

  it('delivers a match committed between its read and the next poll (the head is read before the events)', async () => {
    source.append('theirs.a');
    const sub = subscribe();
    await sub.caughtUp;
    const matches: EventEnvelope[] = [];
    // The append lands after a read's snapshot: a head taken after the read would cover it.
    source.afterRead = () => {
      source.afterRead = null;
      matches.push(source.append('mine.late'));
    };
    await until(() => matches.length === 1 && seen.length === 1, 5_000, 'the late match');
    expect(seen.map((e) => e.position)).toEqual(matches.map((e) => e.position));
  });

  it('moves past filtered-out events only after a short read, never past a full batch', async () => {
    for (let i = 0; i < 25; i++) {
      source.append(`mine.${i}`);
      source.append(`theirs.${i}`);
    }
    for (let i = 0; i < 10; i++) source.append(`theirs.tail-${i}`);
    const sub = subscribe({ batchSize: 10 });
    await sub.caughtUp;
    expect(seen.map((e) => e.stream)).toEqual(Array.from({ length: 25 }, (_, i) => `mine.${i}`));
    await until(() => sub.lastPosition === BigInt(source.log.length), 5_000, 'the head');
  });

  it('tells onIdle where a short read left it: past the filtered-out events, after what it delivered', async () => {
    const idle: { position: bigint; delivered: number }[] = [];
    source.append('mine.1');
    source.append('theirs.1');
    source.append('theirs.2');
    const sub = subscribe({ batchSize: 10, onIdle: async (position) => void idle.push({ position, delivered: seen.length }) });
    await sub.caughtUp;
    expect(idle[0]).toEqual({ position: 3n, delivered: 1 });

    source.append('theirs.3');
    await until(() => idle.some((i) => i.position === 4n), 5_000, 'the idle position past theirs.3');
    expect(seen.map((e) => e.stream)).toEqual(['mine.1']);
  });
});
