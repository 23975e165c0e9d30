import { Partitioners } from 'kafkajs';
import { BusMessage } from '@aftersales/eventsourcing';
import { anEnvelope, uniquePrefix, until } from '@aftersales/eventsourcing/testing';
import { KafkaMessageBus } from './kafka-message-bus';
import { describeWithKafka, testKafkaBus } from './testing';

const PARTITIONS = 6;
const KEYS = 30;
const PER_KEY = 20;
const MARKER = 'test.Marker';

/** The partition Kafka's default (murmur2, Java-compatible) partitioner gives a key on a topic of PARTITIONS partitions. */
function partitionOf(topic: string, key: string): number {
  const partitionMetadata = Array.from({ length: PARTITIONS }, (_, partitionId) => ({ partitionId, leader: 1, replicas: [1], isr: [1], partitionErrorCode: 0 }));
  return Partitioners.DefaultPartitioner()({ topic, partitionMetadata, message: { key, value: null } });
}

/**
 * Two instances of one service: separate clients (as separate processes would have), one consumer
 * group. At-least-once means a rebalance may deliver a message twice; the service's inbox (here a
 * Set of event ids shared by both instances, as their shared database would be) makes each event
 * apply exactly once.
 */
describeWithKafka('Kafka consumer group of two service instances', (brokers) => {
  let instances: KafkaMessageBus[];
  beforeAll(() => {
    instances = [testKafkaBus(brokers, { partitions: PARTITIONS }), testKafkaBus(brokers, { partitions: PARTITIONS })];
  });
  afterAll(() => Promise.all(instances.map((b) => b.close())));

  it('applies every event exactly once through the inbox when a second instance joins mid-stream, in per-key order', async () => {
    const prefix = uniquePrefix('group');
    const topic = `${prefix}events`;
    const group = `${prefix}qa`;
    const inbox = new Set<string>();
    const deliveries: { by: number; id: string }[] = [];
    const applied: { by: number; message: BusMessage }[] = [];
    const handler = (by: number) => async (message: BusMessage) => {
      deliveries.push({ by, id: message.event.id });
      // A little work per message, so the stream is still flowing when the second instance joins.
      await new Promise((resolve) => setImmediate(resolve));
      if (inbox.has(message.event.id)) return;
      inbox.add(message.event.id);
      applied.push({ by, message });
    };

    const published: BusMessage[] = Array.from({ length: KEYS * PER_KEY }, (_, n) => {
      const key = `${prefix}complaint-${n % KEYS}`;
      return { key, event: anEnvelope({ stream: key, revision: BigInt(Math.floor(n / KEYS)), data: { n } }) };
    });
    const half = published.length / 2;

    await instances[0].consume(handler(0), { group, topics: [topic] });
    for (let from = 0; from < half; from += 50) await instances[0].publish(topic, published.slice(from, from + 50));
    await until(() => applied.length >= 50, 30_000, 'the first instance to be under way');
    // The second instance joins while the first is consuming: the group rebalances mid-stream.
    const joining = instances[1].consume(handler(1), { group, topics: [topic] });
    for (let from = half; from < published.length; from += 50) await instances[0].publish(topic, published.slice(from, from + 50));
    await joining;

    // A final marker on every partition: it lands behind everything published there, so once every
    // marker is applied, every event before it has been delivered. No sleep.
    const markers: BusMessage[] = [];
    const covered = new Set<number>();
    for (let i = 0; covered.size < PARTITIONS; i++) {
      const key = `${prefix}marker-${i}`;
      const partition = partitionOf(topic, key);
      if (covered.has(partition)) continue;
      covered.add(partition);
      markers.push({ key, event: anEnvelope({ type: MARKER, stream: key }) });
    }
    await instances[0].publish(topic, markers);
    await until(() => markers.every((m) => inbox.has(m.event.id)), 60_000, 'a marker on every partition');

    const events = applied.filter((a) => a.message.event.type !== MARKER);
    const ids = events.map((a) => a.message.event.id);
    expect(ids).toHaveLength(published.length);
    expect(new Set(ids)).toEqual(new Set(published.map((m) => m.event.id)));
    // Both instances did work: the rebalance handed partitions to the second one.
    expect(events.some((a) => a.by === 0) && events.some((a) => a.by === 1)).toBe(true);
    // Per-key order among first deliveries, across the hand-over.
    for (let k = 0; k < KEYS; k++) {
      const onKey = events.filter((a) => a.message.key === `${prefix}complaint-${k}`);
      expect(onKey.map((a) => a.message.event.revision)).toEqual(Array.from({ length: PER_KEY }, (_, i) => BigInt(i)));
    }
    // Redeliveries (at-least-once around the rebalance) are allowed; the inbox absorbed them.
    const redelivered = deliveries.length - inbox.size;
    expect(redelivered).toBeGreaterThanOrEqual(0);
  });
});
