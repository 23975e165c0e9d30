import { Kafka, KafkaMessage, logLevel as LogLevel } from 'kafkajs';
import { DeadLetter, DEAD_LETTER_HEADERS, RawDeadLetter, readDeadLetter, readRawDeadLetter } from '@aftersales/eventsourcing';
import { decodeMessage } from './kafka-codec';
import { KafkaMessageBus, KafkaMessageBusOptions, TruncatedDeadLetter, isTruncatedDeadLetter } from './kafka-message-bus';

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
  /** Told of every raw dead letter (a record that did not decode) read, replayed or not. */
  readonly onRawLetter?: (letter: RawDeadLetter, replayed: boolean) => void;
  /**
   * Told of every truncated dead letter (TruncatedDeadLetter: too large to dead-letter whole, so
   * without the event's data). It cannot be replayed and counts as skipped.
   */
  readonly onTruncatedLetter?: (letter: TruncatedDeadLetter) => void;
}

export interface ReplayReport {
  /** Dead letters read (in a dry run: those that would be replayed). */
  readonly read: number;
  readonly replayed: number;
  /** Records on the topic that are not dead letters, and truncated dead letters (nothing to replay); passed over. */
  readonly skipped: number;
}

/**
 * Re-publishes each dead letter's original event to its original topic under its original key;
 * a raw dead letter (header `x-dead-letter-raw: true`: a record that did not decode) goes back
 * byte for byte, its original key, value and headers without the `x-dead-letter-*` ones. Reads
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
            const raw = readRawDeadLetter(record);
            const letter = raw ? null : readDeadLetterOrNull(record);
            if (raw && raw.originalTopic !== '') {
              read++;
              if (!options.dryRun) {
                await publisher.publishRaw(raw.originalTopic, [originalRecord(record)]);
                replayed++;
              }
              options.onRawLetter?.(raw, !options.dryRun);
            } else if (letter && isTruncatedDeadLetter(letter)) {
              skipped++;
              options.onTruncatedLetter?.(letter);
            } else if (letter) {
              read++;
              if (!options.dryRun) {
                await publisher.publish(letter.originalTopic, [{ key: letter.key, event: letter.event }]);
                replayed++;
              }
              options.onLetter?.(letter, !options.dryRun);
            } else {
              skipped++;
            }
            // Always resolved, so the fetch moves on (a dry run re-reading its first batch would
            // never reach the end); committed only when the replay is for real.
            resolveOffset(record.offset);
            if (!options.dryRun) {
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

function readDeadLetterOrNull(record: KafkaMessage): DeadLetter | null {
  try {
    return readDeadLetter(decodeMessage(record));
  } catch {
    return null;
  }
}

/** A raw dead letter's original record: its key and value untouched, its headers minus `x-dead-letter-*`. */
function originalRecord(record: KafkaMessage): { key: Buffer | null; value: Buffer | null; headers: Record<string, Buffer | string> } {
  const headers: Record<string, Buffer | string> = {};
  let names: string[] | null = null;
  try {
    names = JSON.parse(String(record.headers?.[DEAD_LETTER_HEADERS.originalHeaders] ?? 'null')) as string[] | null;
  } catch {
    names = null;
  }
  for (const [name, value] of Object.entries(record.headers ?? {})) {
    if (name.startsWith('x-dead-letter-') || value === undefined) continue;
    if (names && !names.includes(name)) continue;
    headers[name] = Array.isArray(value) ? value[value.length - 1] : value;
  }
  return { key: record.key, value: record.value, headers };
}

/** Per partition with something left for `group` to replay: the end offset as of now. */
async function remainingRange(admin: ReturnType<Kafka['admin']>, topic: string, group: string): Promise<Map<number, bigint>> {
  // Asked first: kafkajs reports a missing topic as an opaque "This server does not host this topic-partition".
  if (!(await admin.listTopics()).includes(topic)) {
    throw new Error(`dead-letter topic ${topic} does not exist (nothing was ever dead-lettered there, or the name is wrong: it is <topic>.dlq)`);
  }
  const offsets = await admin.fetchTopicOffsets(topic);
  const [committed] = await admin.fetchOffsets({ groupId: group, topics: [topic] });
  const committedOf = new Map(committed?.partitions.map((p) => [p.partition, BigInt(p.offset)]) ?? []);
  const ends = new Map<number, bigint>();
  for (const { partition, high, low } of offsets) {
    // No commit (-1), or one below what retention has kept (the records it pointed at are deleted): from the oldest kept.
    const from = committedOf.get(partition) ?? -1n;
    const start = from > BigInt(low) ? from : BigInt(low);
    if (start < BigInt(high)) ends.set(partition, BigInt(high));
  }
  return ends;
}
