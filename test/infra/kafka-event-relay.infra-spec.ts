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
});
