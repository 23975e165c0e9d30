import { DomainError } from '../errors';
import { BusMessage, Consumer, ConsumerOptions, DeadLetter, DeliveryContext, MessageBus, MessageHandler, dlqTopic } from '../message-bus';
import { anEnvelope, openForSuite, uniquePrefix, until } from './fixtures';

export interface MessageBusFixture {
  bus: MessageBus;
  /** Closes what the fixture opened. */
  teardown(): Promise<void>;
  /** How long to wait for a delivery (default 10 s); a real broker needs room for group joins. */
  deliveryTimeoutMs?: number;
  /** The bus has partitions and offsets (Kafka): its dead letters must say where the record was. */
  recordCoordinates?: boolean;
}

/** One handler invocation, as the tests observe it. */
interface Seen {
  readonly by: string;
  readonly topic: string;
  readonly attempt: number;
  readonly message: BusMessage;
  readonly at: number;
  ok: boolean;
}

const MARKER = 'test.Marker';

/** A message on `key` (the stream id, as relays key them) carrying its per-key sequence number. */
function message(key: string, seq: number, type = 'test.Happened'): BusMessage {
  return {
    key,
    event: anEnvelope({ type, stream: key, revision: BigInt(seq), position: BigInt(seq + 1), data: { key, seq } }),
  };
}

/** `perKey` messages for each key, interleaved across keys the way a relay publishes a busy log. */
function batch(keys: readonly string[], from: number, perKey: number): BusMessage[] {
  const out: BusMessage[] = [];
  for (let seq = from; seq < from + perKey; seq++) for (const key of keys) out.push(message(key, seq));
  return out;
}

const seqOf = (m: BusMessage) => (m.event.data as { seq: number }).seq;
const idsOf = (ms: readonly BusMessage[]) => ms.map((m) => m.event.id);
const isMarker = (s: Seen) => s.message.event.type === MARKER;
/** Successful handlings of real (non-marker) messages, in the order they completed. */
const handled = (log: readonly Seen[]) => log.filter((s) => s.ok && !isMarker(s));

/** Hands control back to the event loop a few times, so handlers interleave as real I/O would. */
async function yieldTurns(turns: number): Promise<void> {
  for (let i = 0; i < turns; i++) await new Promise((resolve) => setImmediate(resolve));
}

/**
 * The MessageBus contract (ARCHITECTURE.md "Testing layers" 2, semantics from "Delivery"): the
 * in-process bus and Kafka must behave alike, so that what passes standalone holds distributed.
 *
 * What the suite relies on beyond the port's types:
 * - a group without committed offsets starts at the beginning of its topics;
 * - `consume()` resolves once the consumer takes part in its group (Kafka: after the group join),
 *   so consumers started before a publish see a stable group and split without duplicates;
 * - `stop()` is idempotent, waits for the handler in flight and cuts a retry backoff short; from
 *   the moment it is called, a failing message is left for the group's next consumer, not
 *   dead-lettered (a shutdown is not a poison message);
 * - a dead letter travels on `<topic>.dlq` under the original key, as a `messaging.DeadLettered`
 *   envelope whose `data` is the DeadLetter;
 * - messages go through the port's codec (message-codec.ts): `data` arrives as its JSON round trip,
 *   revision and position as bigint; one message over the publish limit (900 KB encoded by
 *   default) is refused, and a publish larger than the limit in total is split, not refused.
 *
 * Each test uses fresh topic and group names, so adapters may share a broker. Negative checks
 * ("nothing was dead-lettered") need no sleep: a marker published on the same key lands on the
 * same partition behind anything earlier, so once the marker arrives the earlier messages have.
 */
