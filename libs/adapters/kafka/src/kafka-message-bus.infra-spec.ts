import { encodeMessage, encodedSize } from '@aftersales/eventsourcing';
import { anEnvelope, describeMessageBusContract, uniquePrefix, until } from '@aftersales/eventsourcing/testing';
import { describeWithKafka, testKafkaBus } from './testing';

describeWithKafka('KafkaMessageBus', (brokers) => {
  describeMessageBusContract('kafka', async () => {
    const bus = testKafkaBus(brokers);
    // Group joins and rebalances on a real broker take hundreds of milliseconds, not microtasks.
    return { bus, teardown: () => bus.close(), deliveryTimeoutMs: 30_000 };
  });

  it('reports a consumer that kafkajs crashed without restarting (Consumer.failure, onFailure, health)', async () => {
    const bus = testKafkaBus(brokers);
    try {
      const prefix = uniquePrefix('crash');
      const topic = `${prefix}orders`;
      // Just under the publish limit: the message goes out, but its dead letter (the message plus
      // the letter's own fields) does not fit, and the consumer cannot go on past it.
      const withBlob = (n: number) => ({ key: `${prefix}k`, event: anEnvelope({ stream: `${prefix}k`, data: { blob: 'x'.repeat(n) } }) });
      const overhead = encodedSize(encodeMessage(withBlob(0)));
      const near = withBlob(900_000 - overhead - 50);
      const consumer = await bus.consume(
        async () => {
          throw new Error('poison');
        },
        { group: `${prefix}qa`, topics: [topic], maxAttempts: 1, retryBackoffMs: 1 },
      );
      const failures: Error[] = [];
      consumer.onFailure?.((err) => failures.push(err));
      expect(consumer.failure).toBeNull();
      await bus.publish(topic, [near]);
      await until(() => failures.length === 1, 30_000, 'the crash to be reported');
      expect(consumer.failure).toBe(failures[0]);
      // kafkajs wraps what crashed it; the message is ours (the dead letter is over the publish limit).
      expect(failures[0].message).toMatch(/messaging.DeadLettered.*over the 900000-byte limit/);
      expect(bus.health()).toEqual({ consumers: 1, failed: [{ group: `${prefix}qa`, error: failures[0].message }] });
      await consumer.stop();
      expect(bus.health()).toEqual({ consumers: 0, failed: [] });
    } finally {
      await bus.close();
    }
  });
});
