import { logLevel } from 'kafkajs';
import { BusMessage, DeadLetter, dlqTopic } from '@aftersales/eventsourcing';
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
});