export function describeMessageBusContract(adapter: string, setup: () => Promise<MessageBusFixture>): void {
  describe(`MessageBus contract: ${adapter}`, () => {
    const fixture = openForSuite(setup);
    let bus: MessageBus;
    let prefix: string;
    let within: number;
    let started: Consumer[];

    beforeAll(() => {
      bus = fixture().bus;
      within = fixture().deliveryTimeoutMs ?? 10_000;
    });
    beforeEach(() => {
      prefix = uniquePrefix('bus');
      started = [];
    });
    afterEach(async () => {
      await Promise.all(started.map((c) => c.stop()));
    });

    const topic = (label: string) => `${prefix}${label}`;
    const group = (label: string) => `${prefix}group-${label}`;
    const keys = (n: number) => Array.from({ length: n }, (_, i) => `${prefix}case-${i}`);

    async function consume(handler: MessageHandler, options: ConsumerOptions): Promise<Consumer> {
      const consumer = await bus.consume(handler, options);
      started.push(consumer);
      return consumer;
    }

    /** A handler that records every invocation in `log` and then does what `behaviour` says. */
    function track(
      log: Seen[],
      by: string,
      behaviour: (message: BusMessage, context: DeliveryContext) => void | Promise<void> = () => undefined,
    ): MessageHandler {
      return async (message, context) => {
        const seen: Seen = { by, topic: context.topic, attempt: context.attempt, message, at: performance.now(), ok: false };
        log.push(seen);
        if (!isMarker(seen)) await behaviour(message, context);
        seen.ok = true;
      };
    }

    /** Publishes a marker per key and waits until every log has handled all of them. */
    async function drain(onTopic: string, onKeys: readonly string[], logs: readonly Seen[][]): Promise<void> {
      const markers = onKeys.map((key) => message(key, -1, MARKER));
      await bus.publish(onTopic, markers);
      const wanted = new Set(idsOf(markers));
      // Distinct markers: a rebalance may redeliver the record in hand (a marker too), and a
      // repeated marker must not stand in for one not handled yet.
      await until(
        () => logs.every((log) => new Set(log.filter((s) => s.ok && wanted.has(s.message.event.id)).map((s) => s.message.event.id)).size >= wanted.size),
        within,
        `markers on ${onTopic}`,
      );
    }

    /** Consumes `<topic>.dlq` in a fresh group up to a marker on `key`: everything dead-lettered before it on that key. */
    async function deadLettersOn(onTopic: string, key: string, label: string): Promise<BusMessage[]> {
      const log: Seen[] = [];
      await consume(track(log, label), { group: group(label), topics: [dlqTopic(onTopic)] });
      await drain(dlqTopic(onTopic), [key], [log]);
      return handled(log)
        .filter((s) => s.message.key === key)
        .map((s) => s.message);
    }

    it('delivers every message to every consumer group once, a new group starting at the beginning', async () => {
      const orders = topic('orders');
      const ks = keys(3);
      const early = batch(ks, 0, 4);
      await bus.publish(orders, early);
      const a: Seen[] = [];
      const b: Seen[] = [];
      await consume(track(a, 'a'), { group: group('a'), topics: [orders] });
      await consume(track(b, 'b'), { group: group('b'), topics: [orders] });
      const late = batch(ks, 4, 4);
      await bus.publish(orders, late);

      await drain(orders, ks, [a, b]);
      const expected = idsOf([...early, ...late]).sort();
      for (const log of [a, b]) {
        expect(idsOf(handled(log).map((s) => s.message)).sort()).toEqual(expected);
        expect(log.every((s) => s.attempt === 1 && s.topic === orders)).toBe(true);
      }
    });

    it('lets one consumer follow several topics and tells the handler which topic a message came from', async () => {
      const first = topic('first');
      const second = topic('second');
      const [k] = keys(1);
      const onFirst = batch([k], 0, 2);
      const onSecond = batch([k], 0, 3);
      await bus.publish(first, onFirst);
      await bus.publish(second, onSecond);
      const log: Seen[] = [];
      await consume(track(log, 'both'), { group: group('both'), topics: [first, second] });

      await drain(first, [k], [log]);
      await drain(second, [k], [log]);
      const idsFrom = (t: string) => idsOf(handled(log).filter((s) => s.topic === t).map((s) => s.message));
      expect(idsFrom(first)).toEqual(idsOf(onFirst));
      expect(idsFrom(second)).toEqual(idsOf(onSecond));
    });

    it("splits a group's work by key between its consumers, each message handled by exactly one", async () => {
      const work = topic('work');
      const ks = keys(24);
      const log: Seen[] = [];
      await consume(track(log, 'c1'), { group: group('workers'), topics: [work] });
      await consume(track(log, 'c2'), { group: group('workers'), topics: [work] });
      const published = batch(ks, 0, 3);
      await bus.publish(work, published);

      await drain(work, ks, [log]);
      const done = handled(log);
      expect(idsOf(done.map((s) => s.message)).sort()).toEqual(idsOf(published).sort());
      expect(done.filter((s) => s.by === 'c1').length).toBeGreaterThan(0);
      expect(done.filter((s) => s.by === 'c2').length).toBeGreaterThan(0);
      // A key lives on one partition and a partition on one consumer of a stable group.
      for (const key of ks) {
        expect(new Set(done.filter((s) => s.message.key === key).map((s) => s.by)).size).toBe(1);
      }
    });

    it('preserves per-key order while handlers of different keys interleave', async () => {
      const ordered = topic('ordered');
      const ks = keys(6);
      const log: Seen[] = [];
      // Different keys take different numbers of turns, so only per-partition sequencing keeps order.
      const slowly = (m: BusMessage) => yieldTurns((seqOf(m) * 7 + m.key.length) % 4);
      await consume(track(log, 'c1', slowly), { group: group('ordered'), topics: [ordered] });
      await consume(track(log, 'c2', slowly), { group: group('ordered'), topics: [ordered] });
      for (let from = 0; from < 20; from += 5) await bus.publish(ordered, batch(ks, from, 5));

      await drain(ordered, ks, [log]);
      for (const key of ks) {
        const seqs = handled(log)
          .filter((s) => s.message.key === key)
          .map((s) => seqOf(s.message));
        expect(seqs).toEqual(Array.from({ length: 20 }, (_, i) => i));
      }
    });

    it('retries a failing handler with a rising attempt number and a doubling backoff, holding back its key', async () => {
      const flaky = topic('flaky');
      const [k] = keys(1);
      const log: Seen[] = [];
      const backoff = 20;
      await consume(
        track(log, 'c', (m, context) => {
          if (seqOf(m) === 0 && context.attempt < 3) throw new Error(`transient failure ${context.attempt}`);
        }),
        { group: group('flaky'), topics: [flaky], maxAttempts: 5, retryBackoffMs: backoff },
      );
      const [first, second] = batch([k], 0, 2);
      await bus.publish(flaky, [first, second]);

      await until(() => handled(log).length === 2, within, 'both messages handled');
      const tries = log.filter((s) => s.message.event.id === first.event.id);
      expect(tries.map((s) => [s.attempt, s.ok])).toEqual([
        [1, false],
        [2, false],
        [3, true],
      ]);
      // Lower bounds only: timers never fire early by more than their millisecond rounding.
      expect(tries[1].at - tries[0].at).toBeGreaterThanOrEqual(backoff - 2);
      expect(tries[2].at - tries[1].at).toBeGreaterThanOrEqual(2 * backoff - 2);
      expect(idsOf(handled(log).map((s) => s.message))).toEqual(idsOf([first, second]));
      expect(log.find((s) => s.message.event.id === second.event.id)?.attempt).toBe(1);
      expect(await deadLettersOn(flaky, k, 'flaky-dlq')).toEqual([]);
    });

    it('dead-letters a message after maxAttempts with its coordinates and error, and delivers the messages behind it', async () => {
      const orders = topic('orders');
      const [k, other] = keys(2);
      const log: Seen[] = [];
      await consume(
        track(log, 'c', (m) => {
          if (m.key === k && seqOf(m) === 0) throw new DomainError('TEST.POISONED', 'cannot digest seq 0');
        }),
        { group: group('orders'), topics: [orders], maxAttempts: 3, retryBackoffMs: 1 },
      );
      const poison = message(k, 0);
      const behind = [message(k, 1), message(other, 0), message(k, 2), message(k, 3)];
      await bus.publish(orders, [poison, ...behind]);

      await drain(orders, [k, other], [log]);
      expect(log.filter((s) => s.message.event.id === poison.event.id).map((s) => [s.attempt, s.ok])).toEqual([
        [1, false],
        [2, false],
        [3, false],
      ]);
      expect(idsOf(handled(log).map((s) => s.message)).sort()).toEqual(idsOf(behind).sort());
      const onK = handled(log).filter((s) => s.message.key === k);
      expect(onK.map((s) => seqOf(s.message))).toEqual([1, 2, 3]);

      const dead = await deadLettersOn(orders, k, 'orders-dlq');
      expect(dead).toHaveLength(1);
      expect(dead[0].key).toBe(k);
      expect(dead[0].event.type).toBe('messaging.DeadLettered');
      const letter = dead[0].event.data as DeadLetter;
      // A bus with partitions and offsets (Kafka) says where the record was; one without leaves both out.
      const coordinates = fixture().recordCoordinates ? { originalPartition: expect.any(Number), originalOffset: expect.stringMatching(/^\d+$/) } : {};
      expect(letter).toEqual<DeadLetter>({
        originalTopic: orders,
        ...coordinates,
        group: group('orders'),
        key: k,
        event: poison.event,
        error: { message: 'cannot digest seq 0', code: 'TEST.POISONED' },
        attempts: 3,
        failedAt: expect.any(String),
      });
      expect(new Date(letter.failedAt).toISOString()).toBe(letter.failedAt);
    });

    it('dead-letters a permanent failure (the message itself is wrong) at its first delivery, with the code and details', async () => {
      const orders = topic('permanent');
      const [k] = keys(1);
      const details = { problems: [{ path: '/seq', message: 'must be string' }] };
      const log: Seen[] = [];
      await consume(
        track(log, 'c', (m) => {
          if (seqOf(m) === 0) throw Object.assign(new DomainError('CONTRACT.SCHEMA_VIOLATION', 'breaks its contract', details), { permanent: true });
        }),
        { group: group('permanent'), topics: [orders], maxAttempts: 5, retryBackoffMs: 1 },
      );
      const wrong = message(k, 0);
      await bus.publish(orders, [wrong, message(k, 1)]);

      await drain(orders, [k], [log]);
      expect(log.filter((s) => s.message.event.id === wrong.event.id).map((s) => [s.attempt, s.ok])).toEqual([[1, false]]);
      expect(handled(log).map((s) => seqOf(s.message))).toEqual([1]);
      const dead = await deadLettersOn(orders, k, 'permanent-dlq');
      expect(dead.map((d) => d.event.data as DeadLetter)).toEqual([
        expect.objectContaining({ event: wrong.event, attempts: 1, error: { message: 'breaks its contract', code: 'CONTRACT.SCHEMA_VIOLATION', details } }),
      ]);
    });

    it('consumes the dead-letter topic like any topic, so a dead letter can be replayed to where it came from', async () => {
      const orders = topic('replayed');
      const [k] = keys(1);
      let downstreamUp = false;
      const log: Seen[] = [];
      await consume(
        track(log, 'c', () => {
          if (!downstreamUp) throw new Error('downstream unavailable');
        }),
        { group: group('orders'), topics: [orders], maxAttempts: 1, retryBackoffMs: 1 },
      );
      // The replay tool: read the DLQ like any topic, put the original back on its topic.
      await consume(
        async (dead) => {
          const letter = dead.event.data as DeadLetter;
          downstreamUp = true;
          await bus.publish(letter.originalTopic, [{ key: letter.key, event: letter.event }]);
        },
        { group: group('replay'), topics: [dlqTopic(orders)] },
      );
      const original = message(k, 0);
      await bus.publish(orders, [original]);

      await until(() => handled(log).length === 1, within, 'the replayed message');
      expect(log.map((s) => [s.message.event.id, s.attempt, s.ok])).toEqual([
        [original.event.id, 1, false],
        [original.event.id, 1, true],
      ]);
      expect(handled(log)[0].message).toEqual(original);
    });

    it('moves the partitions of a consumer that stops to the rest of its group', async () => {
      const work = topic('work');
      const ks = keys(8);
      const log: Seen[] = [];
      await consume(track(log, 'stays'), { group: group('workers'), topics: [work] });
      const leaving = await consume(track(log, 'leaves'), { group: group('workers'), topics: [work] });
      await bus.publish(work, batch(ks, 0, 2));
      await drain(work, ks, [log]);
      await leaving.stop();

      const after = batch(ks, 2, 2);
      const seenBefore = log.length;
      await bus.publish(work, after);
      await drain(work, ks, [log]);
      const later = log.slice(seenBefore);
      expect(later.every((s) => s.by === 'stays')).toBe(true);
      // Every message after the move, by the member that stayed. The group's rebalance may have cut
      // a handler short and redelivered that one record (at least once), so distinct ids are compared.
      expect([...new Set(idsOf(handled(later).map((s) => s.message)))].sort()).toEqual(idsOf(after).sort());
    });

    it('delivers data as its JSON round trip (bigint and Date as strings, undefined dropped) and revision/position as bigint', async () => {
      const typed = topic('typed');
      const [k] = keys(1);
      const when = new Date('2026-03-02T08:30:00.000Z');
      const data = {
        amount: 12345678901234567890n,
        nested: { when, gone: undefined, list: [1, undefined, 2n, { at: when, deep: { n: -7n, none: undefined } }] },
        kept: null,
        text: 'ünïcödé',
      };
      const published: BusMessage = {
        key: k,
        event: anEnvelope({ type: 'test.Typed', stream: k, revision: 9_007_199_254_740_993n, position: 18_014_398_509_481_985n, data }),
      };
      const log: Seen[] = [];
      await consume(track(log, 'typed'), { group: group('typed'), topics: [typed] });
      await bus.publish(typed, [published]);
      await drain(typed, [k], [log]);

      const [got] = handled(log).map((s) => s.message);
      expect(got.key).toBe(k);
      expect(got.event.data).toStrictEqual({
        amount: '12345678901234567890',
        nested: { when: '2026-03-02T08:30:00.000Z', list: [1, null, '2', { at: '2026-03-02T08:30:00.000Z', deep: { n: '-7' } }] },
        kept: null,
        text: 'ünïcödé',
      });
      expect(got.event.revision).toBe(9_007_199_254_740_993n);
      expect(got.event.position).toBe(18_014_398_509_481_985n);
      expect({ ...got.event, data: null }).toEqual({ ...published.event, data: null });
      // The publisher's objects are not changed by the trip.
      expect(data.nested.when).toBeInstanceOf(Date);
      expect(data.amount).toBe(12345678901234567890n);
    });

    it('ADR 016: carries the sender\'s trace context as traceparent/tracestate next to the envelope\'s own, and a message without one without it', async () => {
      const traced = topic('traced');
      const [k] = keys(1);
      const appended = { traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01' };
      const sent = { traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-b7ad6b7169203331-01', tracestate: 'congo=t61rcWkgMzE' };
      const published: BusMessage[] = [
        { key: k, event: anEnvelope({ type: 'test.Traced', stream: k, traceContext: appended }), traceContext: sent },
        { key: k, event: anEnvelope({ type: 'test.Untraced', stream: k }) },
      ];
      const log: Seen[] = [];
      await consume(track(log, 'traced'), { group: group('traced'), topics: [traced] });
      await bus.publish(traced, published);
      await drain(traced, [k], [log]);

      const [first, second] = handled(log).map((s) => s.message);
      expect(first.traceContext).toEqual(sent);
      expect(first.event.traceContext).toEqual(appended);
      expect(second).not.toHaveProperty('traceContext');
      expect(second.event).not.toHaveProperty('traceContext');
    });

    it('refuses one message over the publish limit with MESSAGING.MESSAGE_TOO_LARGE, and splits a publish that is only large in total', async () => {
      const sized = topic('sized');
      const [k] = keys(1);
      const huge = message(k, 0);
      const tooLarge: BusMessage = { key: k, event: { ...huge.event, data: { blob: 'x'.repeat(1_000_000) } } };
      await expect(bus.publish(sized, [message(k, 1), tooLarge])).rejects.toMatchObject({ code: 'MESSAGING.MESSAGE_TOO_LARGE' });

      // Three of 400 KB: over a broker's default 1 MiB in one request, fine one or two at a time.
      const large = [0, 1, 2].map((seq) => {
        const m = message(k, seq);
        return { key: k, event: { ...m.event, data: { seq, blob: String(seq).repeat(400_000) } } };
      });
      const log: Seen[] = [];
      await consume(track(log, 'sized'), { group: group('sized'), topics: [sized] });
      await bus.publish(sized, large);
      await drain(sized, [k], [log]);
      // Nothing of the refused publish went out; the split one arrived whole and in order.
      expect(idsOf(handled(log).map((s) => s.message))).toEqual(idsOf(large));
      expect(handled(log).map((s) => (s.message.event.data as { blob: string }).blob.length)).toEqual([400_000, 400_000, 400_000]);
    });

    it('lets a new consumer resume a group without losing what was published while none ran', async () => {
      const work = topic('resume');
      const ks = keys(4);
      const firstLog: Seen[] = [];
      const first = await consume(track(firstLog, 'first'), { group: group('resume'), topics: [work] });
      const before = batch(ks, 0, 3);
      await bus.publish(work, before);
      await drain(work, ks, [firstLog]);
      await first.stop();
      const handledByFirst = firstLog.length;

      const meanwhile = batch(ks, 3, 3);
      await bus.publish(work, meanwhile);
      const secondLog: Seen[] = [];
      await consume(track(secondLog, 'second'), { group: group('resume'), topics: [work] });
      await drain(work, ks, [secondLog]);

      // The second consumer must not miss what arrived while the group had no consumer, and a clean
      // stop() committed everything the first one handled: none of it is delivered again.
      const bySecond = new Set(idsOf(handled(secondLog).map((s) => s.message)));
      expect(idsOf(meanwhile).filter((id) => !bySecond.has(id))).toEqual([]);
      expect(idsOf(before).filter((id) => bySecond.has(id))).toEqual([]);
      expect(firstLog).toHaveLength(handledByFirst);
    });

    it('waits in stop() for the handler in flight', async () => {
      const work = topic('in-flight');
      const [k] = keys(1);
      let running = false;
      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      const consumer = await consume(
        async () => {
          running = true;
          await gate;
          running = false;
        },
        { group: group('in-flight'), topics: [work] },
      );
      await bus.publish(work, [message(k, 0)]);
      await until(() => running, within, 'the handler to start');

      const stopping = consumer.stop();
      // Still pending while the handler runs: raced against a promise that resolves later (after a
      // few event-loop turns, by which time a stop that does not wait would have settled).
      const first = await Promise.race([stopping.then(() => 'stopped' as const), yieldTurns(20).then(() => 'pending' as const)]);
      expect(first).toBe('pending');
      expect(running).toBe(true);
      release();
      await stopping;
      expect(running).toBe(false);
    });

    it('cuts a retry backoff short on stop and leaves the message to the next consumer, not to the DLQ', async () => {
      const work = topic('backoff');
      const [k] = keys(1);
      const failingLog: Seen[] = [];
      const failing = await consume(
        track(failingLog, 'failing', () => {
          throw new Error('dependency down');
        }),
        { group: group('backoff'), topics: [work], maxAttempts: 1_000, retryBackoffMs: 60_000 },
      );
      const stuck = message(k, 0);
      await bus.publish(work, [stuck]);
      await until(() => failingLog.length === 1, within, 'the first attempt');
      // Without the cut this waits a minute and the test times out.
      await failing.stop();
      expect(failingLog).toHaveLength(1);

      const healthyLog: Seen[] = [];
      await consume(track(healthyLog, 'healthy'), { group: group('backoff'), topics: [work] });
      await until(() => handled(healthyLog).some((s) => s.message.event.id === stuck.event.id), within, 'redelivery');
      expect(await deadLettersOn(work, k, 'backoff-dlq')).toEqual([]);
    });

    it('neither dead-letters nor loses a message whose handler fails because its consumer is stopping', async () => {
      const work = topic('shutdown');
      const [k] = keys(1);
      let dropConnection!: (err: Error) => void;
      const connection = new Promise<void>((_, reject) => (dropConnection = reject));
      connection.catch(() => undefined);
      const failingLog: Seen[] = [];
      const failing = await consume(
        track(failingLog, 'failing', () => connection),
        // One attempt: any failure outside a shutdown would be dead-lettered at once.
        { group: group('shutdown'), topics: [work], maxAttempts: 1, retryBackoffMs: 1 },
      );
      const stuck = message(k, 0);
      await bus.publish(work, [stuck]);
      await until(() => failingLog.length === 1, within, 'the handler to start');

      // From the moment stop() is called, a failure counts as part of the shutdown.
      const stopping = failing.stop();
      dropConnection(new Error('connection closed by shutdown'));
      await stopping;

      const healthyLog: Seen[] = [];
      await consume(track(healthyLog, 'healthy'), { group: group('shutdown'), topics: [work] });
      await until(() => handled(healthyLog).some((s) => s.message.event.id === stuck.event.id), within, 'redelivery');
      expect(failingLog).toHaveLength(1);
      expect(await deadLettersOn(work, k, 'shutdown-dlq')).toEqual([]);
    });
  });
}
