import { BusMessage } from '@aftersales/eventsourcing';
import { anEnvelope, uniquePrefix, until } from '@aftersales/eventsourcing/testing';
import { KafkaMessageBus } from './kafka-message-bus';
import { describeWithKafka, testKafkaBus } from './testing';

/** Two instances of one service: separate clients (as separate processes would have), one consumer group. */
describeWithKafka('Kafka consumer group of two service instances', (brokers) => {
  let instances: KafkaMessageBus[];
  beforeAll(() => {
    instances = [testKafkaBus(brokers, { partitions: 6 }), testKafkaBus(brokers, { partitions: 6 })];
  });
  afterAll(() => Promise.all(instances.map((b) => b.close())));

  it('splits the partitions between the instances and processes every message exactly once', async () => {
    const prefix = uniquePrefix('group');
    const topic = `${prefix}events`;
    const handled: { by: number; message: BusMessage }[] = [];
    for (const [by, bus] of instances.entries()) {
      await bus.consume(async (message) => void handled.push({ by, message }), { group: `${prefix}qa`, topics: [topic] });
    }
    const published = Array.from({ length: 300 }, (_, n) => {
      const key = `${prefix}complaint-${n % 30}`;
      return { key, event: anEnvelope({ stream: key, revision: BigInt(Math.floor(n / 30)), data: { n } }) };
    });
    for (let from = 0; from < published.length; from += 50) await instances[0].publish(topic, published.slice(from, from + 50));

    await until(() => handled.length >= published.length, 30_000, 'every message');
    // A moment for a stray duplicate to show up.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const ids = handled.map((h) => h.message.event.id);
    expect(ids).toHaveLength(published.length);
    expect(new Set(ids).size).toBe(published.length);
    expect(handled.some((h) => h.by === 0) && handled.some((h) => h.by === 1)).toBe(true);
    for (let k = 0; k < 30; k++) {
      const onKey = handled.filter((h) => h.message.key === `${prefix}complaint-${k}`);
      expect(new Set(onKey.map((h) => h.by)).size).toBe(1);
      expect(onKey.map((h) => h.message.event.revision)).toEqual(Array.from({ length: 10 }, (_, i) => BigInt(i)));
    }
  });
});
