import { BusMessage, EventRelay } from '@aftersales/eventsourcing';
import { anEvent, uniquePrefix, until } from '@aftersales/eventsourcing/testing';
import { MemoryCheckpointStore, MemoryEventStore } from '@aftersales/adapters-memory';
import { KafkaMessageBus } from '@aftersales/adapters-kafka';
import { describeWithKafka, testKafkaBus } from '@aftersales/adapters-kafka/testing';

describeWithKafka('EventRelay on Kafka', (brokers) => {
  let bus: KafkaMessageBus;
  let consumerBus: KafkaMessageBus;
  beforeAll(() => {
    bus = testKafkaBus(brokers);
    consumerBus = testKafkaBus(brokers);
  });
  afterAll(async () => {
    await bus.close();
    await consumerBus.close();
  });

  it('relays every public event of its streams to the topic once, in per-stream order, and resumes from its checkpoint', async () => {
    const prefix = uniquePrefix('relay');
    const topic = `${prefix}events`;
    const store = new MemoryEventStore();
    const checkpoints = new MemoryCheckpointStore();
    const streams = Array.from({ length: 8 }, (_, i) => `${prefix}complaint-${i}`);
    for (let n = 0; n < 40; n++) {
      await store.append(streams[n % streams.length], [anEvent('t.Registered', { n }), anEvent('t.Private', { n })], { expectedRevision: 'any' });
    }
    await store.append('other.case-1', [anEvent('t.Registered', { n: -1 })], { expectedRevision: 'any' });
    const options = {
      name: `${prefix}relay`,
      topic,
      streamPrefixes: [prefix],
      batchSize: 16,
      map: (e: { type: string; data: unknown }) => (e.type === 't.Registered' ? { type: 'public.Registered', data: e.data } : null),
    };
    const received: BusMessage[] = [];
    await consumerBus.consume(async (m) => void received.push(m), { group: `${prefix}qa`, topics: [topic] });

    const first = new EventRelay(store, checkpoints, bus, options);
    await first.start();
    await first.caughtUp();
    await first.stop();
    for (let n = 40; n < 50; n++) await store.append(streams[n % streams.length], [anEvent('t.Registered', { n })], { expectedRevision: 'any' });
    const second = new EventRelay(store, checkpoints, bus, options);
    await second.start();
    await second.caughtUp();
    await until(() => received.length >= 50, 30_000, '50 relayed events');
    await second.stop();

    const ns = received.map((m) => (m.event.data as { n: number }).n);
    expect([...ns].sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, n) => n));
    for (const stream of streams) {
      const onStream = received.filter((m) => m.key === stream).map((m) => m.event.revision);
      expect(onStream).toEqual([...onStream].sort((a, b) => (a < b ? -1 : 1)));
    }
    expect(received.every((m) => m.event.type === 'public.Registered' && m.key === m.event.stream)).toBe(true);
    await store.close();
  });

  it('gives every run its own caughtUp(), and one relay instance resumes across stop/start', async () => {
    const prefix = uniquePrefix('rerun');
    const topic = `${prefix}events`;
    const store = new MemoryEventStore();
    const relay = new EventRelay(store, new MemoryCheckpointStore(), bus, {
      name: `${prefix}relay`,
      topic,
      streamPrefixes: [prefix],
      map: (e) => ({ type: `public.${e.type}`, data: e.data }),
    });
    const received: BusMessage[] = [];
    await consumerBus.consume(async (m) => void received.push(m), { group: `${prefix}qa`, topics: [topic] });

    await store.append(`${prefix}case-1`, [anEvent('t.One', { n: 1 })], { expectedRevision: 'any' });
    const firstRun = relay.caughtUp();
    await relay.start();
    await firstRun;
    await relay.stop();
    // A new run: not resolved by the first one, resolved once this run has published the new event.
    await store.append(`${prefix}case-1`, [anEvent('t.Two', { n: 2 })], { expectedRevision: 'any' });
    const secondRun = relay.caughtUp();
    expect(secondRun).not.toBe(firstRun);
    await relay.start();
    await secondRun;
    await until(() => received.length >= 2, 30_000, 'both events');
    await relay.stop();
    expect(received.map((m) => (m.event.data as { n: number }).n)).toEqual([1, 2]);
    // A run stopped before it caught up says so instead of leaving its waiters hanging.
    const never = new EventRelay(store, new MemoryCheckpointStore(), bus, { name: `${prefix}never`, topic, streamPrefixes: [prefix], map: () => null });
    const pending = never.caughtUp();
    await never.stop();
    await expect(pending).rejects.toThrow(/stopped before catching up/);
    await store.close();
  });

  it('retries a map() that throws and reports it through onRetry, then publishes', async () => {
    const prefix = uniquePrefix('mapfail');
    const topic = `${prefix}events`;
    const store = new MemoryEventStore();
    await store.append(`${prefix}case-1`, [anEvent('t.One', { n: 1 })], { expectedRevision: 'any' });
    const retries: unknown[] = [];
    let failures = 2;
    const relay = new EventRelay(store, new MemoryCheckpointStore(), bus, {
      name: `${prefix}relay`,
      topic,
      streamPrefixes: [prefix],
      retryBackoffMs: 5,
      onRetry: (err) => retries.push(err),
      map: (e) => {
        if (failures-- > 0) throw new Error('mapping bug');
        return { type: 'public.One', data: e.data };
      },
    });
    await relay.start();
    await relay.caughtUp();
    await relay.stop();
    expect(retries.map((e) => (e as Error).message)).toEqual(['mapping bug', 'mapping bug']);
    expect(relay.published).toBe(1);
    await store.close();
  });

  it('publishes a batch over the broker request limit in chunks, and reports one event over it through onRetry', async () => {
    const prefix = uniquePrefix('big');
    const topic = `${prefix}events`;
    const store = new MemoryEventStore();
    // 500 events of ~4 KB: about 2 MB in one relay batch, twice the broker's default message.max.bytes.
    for (let n = 0; n < 500; n += 50) {
      await store.append(`${prefix}case-${n % 7}`, Array.from({ length: 50 }, (_, i) => anEvent('t.Big', { n: n + i, blob: 'y'.repeat(4_000) })), { expectedRevision: 'any' });
    }
    const received: BusMessage[] = [];
    await consumerBus.consume(async (m) => void received.push(m), { group: `${prefix}qa`, topics: [topic] });
    const retries: unknown[] = [];
    const relay = new EventRelay(store, new MemoryCheckpointStore(), bus, {
      name: `${prefix}relay`,
      topic,
      streamPrefixes: [prefix],
      batchSize: 500,
      retryBackoffMs: 5,
      maxRetryBackoffMs: 20,
      onRetry: (err) => retries.push(err),
      map: (e) => ({ type: 'public.Big', data: e.data }),
    });
    await relay.start();
    await relay.caughtUp();
    expect(retries).toEqual([]);
    await until(() => received.length >= 500, 30_000, '500 large events');

    // One event alone over the limit: never published, never skipped, reported at every attempt.
    await store.append(`${prefix}case-huge`, [anEvent('t.Big', { n: 500, blob: 'z'.repeat(1_000_000) })], { expectedRevision: 'any' });
    await until(() => retries.length >= 3, 30_000, 'the oversize event to be reported');
    await relay.stop();
    expect(retries.every((e) => (e as { code?: string }).code === 'MESSAGING.MESSAGE_TOO_LARGE')).toBe(true);
    expect(String((retries[0] as Error).message)).toMatch(/over the 900000-byte limit/);
    expect(relay.published).toBe(500);
    await store.close();
  });
});
