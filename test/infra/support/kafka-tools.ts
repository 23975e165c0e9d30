import { execFile, execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Admin, AssignerProtocol, Kafka, logLevel } from 'kafkajs';
import { BusMessage, DeadLetter, RawDeadLetter, decodeMessage, dlqTopic, readDeadLetter, readRawDeadLetter } from '@aftersales/eventsourcing';
import { TruncatedDeadLetter, encodeMessage as encodeKafkaMessage } from '@aftersales/adapters-kafka';
import { kafkaUnavailableReason } from '@aftersales/adapters-kafka/testing';
import { REPO_ROOT } from './service-process';

const run = promisify(execFile);
const KAFKA_DIR = join(REPO_ROOT, 'deploy', 'local', 'kafka');

// Separators no header value, key or JSON value of ours contains. A header prints as `name:value`
// (the formatter's fixed separator); our header names hold no colon, so the first one splits.
const KEY_SEPARATOR = '<<K>>';
const HEADERS_SEPARATOR = '<<H>>';

/** One record as Apache Kafka's own console consumer printed it. */
export interface ConsoleRecord {
  readonly key: string;
  readonly headers: Record<string, string>;
  readonly value: string;
}

/** A record as readTopicWithKafkaJs read it: what the console consumer prints, and where it lies. */
export interface TopicRecord extends ConsoleRecord {
  readonly partition: number;
  /** The offset, as a decimal string (as Kafka gives it). */
  readonly offset: string;
}

/**
 * Reads a topic from the beginning with `deploy/local/kafka/console-consumer.sh` (the Java
 * ConsoleConsumer of the broker's own jars, a client we did not write), printing key and headers.
 * Stops after `maxMessages` records or `idleTimeoutMs` without one.
 */
export async function readTopicWithConsoleConsumer(topic: string, options: { brokers: string; maxMessages: number; idleTimeoutMs?: number }): Promise<ConsoleRecord[]> {
  const { stdout } = await run(
    'bash',
    [
      join(KAFKA_DIR, 'console-consumer.sh'),
      '--bootstrap-server', options.brokers,
      '--topic', topic,
      '--from-beginning',
      '--max-messages', String(options.maxMessages),
      '--timeout-ms', String(options.idleTimeoutMs ?? 5_000),
      '--property', 'print.key=true',
      '--property', 'print.headers=true',
      '--property', `key.separator=${KEY_SEPARATOR}`,
      '--property', `headers.separator=${HEADERS_SEPARATOR}`,
    ],
    { cwd: REPO_ROOT, maxBuffer: 256 * 1024 * 1024, timeout: 120_000 },
  );
  return stdout
    .split('\n')
    .filter((line) => line.includes(KEY_SEPARATOR))
    .map((line) => {
      const [headerPart, key, ...value] = line.split(KEY_SEPARATOR);
      const headers: Record<string, string> = {};
      if (headerPart !== 'NO_HEADERS') {
        for (const pair of headerPart.split(HEADERS_SEPARATOR)) {
          const at = pair.indexOf(':');
          headers[pair.slice(0, at)] = pair.slice(at + 1);
        }
      }
      return { key, headers, value: value.join(KEY_SEPARATOR) };
    });
}

/**
 * Reads a topic from the beginning with kafkajs, up to the high-water marks it has when the call
 * starts, and returns its records in the shape readTopicWithConsoleConsumer gives (key, headers and
 * value as UTF-8 strings), per partition in offset order. Quick enough to poll with (one throwaway
 * consumer group per call, no fixed waits; the group is deleted afterwards); a topic that does not
 * exist yet reads as empty. Keep the console consumer for one final check by a client we did not write.
 */
