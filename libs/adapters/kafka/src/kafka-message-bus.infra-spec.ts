import { BusMessage, dlqTopic, encodeMessage, encodedSize, readDeadLetter } from '@aftersales/eventsourcing';
import { anEnvelope, describeMessageBusContract, uniquePrefix, until } from '@aftersales/eventsourcing/testing';
import { describeWithKafka, testKafkaBus } from './testing';
import { InvalidReplicationFactorError, isTruncatedDeadLetter } from './kafka-message-bus';

describeWithKafka('KafkaMessageBus', (brokers) => {
  describeMessageBusContract('kafka', async () => {
    const bus = testKafkaBus(brokers);
    // Group joins and rebalances on a real broker take hundreds of milliseconds, not microtasks.
    return { bus, teardown: () => bus.close(), deliveryTimeoutMs: 30_000, recordCoordinates: true };
  });

  it('consumeBatches hands a fetched partition batch over at once and commits it together; a batch that throws goes message by message, its poison message to the DLQ alone', async () => {
    const bus = testKafkaBus(brokers);
    try {
      const prefix = uniquePrefix('batches');
      const topic = `${prefix}records`;
      const key = `${prefix}k`;
      // One key: one partition, in order. Published before the group joins, so one fetch holds them.
      const messages = Array.from({ length: 40 }, (_, n) => ({ key, event: anEnvelope({ stream: key, data: { n } }) }));
      await bus.publish(topic, messages);
      const batches: number[][] = [];
      const handled: number[] = [];
      const consumer = await bus.consumeBatches(
        async (batch) => {
          const ns = batch.map((m) => (m.event.data as { n: number }).n);
          batches.push(ns);
          if (ns.includes(25)) throw new Error('poison');
          handled.push(...ns);
        },
        { group: `${prefix}audit`, topics: [topic], maxAttempts: 2, retryBackoffMs: 1, maxBatch: 16 },
      );
      const dead: BusMessage[] = [];
      await bus.consume(async (m) => void dead.push(m), { group: `${prefix}dlq`, topics: [dlqTopic(topic)] });
      await until(() => handled.length === 39 && dead.length === 1, 30_000, 'every message but the poison one handled, that one dead-lettered');
      await consumer.stop();
      expect(handled).toEqual(Array.from({ length: 40 }, (_, n) => n).filter((n) => n !== 25));
      // Slices of at most 16 at once; the slice holding the poison message went again one by one.
      expect(Math.max(...batches.map((b) => b.length))).toBeGreaterThan(1);
      expect(batches.every((b) => b.length <= 16)).toBe(true);
      expect(batches.filter((b) => b.length === 1 && b[0] === 25).length).toBe(2);
      expect(readDeadLetter(dead[0])).toMatchObject({ group: `${prefix}audit`, attempts: 2, error: { message: 'poison' }, event: { id: messages[25].event.id } });
      // Everything was committed: a new member of the group gets nothing again.
      const again: number[] = [];
      const next = await bus.consumeBatches(async (batch) => void again.push(...batch.map((m) => (m.event.data as { n: number }).n)), { group: `${prefix}audit`, topics: [topic] });
      await bus.publish(topic, [{ key, event: anEnvelope({ stream: key, data: { n: 40 } }) }]);
      await until(() => again.length > 0, 30_000, 'the next message');
      await next.stop();
      expect(again).toEqual([40]);
    } finally {
      await bus.close();
    }
  });

  it('reports a consumer that kafkajs crashed without restarting (Consumer.failure, onFailure, health)', async () => {
    const bus = testKafkaBus(brokers);
    try {
      const prefix = uniquePrefix('crash');
      const topic = `${prefix}orders`;
      // A dead letter the bus cannot publish for good (a non-retriable error): kafkajs gives the
      // consumer up rather than lose the record.
      const refusal = Object.assign(new Error('dead-letter topic refused the letter'), { retriable: false });
      Object.assign(bus, { deadLetter: () => Promise.reject(refusal) });
      const consumer = await bus.consume(
        async () => {
          throw new Error('poison');
        },
        { group: `${prefix}qa`, topics: [topic], maxAttempts: 1, retryBackoffMs: 1 },
      );
      const failures: Error[] = [];
      consumer.onFailure?.((err) => failures.push(err));
      expect(consumer.failure).toBeNull();
      await bus.publish(topic, [{ key: `${prefix}k`, event: anEnvelope({ stream: `${prefix}k` }) }]);
      await until(() => failures.length === 1, 30_000, 'the crash to be reported');
      expect(consumer.failure).toBe(failures[0]);
      // kafkajs wraps what crashed it; the message is ours.
      expect(failures[0].message).toMatch(/dead-letter topic refused the letter/);
      expect(bus.health()).toEqual({ consumers: 1, failed: [{ group: `${prefix}qa`, error: failures[0].message }] });
      await consumer.stop();
      expect(bus.health()).toEqual({ consumers: 0, failed: [] });
    } finally {
      await bus.close();
    }
  });

  it('dead-letters a message whose dead letter is over the limit without its data, and goes on with the partition', async () => {
    const bus = testKafkaBus(brokers);
    try {
      const prefix = uniquePrefix('bigdead');
      const topic = `${prefix}orders`;
      // Just under the publish limit: the message goes out, but its dead letter (the message plus
      // the letter's own fields) does not fit.
      const withBlob = (n: number) => ({ key: `${prefix}k`, event: anEnvelope({ stream: `${prefix}k`, data: { blob: 'x'.repeat(n) } }) });
      const overhead = encodedSize(encodeMessage(withBlob(0)));
      const near = withBlob(900_000 - overhead - 50);
      const after = { key: `${prefix}k`, event: anEnvelope({ stream: `${prefix}k`, data: { n: 2 } }) };
      const handled: string[] = [];
      await bus.consume(
        async (m) => {
          if ((m.event.data as { blob?: string }).blob) throw new Error('poison');
          handled.push(m.event.id);
        },
        { group: `${prefix}qa`, topics: [topic], maxAttempts: 1, retryBackoffMs: 1 },
      );
      const dead: BusMessage[] = [];
      await bus.consume(async (m) => void dead.push(m), { group: `${prefix}dlq`, topics: [dlqTopic(topic)] });
      await bus.publish(topic, [near]);
      await bus.publish(topic, [after]);
      await until(() => handled.length === 1 && dead.length === 1, 30_000, 'the truncated dead letter and the next message');
      const letter = readDeadLetter(dead[0]);
      expect(letter).toMatchObject({
        originalTopic: topic,
        originalPartition: expect.any(Number),
        originalOffset: '0',
        group: `${prefix}qa`,
        key: `${prefix}k`,
        attempts: 1,
        error: { message: 'poison' },
        event: { id: near.event.id, type: near.event.type, stream: near.event.stream, data: null },
        truncated: { bytes: expect.any(Number) },
      });
      expect(letter && isTruncatedDeadLetter(letter)).toBe(true);
      expect(handled).toEqual([after.event.id]);
      expect(bus.health().failed).toEqual([]);
    } finally {
      await bus.close();
    }
  });

  it('waits out transient infrastructure errors without counting them, and heartbeats through a slow handler', async () => {
    // A session of 6 s (the broker's minimum): a handler of 8 s keeps its partition only because the bus heartbeats.
    const bus = testKafkaBus(brokers, { sessionTimeoutMs: 6_000, heartbeatIntervalMs: 300, maxTransientBackoffMs: 100 });
    try {
      const prefix = uniquePrefix('transient');
      const topic = `${prefix}orders`;
      const attempts: number[] = [];
      const outage = Object.assign(new Error('Server selection timed out after 30000 ms'), { name: 'MongoServerSelectionError' });
      await bus.consume(
        async (_m, { attempt }) => {
          attempts.push(attempt);
          if (attempt <= 8) throw outage;
          await new Promise((resolve) => setTimeout(resolve, 8_000));
        },
        { group: `${prefix}qa`, topics: [topic], maxAttempts: 2, retryBackoffMs: 10 },
      );
      const dead: BusMessage[] = [];
      await bus.consume(async (m) => void dead.push(m), { group: `${prefix}dlq`, topics: [dlqTopic(topic)] });
      const message = { key: `${prefix}k`, event: anEnvelope({ stream: `${prefix}k` }) };
      await bus.publish(topic, [message]);
      await until(() => attempts.length === 9, 30_000, 'the delivery after the outage');
      // Past the session timeout and the handler: a member that had not heartbeated would have been
      // dropped from the group, its commit refused, and the message delivered again (attempt 10).
      await new Promise((resolve) => setTimeout(resolve, 11_000));
      expect(attempts).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
      expect(dead).toEqual([]);
      expect(bus.health().failed).toEqual([]);
    } finally {
      await bus.close();
    }
  });

  it('gives up a join under way when the bus is closed, instead of waiting for it', async () => {
    const busy = testKafkaBus(brokers);
    const bus = testKafkaBus(brokers, { joinTimeoutMs: 60_000 });
    const prefix = uniquePrefix('joinclose');
    const topic = `${prefix}orders`;
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let started!: () => void;
    const inHandler = new Promise<void>((resolve) => (started = resolve));
    try {
      // A member whose handler holds its batch: a newcomer's join waits for it to rejoin.
      await busy.consume(
        async () => {
          started();
          await released;
        },
        { group: `${prefix}qa`, topics: [topic] },
      );
      await busy.publish(topic, [{ key: 'k', event: anEnvelope({ stream: 'k' }) }]);
      await inHandler;
      const outcome = bus.consume(async () => undefined, { group: `${prefix}qa`, topics: [topic] }).then(
        () => 'joined',
        (err: Error) => err.message,
      );
      await until(() => (bus as unknown as { joining: Set<unknown> }).joining.size === 1, 10_000, 'the join to begin');
      await new Promise((resolve) => setTimeout(resolve, 500));
      const closing = Date.now();
      await bus.close();
      expect(Date.now() - closing).toBeLessThan(5_000);
      expect(await outcome).toMatch(/stopped while joining/);
      expect(bus.health()).toEqual({ consumers: 0, failed: [] });
    } finally {
      release();
      await bus.close();
      await busy.close();
    }
  });

  it('publishRaw holds each record, not their sum, to the publish limit: one over it refuses them all before any is sent', async () => {
    const bus = testKafkaBus(brokers, { maxBatchBytes: 3_000 });
    try {
      const prefix = uniquePrefix('raw');
      const topic = `${prefix}orders`;
      // One key, so one partition: what arrives, arrives in the order it was sent.
      const raw = (data: Record<string, unknown>) => encodeMessage({ key: `${prefix}k`, event: anEnvelope({ stream: `${prefix}k`, data }) });
      const seen: string[] = [];
      await bus.consume(async (m) => void seen.push(m.event.id), { group: `${prefix}qa`, topics: [topic] });
      const refusedAlongside = raw({ n: 1 });
      await expect(bus.publishRaw(topic, [refusedAlongside, raw({ blob: 'x'.repeat(5_000) })])).rejects.toThrow(/over the 3000-byte publish limit/);
      // Each under the limit, together over it: publish would split them, publishRaw sends them as they are.
      const pair = [raw({ blob: 'y'.repeat(1_500) }), raw({ blob: 'z'.repeat(1_500) })];
      expect(pair.reduce((n, r) => n + encodedSize(r), 0)).toBeGreaterThan(3_000);
      await bus.publishRaw(topic, pair);
      await until(() => seen.length >= 2, 30_000, 'the pair');
      expect(seen).toEqual(pair.map((r) => r.headers.id));
    } finally {
      await bus.close();
    }
  });

  it('names the replication setting when the cluster has fewer brokers than replicas, as a non-retriable error', async () => {
    const bus = testKafkaBus(brokers, { replicationFactor: 3, replicationFactorSetting: 'KAFKA_REPLICATION_FACTOR' });
    try {
      const topic = `${uniquePrefix('rf')}orders`;
      const refused = bus.publish(topic, [{ key: 'k', event: anEnvelope({ stream: 'k' }) }]);
      await expect(refused).rejects.toBeInstanceOf(InvalidReplicationFactorError);
      await expect(refused).rejects.toMatchObject({ retriable: false, message: expect.stringContaining('set KAFKA_REPLICATION_FACTOR to at most the number of brokers') });
    } finally {
      await bus.close();
    }
  });
});
