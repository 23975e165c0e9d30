import { ConfigError, loadConfig } from '@aftersales/platform';
import { DistributedConfig, mongoDatabaseOf } from './distributed.config';
import { describeStartupFailure, infrastructureOptions } from './create-service-app';
import { StartupConnectionError, mongoUrlNamesDatabase, redactUrl } from './distributed-infrastructure.module';

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
      readModels: { kind: 'mongo', url: BASE.MONGO_URL },
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

  it('needs no JWT_SECRET when tokens are an OIDC issuer\'s (AUTH_ISSUER)', () => {
    expect(problems({ ...BASE, JWT_SECRET: undefined, AUTH_ISSUER: 'https://sso.example.com/realms/acme' })).toEqual([]);
  });

  it('puts the read models on PostgreSQL with READ_MODELS=postgres: PG_URL required, MONGO_URL not, a schema of the service\'s own', () => {
    const { MONGO_URL: _mongo, ...withoutMongo } = BASE;
    const config = loadConfig(DistributedConfig, { ...withoutMongo, READ_MODELS: 'postgres' });
    expect(infrastructureOptions('qa', config).readModels).toEqual({ kind: 'postgres', url: BASE.PG_URL, schema: 'qa_read_models' });
    expect(infrastructureOptions('qa', loadConfig(DistributedConfig, { ...withoutMongo, READ_MODELS: 'postgres', READ_MODELS_SCHEMA: 'qa_views' })).readModels).toMatchObject({
      schema: 'qa_views',
    });
    const { PG_URL: _pg, ...withoutPg } = withoutMongo;
    expect(() => loadConfig(DistributedConfig, { ...withoutPg, EVENT_STORE: 'eventstoredb', EVENTSTORE_URL: 'esdb://127.0.0.1:2113?tls=false', READ_MODELS: 'postgres' })).toThrow(/PG_URL is required when EVENT_STORE=postgres or READ_MODELS=postgres/);
    expect(() => loadConfig(DistributedConfig, withoutMongo)).toThrow(/MONGO_URL is required/);
    expect(() => loadConfig(DistributedConfig, { ...BASE, READ_MODELS: 'sqlite' })).toThrow(/READ_MODELS must be mongo or postgres/);
    expect(() => loadConfig(DistributedConfig, { ...BASE, READ_MODELS: 'postgres', READ_MODELS_SCHEMA: 'Bad-Name' })).toThrow(/READ_MODELS_SCHEMA/);
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

  it('refuses broker ports outside 1-65535, naming KAFKA_BROKERS', () => {
    for (const brokers of ['k1:0', 'k1:9092,k2:65536', 'k1:99999']) {
      expect(problems({ ...BASE, KAFKA_BROKERS: brokers })).toEqual([`KAFKA_BROKERS: KAFKA_BROKERS needs a port from 1 to 65535 for every broker (got ${JSON.stringify(brokers)})`]);
    }
    expect(problems({ ...BASE, KAFKA_BROKERS: 'k1:1,k2:65535,[::1]:9092' })).toEqual([]);
  });

  it('refuses a Mongo database name that MongoDB would refuse, hiding the password', () => {
    const refused = {
      'mongodb://h:1/a.b': /may not contain/,
      'mongodb://h:1/a$b': /may not contain/,
      'mongodb://h:1/a%20b?authSource=admin': /may not contain/,
      'mongodb://u:secret@h:1/a%2Fb': /may not contain/,
      [`mongodb://h:1/${'d'.repeat(64)}`]: /longer than 63 bytes/,
    };
    for (const [url, why] of Object.entries(refused)) {
      const found = problems({ ...BASE, MONGO_URL: url });
      expect(found).toHaveLength(1);
      expect(found[0]).toMatch(/^MONGO_URL: MONGO_URL names a database MongoDB refuses: /);
      expect(found[0]).toMatch(why);
      expect(found[0]).not.toContain('secret');
    }
    for (const url of ['mongodb://h:1', 'mongodb://h:1/', 'mongodb://h:1/?replicaSet=rs0', 'mongodb://u:p@h1:1,h2:2/aftersales-intake?authSource=admin', `mongodb://h:1/${'d'.repeat(63)}`]) {
      expect(problems({ ...BASE, MONGO_URL: url })).toEqual([]);
    }
    expect(mongoDatabaseOf('mongodb+srv://cluster.example.net/qa?retryWrites=true')).toBe('qa');
    expect(mongoDatabaseOf('mongodb://h:1/?x=1')).toBeNull();
  });

  it('names the variable a start-up connection failure came from', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    expect(describeStartupFailure(new StartupConnectionError('PG_URL', 'postgres://app:pw@db:5432/x', refused))).toBe(
      'PG_URL: cannot connect to postgres://app:***@db:5432/x: connect ECONNREFUSED 127.0.0.1:5432',
    );
    expect(describeStartupFailure(new Error('wrapped', { cause: new StartupConnectionError('EVENTSTORE_URL', 'esdb://h:2113?tls=false', new Error('14 UNAVAILABLE')) }))).toBe(
      'EVENTSTORE_URL: cannot connect to esdb://h:2113?tls=false: 14 UNAVAILABLE',
    );
    expect(describeStartupFailure(Object.assign(new Error('Connection error: connect ECONNREFUSED'), { name: 'KafkaJSConnectionError' }))).toBe(
      'KAFKA_BROKERS: Connection error: connect ECONNREFUSED',
    );
    expect(describeStartupFailure(Object.assign(new Error('Server selection timed out'), { name: 'MongoServerSelectionError' }))).toBe('MONGO_URL: Server selection timed out');
    expect(describeStartupFailure(new Error('something else'))).toMatch(/^failed to start: Error: something else/);
    expect(redactUrl('mongodb://user:p%40ss@h:1/db')).toBe('mongodb://user:***@h:1/db');
  });
});
