import { describeMessageBusContract } from '@aftersales/eventsourcing/testing';
import { describeWithKafka, testKafkaBus } from './testing';

describeWithKafka('KafkaMessageBus', (brokers) => {
  describeMessageBusContract('kafka', async () => {
    const bus = testKafkaBus(brokers);
    // Group joins and rebalances on a real broker take hundreds of milliseconds, not microtasks.
    return { bus, teardown: () => bus.close(), deliveryTimeoutMs: 30_000 };
  });
});
