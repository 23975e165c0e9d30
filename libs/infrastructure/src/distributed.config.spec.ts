import { ConfigError, loadConfig } from '@aftersales/platform';
import { DistributedConfig } from './distributed.config';
import { infrastructureOptions } from './create-service-app';
import { mongoUrlNamesDatabase } from './distributed-infrastructure.module';

const SECRET = 's'.repeat(32);
const BASE = { JWT_SECRET: SECRET, PG_URL: 'postgres://postgres@127.0.0.1:5432/postgres', MONGO_URL: 'mongodb://127.0.0.1:37017', KAFKA_BROKERS: '127.0.0.1:39092' };

function problems(env: NodeJS.ProcessEnv): string[] {
  try {
    loadConfig(DistributedConfig, env);
  } catch (err) {
    if (err instanceof ConfigError) return [...err.problems];
    throw err;
  }
  return [];
}

describe('DistributedConfig', () => {
  it('applies the defaults: PostgreSQL schema aftersales, 6 partitions, replication 1', () => {
    const config = loadConfig(DistributedConfig, BASE);
    expect(config).toMatchObject({ PORT: 3000, EVENT_STORE: 'postgres', PG_SCHEMA: 'aftersales', KAFKA_TOPIC_PARTITIONS: 6, KAFKA_REPLICATION_FACTOR: 1, DEADLINE_TICK_MS: 1000 });
    expect(infrastructureOptions('intake', config)).toEqual({
      service: 'intake',
      eventStore: { kind: 'postgres', url: BASE.PG_URL, schema: 'aftersales' },
      mongo: { url: BASE.MONGO_URL },
      kafka: { brokers: ['127.0.0.1:39092'], clientId: undefined, partitions: 6, replicationFactor: 1 },
    });
  });

  it('requires the secret, Mongo, Kafka and the store the deployment chose, naming each', () => {
    expect(problems({})).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^JWT_SECRET: JWT_SECRET is required/),
        expect.stringMatching(/^PG_URL: PG_URL is required when EVENT_STORE=postgres/),
        expect.stringMatching(/^MONGO_URL: /),
        expect.stringMatching(/^KAFKA_BROKERS: /),
      ]),
    );
    expect(problems({ ...BASE, JWT_SECRET: 'short' })).toEqual(['JWT_SECRET: JWT_SECRET must be at least 32 characters (value hidden)']);
    expect(problems({ ...BASE, EVENT_STORE: 'eventstoredb' })).toEqual([expect.stringMatching(/^EVENTSTORE_URL: EVENTSTORE_URL is required/)]);
    expect(problems({ ...BASE, KAFKA_BROKERS: 'localhost', KAFKA_TOPIC_PARTITIONS: '0', PG_SCHEMA: 'Bad-Name' })).toHaveLength(3);
  });

  it('takes EventStoreDB without a PostgreSQL URL, and a list of brokers', () => {
    const config = loadConfig(DistributedConfig, {
      ...BASE,
      PG_URL: undefined,
      EVENT_STORE: 'eventstoredb',
      EVENTSTORE_URL: 'esdb://127.0.0.1:2113?tls=false',
      KAFKA_BROKERS: 'k1:9092,k2:9092',
      KAFKA_CLIENT_ID: 'intake-eu-1',
    });
    expect(infrastructureOptions('intake', config)).toMatchObject({
      eventStore: { kind: 'eventstoredb', url: 'esdb://127.0.0.1:2113?tls=false' },
      kafka: { brokers: ['k1:9092', 'k2:9092'], clientId: 'intake-eu-1' },
    });
  });

  it('tells a Mongo URL that names its database from one that does not', () => {
    expect(mongoUrlNamesDatabase('mongodb://127.0.0.1:37017')).toBe(false);
    expect(mongoUrlNamesDatabase('mongodb://127.0.0.1:37017/')).toBe(false);
    expect(mongoUrlNamesDatabase('mongodb://127.0.0.1:37017/?retryWrites=false')).toBe(false);
    expect(mongoUrlNamesDatabase('mongodb://u:p@h1:1,h2:2/aftersales-intake?authSource=admin')).toBe(true);
  });
});
