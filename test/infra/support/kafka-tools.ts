import { execFile, execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
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
