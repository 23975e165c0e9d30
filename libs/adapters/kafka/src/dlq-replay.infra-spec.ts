import { Kafka, KafkaMessage, logLevel } from 'kafkajs';
import { BusMessage, DEAD_LETTER_HEADERS, DeadLetter, RawDeadLetter, dlqTopic } from '@aftersales/eventsourcing';
import { anEnvelope, uniquePrefix, until } from '@aftersales/eventsourcing/testing';
import { replayDeadLetters } from './dlq-replay';
import { KafkaMessageBus } from './kafka-message-bus';
import { describeWithKafka, testKafkaBus } from './testing';

describeWithKafka('replayDeadLetters (replay-dlq CLI)', (brokers) => {
  let bus: KafkaMessageBus;
  beforeAll(() => {
    bus = testKafkaBus(brokers);
  });
  afterAll(() => bus.close());

  it('puts dead letters back on their topic once: a dry run changes nothing, --max limits, a rerun finds nothing', async () => {
    const prefix = uniquePrefix('replay');
    const topic = `${prefix}orders`;
    const messages: BusMessage[] = [0, 1, 2].map((n) => ({ key: `${prefix}case-${n}`, event: anEnvelope({ stream: `${prefix}case-${n}`, data: { n } }) }));
    const failing = await bus.consume(
      async () => {
        throw new Error('downstream unavailable');
      },
      { group: `${prefix}qa`, topics: [topic], maxAttempts: 1, retryBackoffMs: 1 },
    );
    const dead: DeadLetter[] = [];
    const watcher = await bus.consume(async (m) => void dead.push(m.event.data as DeadLetter), { group: `${prefix}watch`, topics: [dlqTopic(topic)] });
    await bus.publish(topic, messages);
    await until(() => dead.length === 3, 30_000, 'three dead letters');
    await failing.stop();
    await watcher.stop();

    const options = { dlqTopic: dlqTopic(topic), group: `${prefix}replay` };
    const seen: string[] = [];
    expect(await replayDeadLetters({ brokers, logLevel: logLevel.NOTHING }, { ...options, dryRun: true, onLetter: (l) => seen.push(l.event.id) })).toEqual({ read: 3, replayed: 0, skipped: 0 });
    expect(seen.sort()).toEqual(messages.map((m) => m.event.id).sort());

    const back: BusMessage[] = [];
    await bus.consume(async (m) => void back.push(m), { group: `${prefix}after`, topics: [topic] });
    await until(() => back.length === 3, 30_000, 'the originals');

    expect(await replayDeadLetters({ brokers, logLevel: logLevel.NOTHING }, { ...options, max: 1 })).toEqual({ read: 1, replayed: 1, skipped: 0 });
    expect(await replayDeadLetters({ brokers, logLevel: logLevel.NOTHING }, options)).toEqual({ read: 2, replayed: 2, skipped: 0 });
    expect(await replayDeadLetters({ brokers, logLevel: logLevel.NOTHING }, options)).toEqual({ read: 0, replayed: 0, skipped: 0 });

    await until(() => back.length === 6, 30_000, 'the replayed events');
    const replayed = back.slice(3);
    expect(replayed.map((m) => m.event.id).sort()).toEqual(messages.map((m) => m.event.id).sort());
    for (const m of replayed) expect(m).toEqual(messages.find((o) => o.event.id === m.event.id));
  });

  it('dead-letters an undecodable record raw before committing it, keeps consuming, and replays it byte for byte', async () => {
    const prefix = uniquePrefix('raw');
    const topic = `${prefix}orders`;
    const key = `${prefix}case-1`;
    await bus.ensureTopics([topic]);
    const kafka = new Kafka({ clientId: 'raw-test', brokers, logLevel: logLevel.NOTHING });
    const producer = kafka.producer({ allowAutoTopicCreation: false });
    await producer.connect();
    const garbage = Buffer.from([0xff, 0xfe, 0x00, 0x7b]);
    await producer.send({ topic, acks: -1, messages: [{ key, value: garbage, headers: { trace: 'abc-1' } }] });
    await producer.disconnect();
    const behind: BusMessage = { key, event: anEnvelope({ stream: key, data: { n: 1 } }) };
    await bus.publish(topic, [behind]);

    const handled: BusMessage[] = [];
    const consumer = await bus.consume(async (m) => void handled.push(m), { group: `${prefix}qa`, topics: [topic] });
    const dead: BusMessage[] = [];
    const watcher = await bus.consume(async (m) => void dead.push(m), { group: `${prefix}watch`, topics: [dlqTopic(topic)] });
    // The record behind the undecodable one on the same key (partition) is handled: nothing is blocked.
    await until(() => handled.length === 1 && dead.length === 1, 30_000, 'the message behind, and the raw dead letter');
    await consumer.stop();
    await watcher.stop();
    expect(handled[0]).toEqual(behind);
    expect(dead[0].event.type).toBe('messaging.RawDeadLettered');
    const letter = dead[0].event.data as RawDeadLetter;
    expect(letter).toMatchObject({ originalTopic: topic, originalOffset: '0', group: `${prefix}qa`, error: { code: 'MESSAGING.UNDECODABLE' } });
    expect(letter.record).toEqual({ key: Buffer.from(key).toString('base64'), value: garbage.toString('base64'), headers: { trace: 'abc-1' } });

    const raws: RawDeadLetter[] = [];
    const options = { dlqTopic: dlqTopic(topic), group: `${prefix}replay` };
    expect(await replayDeadLetters({ brokers, logLevel: logLevel.NOTHING }, { ...options, dryRun: true, onRawLetter: (l) => raws.push(l) })).toEqual({ read: 1, replayed: 0, skipped: 0 });
    expect(await replayDeadLetters({ brokers, logLevel: logLevel.NOTHING }, options)).toEqual({ read: 1, replayed: 1, skipped: 0 });
    expect(raws).toHaveLength(1);

    // Read the topic with a plain kafkajs consumer: the replayed record is the original, byte for byte.
    const records: KafkaMessage[] = [];
    const reader = kafka.consumer({ groupId: `${prefix}reader`, maxWaitTimeInMs: 100 });
    await reader.connect();
    await reader.subscribe({ topics: [topic], fromBeginning: true });
    await reader.run({ eachMessage: async ({ message }) => void records.push(message) });
    await until(() => records.length === 3, 30_000, 'original, behind and replayed');
    await reader.disconnect();
    const replayed = records[2];
    expect(replayed.key?.equals(Buffer.from(key))).toBe(true);
    expect(replayed.value?.equals(garbage)).toBe(true);
    expect(Object.keys(replayed.headers ?? {})).toEqual(['trace']);
    expect(String(replayed.headers?.trace)).toBe('abc-1');
    expect(replayed.headers?.[DEAD_LETTER_HEADERS.raw]).toBeUndefined();
  });

  it('says so clearly when the dead-letter topic does not exist', async () => {
    const missing = `${uniquePrefix('nodlq')}orders.dlq`;
    await expect(replayDeadLetters({ brokers, logLevel: logLevel.NOTHING }, { dlqTopic: missing })).rejects.toThrow(`dead-letter topic ${missing} does not exist`);
  });

  it('passes over a truncated dead letter (no data to replay) and reports it', async () => {
    const prefix = uniquePrefix('truncreplay');
    const topic = `${prefix}orders`;
    const small = testKafkaBus(brokers, { maxBatchBytes: 3_000 });
    try {
      const consumer = await small.consume(
        async () => {
          throw new Error('poison');
        },
        { group: `${prefix}qa`, topics: [topic], maxAttempts: 1, retryBackoffMs: 1 },
      );
      await small.publish(topic, [{ key: `${prefix}k`, event: anEnvelope({ stream: `${prefix}k`, data: { blob: 'x'.repeat(2_000) } }) }]);
      const truncated: string[] = [];
      const options = { dlqTopic: dlqTopic(topic), group: `${prefix}replay`, onTruncatedLetter: (l: { truncated: { reason: string } }) => truncated.push(l.truncated.reason) };
      // A dry run until the dead letter is there (its topic exists from the consume on).
      const deadline = Date.now() + 30_000;
      while ((await replayDeadLetters({ brokers, logLevel: logLevel.NOTHING }, { ...options, dryRun: true })).skipped !== 1) {
        if (Date.now() > deadline) throw new Error('timed out waiting for the truncated dead letter');
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(await replayDeadLetters({ brokers, logLevel: logLevel.NOTHING }, options)).toEqual({ read: 0, replayed: 0, skipped: 1 });
      expect(truncated.at(-1)).toMatch(/over the 3000-byte publish limit/);
      await consumer.stop();
    } finally {
      await small.close();
    }
  });
});