export async function readTopicWithKafkaJs(topic: string, options: { brokers: string | readonly string[]; timeoutMs?: number }): Promise<TopicRecord[]> {
  const timeoutMs = options.timeoutMs ?? 30_000;
  const kafka = testKafka(options.brokers, 'aftersales-test-reader');
  const admin = kafka.admin();
  await admin.connect();
  const groupId = `aftersales-test-reader-${randomUUID()}`;
  try {
    if (!(await admin.listTopics()).includes(topic)) return [];
    // Per partition with records: the offset reading stops at.
    const ends = new Map<number, bigint>();
    for (const { partition, high, low } of await topicOffsets(admin, topic, Date.now() + timeoutMs)) if (BigInt(high) > BigInt(low)) ends.set(partition, BigInt(high));
    if (ends.size === 0) return [];

    const byPartition = new Map<number, { offset: bigint; record: TopicRecord }[]>();
    const consumer = kafka.consumer({ groupId, maxWaitTimeInMs: 100, allowAutoTopicCreation: false });
    let timer: NodeJS.Timeout | undefined;
    try {
      await new Promise<void>((resolve, reject) => {
        timer = setTimeout(() => reject(new Error(`${topic}: high-water marks not reached within ${timeoutMs} ms`)), timeoutMs);
        const text = (v: Buffer | string | null | undefined) => (v === null || v === undefined ? '' : v.toString());
        consumer
          .connect()
          .then(() => consumer.subscribe({ topics: [topic], fromBeginning: true }))
          .then(() =>
            consumer.run({
              eachBatch: async ({ batch }) => {
                const end = ends.get(batch.partition);
                if (end === undefined) return;
                const records = byPartition.get(batch.partition) ?? [];
                byPartition.set(batch.partition, records);
                let reached = -1n;
                for (const message of batch.messages) {
                  const offset = BigInt(message.offset);
                  if (offset >= end) break;
                  reached = offset;
                  const headers: Record<string, string> = {};
                  for (const [name, value] of Object.entries(message.headers ?? {})) {
                    headers[name] = Array.isArray(value) ? text(value[value.length - 1]) : text(value);
                  }
                  records.push({ offset, record: { key: text(message.key), headers, value: text(message.value), partition: batch.partition, offset: message.offset } });
                }
                const last = BigInt(batch.lastOffset());
                if ((reached > last ? reached : last) + 1n >= end) ends.delete(batch.partition);
                if (ends.size === 0) resolve();
              },
            }),
          )
          .catch(reject);
      });
    } finally {
      clearTimeout(timer);
      await consumer.disconnect().catch(() => undefined);
    }
    return [...byPartition.keys()].sort((a, b) => a - b).flatMap((p) => (byPartition.get(p) ?? []).sort((a, b) => (a.offset < b.offset ? -1 : 1)).map((r) => r.record));
  } finally {
    await admin.deleteGroups([groupId]).catch(() => undefined);
    await admin.disconnect();
  }
}

/**
 * admin.fetchTopicOffsets, retried until `deadline` while a partition has no leader yet: right after
 * a broker restart (startLocalKafkaKeepingData) it answers before every partition's leadership is
 * back, and kafkajs gives up on NOT_LEADER_FOR_PARTITION at once instead of retrying it.
 */
