import { spawnSync } from 'node:child_process';
import { logLevel } from 'kafkajs';
import { KafkaMessageBus, KafkaMessageBusOptions } from '../kafka-message-bus';

export const DEFAULT_KAFKA_BROKERS = '127.0.0.1:39092';

/** The brokers of KAFKA_BROKERS (comma-separated), or the local broker of `npm run infra:up`. */
export function kafkaBrokers(): string[] {
  return (process.env.KAFKA_BROKERS || DEFAULT_KAFKA_BROKERS).split(',').map((b) => b.trim()).filter(Boolean);
}

const PROBE = `
const { Kafka, logLevel } = require('kafkajs');
const admin = new Kafka({ brokers: process.argv[1].split(','), logLevel: logLevel.NOTHING,
  connectionTimeout: 2000, requestTimeout: 3000, retry: { retries: 1 } }).admin();
admin.connect().then(() => admin.listTopics()).then(() => admin.disconnect()).then(
  () => process.exit(0),
  (err) => { console.error(err && err.message ? err.message : String(err)); process.exit(1); });
`;

/**
 * Null when the brokers answer an admin request, else why not. Synchronous (a child process), so a
 * suite can decide at collection time whether it runs.
 */
export function kafkaUnavailableReason(brokers: readonly string[] = kafkaBrokers()): string | null {
  const probe = spawnSync(process.execPath, ['-e', PROBE, brokers.join(',')], { encoding: 'utf8', timeout: 15_000 });
  if (probe.status === 0) return null;
  return `no Kafka broker answers at ${brokers.join(',')} (${(probe.stderr || probe.error?.message || 'timeout').trim()})`;
}

/**
 * `describe` for suites that need a real broker (ARCHITECTURE.md "Testing layers"): skipped with a
 * loud reason when none answers, except in CI, where `.ci/run` starts one and its absence fails.
 */
export function describeWithKafka(name: string, body: (brokers: string[]) => void): void {
  const brokers = kafkaBrokers();
  const reason = kafkaUnavailableReason(brokers);
  if (reason === null) {
    describe(name, () => body(brokers));
  } else if (process.env.CI) {
    describe(name, () => {
      it('needs a Kafka broker (CI starts one with deploy/local/infra.sh up)', () => {
        throw new Error(reason);
      });
    });
  } else {
    console.warn(`SKIPPED ${name}: ${reason}. Start one with \`npm run infra:up\` or set KAFKA_BROKERS.`);
    describe.skip(name, () => body(brokers));
  }
}

/** A bus tuned for tests on the local single-node broker: quiet, quick to join and hand over. */
export function testKafkaBus(brokers: readonly string[], overrides: Partial<KafkaMessageBusOptions> = {}): KafkaMessageBus {
  return new KafkaMessageBus({
    brokers,
    clientId: 'aftersales-test',
    partitions: 3,
    replicationFactor: 1,
    logLevel: logLevel.NOTHING,
    heartbeatIntervalMs: 200,
    maxWaitTimeMs: 100,
    sessionTimeoutMs: 6_000,
    rebalanceTimeoutMs: 10_000,
    ...overrides,
  });
}
