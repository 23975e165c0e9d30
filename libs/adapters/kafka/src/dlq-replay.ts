import { Kafka, logLevel as LogLevel } from 'kafkajs';
import { DeadLetter, readDeadLetter } from '@aftersales/eventsourcing';
import { decodeMessage } from './kafka-codec';
import { KafkaMessageBus, KafkaMessageBusOptions } from './kafka-message-bus';

export const DEFAULT_REPLAY_GROUP = 'aftersales.dlq-replay';

export interface ReplayDeadLettersOptions {
  /** The dead-letter topic to read (`<topic>.dlq`). */
  readonly dlqTopic: string;
  /** Consumer group whose committed offsets say what was replayed already (default `aftersales.dlq-replay`). */
  readonly group?: string;
  /** Read and report, publish and commit nothing. */
  readonly dryRun?: boolean;
  /** Replay at most this many dead letters. */
  readonly max?: number;
  /** Gives up when the end of the topic is not reached in this time (default 60 s). */
  readonly timeoutMs?: number;
  /** Told of every dead letter read, replayed or not. */
  readonly onLetter?: (letter: DeadLetter, replayed: boolean) => void;
}

export interface ReplayReport {
  /** Dead letters read (in a dry run: those that would be replayed). */
  readonly read: number;
  readonly replayed: number;
  /** Records on the topic that are not dead letters; passed over. */
  readonly skipped: number;
}

/**
 * Re-publishes each dead letter's original event to its original topic under its original key,
 * from the group's committed offset up to the end of the DLQ as it was when the replay started,
 * committing each record once its event is back on its topic (a crash replays at most one twice;
 * handlers are idempotent). Every consumer group of the original topic sees the event again.
 */
export async function replayDeadLetters(bus: KafkaMessageBusOptions, options: ReplayDeadLettersOptions): Promise<ReplayReport> {
  const group = options.group ?? DEFAULT_REPLAY_GROUP;
  const max = options.max ?? Number.POSITIVE_INFINITY;
  const kafka = new Kafka({ clientId: `${bus.clientId ?? 'aftersales'}-dlq-replay`, brokers: [...bus.brokers], logLevel: bus.logLevel ?? LogLevel.WARN });
  const admin = kafka.admin();
  await admin.connect();
  let ends: Map<number, bigint>;
  try {
    ends = await remainingRange(admin, options.dlqTopic, group);
  } finally {
    await admin.disconnect();
  }
  if (ends.size === 0 || max <= 0) return { read: 0, replayed: 0, skipped: 0 };

  const publisher = new KafkaMessageBus({ ...bus, clientId: `${bus.clientId ?? 'aftersales'}-dlq-replay` });
  const consumer = kafka.consumer({ groupId: group, allowAutoTopicCreation: false, maxWaitTimeInMs: 250 });
  let read = 0;
  let replayed = 0;
  let skipped = 0;
  let settle!: () => void;
  let fail!: (err: unknown) => void;
  const finished = new Promise<void>((resolve, reject) => {
    settle = resolve;
    fail = reject;
  });
  const done = () => ends.size === 0 || read >= max;
  const timer = setTimeout(() => fail(new Error(`${options.dlqTopic}: end not reached within ${options.timeoutMs ?? 60_000} ms`)), options.timeoutMs ?? 60_000);
  try {
    await consumer.connect();
    await consumer.subscribe({ topics: [options.dlqTopic], fromBeginning: true });
    await consumer.run({
      autoCommit: false,
      eachBatchAutoResolve: false,
      eachBatch: async ({ batch, resolveOffset, commitOffsetsIfNecessary }) => {
        try {
          for (const record of batch.messages) {
            const end = ends.get(batch.partition);
            if (done() || end === undefined) break;
            const offset = BigInt(record.offset);
            if (offset >= end) {
              ends.delete(batch.partition);
              break;
            }
            const letter = readDeadLetter(decodeMessage(record));
            if (letter) {
              read++;
              if (!options.dryRun) await publisher.publish(letter.originalTopic, [{ key: letter.key, event: letter.event }]);
              if (!options.dryRun) replayed++;
              options.onLetter?.(letter, !options.dryRun);
            } else {
              skipped++;
            }
            if (!options.dryRun) {
              resolveOffset(record.offset);
              await commitOffsetsIfNecessary({ topics: [{ topic: batch.topic, partitions: [{ partition: batch.partition, offset: (offset + 1n).toString() }] }] });
            }
            if (offset + 1n >= end) ends.delete(batch.partition);
          }
          if (done()) settle();
        } catch (err) {
          fail(err);
          throw err;
        }
      },
    });
    await finished;
  } finally {
    clearTimeout(timer);
    await consumer.disconnect();
    await publisher.close();
  }
  return { read, replayed, skipped };
}

/** Per partition with something left for `group` to replay: the end offset as of now. */
async function remainingRange(admin: ReturnType<Kafka['admin']>, topic: string, group: string): Promise<Map<number, bigint>> {
  const offsets = await admin.fetchTopicOffsets(topic);
  const [committed] = await admin.fetchOffsets({ groupId: group, topics: [topic] });
  const committedOf = new Map(committed?.partitions.map((p) => [p.partition, BigInt(p.offset)]) ?? []);
  const ends = new Map<number, bigint>();
  for (const { partition, high, low } of offsets) {
    const from = committedOf.get(partition) ?? -1n;
    const start = from >= 0n ? from : BigInt(low);
    if (start < BigInt(high)) ends.set(partition, BigInt(high));
  }
  return ends;
}
