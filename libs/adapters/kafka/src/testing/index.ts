import { logLevel } from 'kafkajs';
import { describeWhenServersAnswer, probeInChildProcess } from '@aftersales/eventsourcing/testing';
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
  const probe = probeInChildProcess(PROBE, { args: [brokers.join(',')], timeoutMs: 15_000 });
  return probe.ok ? null : `no Kafka broker answers at ${brokers.join(',')} (${probe.reason})`;
}

/**
 * `describe` for suites that need a real broker (ARCHITECTURE.md "Testing layers"): skipped with a
 * loud reason when none answers, except in CI, where `.ci/run` starts one and its absence fails.
 */
export function describeWithKafka(name: string, body: (brokers: string[]) => void): void {
  const brokers = kafkaBrokers();
  const reason = kafkaUnavailableReason(brokers);
  describeWhenServersAnswer(reason === null ? [] : [reason], 'Start one with `npm run infra:up` or set KAFKA_BROKERS.')(name, () => body(brokers));
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