async function topicOffsets(admin: Admin, topic: string, deadline: number): Promise<{ partition: number; high: string; low: string }[]> {
  for (;;) {
    try {
      return await admin.fetchTopicOffsets(topic);
    } catch (err) {
      if ((err as { retriable?: unknown }).retriable !== true || Date.now() > deadline) throw err;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

/** A kafkajs client for a test's own reads and writes (quiet: the services' logs are what matter). */
function testKafka(brokers: string | readonly string[], clientId: string): Kafka {
  const list = typeof brokers === 'string' ? brokers.split(',').map((b) => b.trim()).filter(Boolean) : [...brokers];
  return new Kafka({ clientId, brokers: list, logLevel: logLevel.NOTHING });
}

/** Runs `work` with a connected kafkajs admin client, disconnected afterwards. */
async function withAdmin<T>(brokers: string | readonly string[], work: (admin: Admin) => Promise<T>): Promise<T> {
  const admin = testKafka(brokers, 'aftersales-test-admin').admin();
  await admin.connect();
  try {
    return await work(admin);
  } finally {
    await admin.disconnect();
  }
}

/** A record of `<topic>.dlq`, decoded with the project's codec (libs/eventsourcing message-codec). */
export interface DeadLetterRecord {
  readonly partition: number;
  readonly offset: string;
  readonly key: string;
  /** The dead letter of a message a handler kept failing on (readDeadLetter), else null. */
  readonly letter: DeadLetter | TruncatedDeadLetter | null;
  /** The dead letter of a record that did not decode (readRawDeadLetter), else null. */
  readonly raw: RawDeadLetter | null;
}

/** Every record on the dead-letter topic of `topic` (`<topic>.dlq`) up to its high-water marks; a DLQ not created yet reads as empty. */
export async function readDeadLetters(topic: string, options: { brokers: string | readonly string[]; timeoutMs?: number }): Promise<DeadLetterRecord[]> {
  const records = await readTopicWithKafkaJs(dlqTopic(topic), options);
  return records.map((record) => {
    const raw = readRawDeadLetter(record);
    return { partition: record.partition, offset: record.offset, key: record.key, raw, letter: raw ? null : readDeadLetter(decodeMessage(record)) };
  });
}

/** The partition numbers of a topic (admin metadata). */
export async function partitionsOf(topic: string, brokers: string | readonly string[]): Promise<number[]> {
  return withAdmin(brokers, async (admin) => {
    const [metadata] = (await admin.fetchTopicMetadata({ topics: [topic] })).topics;
    return metadata.partitions.map((p) => p.partitionId).sort((a, b) => a - b);
  });
}

/**
 * Publishes, with kafkajs and the project's codec (so any bus consumer decodes it), one message to
 * every partition of `topic`, each built for its partition; resolves with where each landed.
 */
export async function publishToEveryPartition(
  topic: string,
  messageFor: (partition: number) => BusMessage,
  brokers: string | readonly string[],
): Promise<{ partition: number; offset: string; message: BusMessage }[]> {
  const partitions = await partitionsOf(topic, brokers);
  const producer = testKafka(brokers, 'aftersales-test-writer').producer({ allowAutoTopicCreation: false });
  await producer.connect();
  try {
    const landed: { partition: number; offset: string; message: BusMessage }[] = [];
    for (const partition of partitions) {
      const message = messageFor(partition);
      const [result] = await producer.send({ topic, acks: -1, messages: [{ ...encodeKafkaMessage(message), partition }] });
      landed.push({ partition, offset: result.baseOffset ?? '', message });
    }
    return landed;
  } finally {
    await producer.disconnect();
  }
}

/** A consumer group's committed offsets on a topic, by partition (the next offset it reads; partitions without a commit left out). */
export async function committedOffsets(groupId: string, topic: string, brokers: string | readonly string[]): Promise<Map<number, bigint>> {
  return withAdmin(brokers, async (admin) => {
    const [offsets] = await admin.fetchOffsets({ groupId, topics: [topic] });
    return new Map((offsets?.partitions ?? []).filter((p) => BigInt(p.offset) >= 0n).map((p) => [p.partition, BigInt(p.offset)]));
  });
}

/**
 * Commits the group's offsets at the end of each of these topics that exists, so its next member
 * starts after every record already there (another suite's, on a shared broker). The group must
 * have no member running.
 */
export async function commitOffsetsAtEnd(groupId: string, topics: readonly string[], brokers: string | readonly string[]): Promise<void> {
  await withAdmin(brokers, async (admin) => {
    const existing = new Set(await admin.listTopics());
    for (const topic of topics.filter((t) => existing.has(t))) {
      const ends = await admin.fetchTopicOffsets(topic);
      await admin.setOffsets({ groupId, topic, partitions: ends.map((p) => ({ partition: p.partition, offset: p.high })) });
    }
  });
}

/** One member of a consumer group as the broker describes it, with the partitions assigned to it per topic. */
export interface GroupMember {
  readonly memberId: string;
  readonly clientId: string;
  readonly clientHost: string;
  readonly assignment: Record<string, number[]>;
}

/** The group's state (e.g. `Stable`) and its members with their assignments (admin describeGroups). */
export async function describeGroup(groupId: string, brokers: string | readonly string[]): Promise<{ state: string; members: GroupMember[] }> {
  return withAdmin(brokers, async (admin) => {
    const { groups } = await admin.describeGroups([groupId]);
    const group = groups.find((g) => g.groupId === groupId);
    if (!group) return { state: 'Dead', members: [] };
    return {
      state: group.state,
      members: group.members.map((m) => ({
        memberId: m.memberId,
        clientId: m.clientId,
        clientHost: m.clientHost,
        assignment: m.memberAssignment.length === 0 ? {} : (AssignerProtocol.MemberAssignment.decode(m.memberAssignment)?.assignment ?? {}),
      })),
    };
  });
}

/** Stops the local broker by its PID file (deploy/local/kafka/stop.sh: TERM, then KILL after 30 s). */
export function stopLocalKafka(): void {
  execFileSync('bash', [join(KAFKA_DIR, 'stop.sh')], { cwd: REPO_ROOT, stdio: 'inherit' });
}

/** Starts the local broker again on its existing data (topics and offsets kept); returns once it answers. */
export function startLocalKafkaKeepingData(): void {
  execFileSync('bash', [join(KAFKA_DIR, 'start.sh')], { cwd: REPO_ROOT, stdio: 'inherit', env: { ...process.env, KAFKA_KEEP_DATA: '1' } });
}

/** Brings the local broker back if it does not answer (a failed test must not leave later suites without Kafka). */
export function ensureLocalKafka(brokers: string[]): void {
  if (kafkaUnavailableReason(brokers) !== null) startLocalKafkaKeepingData();
}
