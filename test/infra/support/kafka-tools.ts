import { execFile, execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Kafka, logLevel } from 'kafkajs';
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
export async function readTopicWithKafkaJs(topic: string, options: { brokers: string | readonly string[]; timeoutMs?: number }): Promise<ConsoleRecord[]> {
  const brokers = typeof options.brokers === 'string' ? options.brokers.split(',').map((b) => b.trim()).filter(Boolean) : [...options.brokers];
  const timeoutMs = options.timeoutMs ?? 30_000;
  const kafka = new Kafka({ clientId: 'aftersales-test-reader', brokers, logLevel: logLevel.NOTHING });
  const admin = kafka.admin();
  await admin.connect();
  const groupId = `aftersales-test-reader-${randomUUID()}`;
  try {
    if (!(await admin.listTopics()).includes(topic)) return [];
    // Per partition with records: the offset reading stops at.
    const ends = new Map<number, bigint>();
    for (const { partition, high, low } of await admin.fetchTopicOffsets(topic)) if (BigInt(high) > BigInt(low)) ends.set(partition, BigInt(high));
    if (ends.size === 0) return [];

    const byPartition = new Map<number, { offset: bigint; record: ConsoleRecord }[]>();
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
                  records.push({ offset, record: { key: text(message.key), headers, value: text(message.value) } });
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
