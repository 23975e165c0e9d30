import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { newEventId } from '@aftersales/eventsourcing';
import { describeWhenServersAnswer } from '@aftersales/eventsourcing/testing';
import { kafkaBrokers, kafkaUnavailableReason } from '@aftersales/adapters-kafka/testing';
import { openMongoConnection } from '@aftersales/adapters-mongo';
import { probeMongoServer } from '@aftersales/adapters-mongo/testing';
import { dropSchema, probePostgresServer } from '@aftersales/adapters-postgres/testing';
import { ensureLocalKafka } from './kafka-tools';
import { REPO_ROOT } from './service-process';

export const PG_URL = process.env.PG_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
export const MONGO_URL = process.env.MONGO_URL || 'mongodb://127.0.0.1:37017';
export const BROKERS = kafkaBrokers();

/** The URL with its database (path) replaced, options kept. */
export function withDatabase(url: string, database: string): string {
  const match = /^(mongodb(?:\+srv)?:\/\/[^/?]*)(?:\/[^?]*)?(\?.*)?$/.exec(url);
  if (!match) throw new Error(`not a MongoDB URL: ${url}`);
  return `${match[1]}/${database}${match[2] ?? ''}`;
}

/**
 * `describe` for the distributed tier: service processes need Kafka, the Mongo-wire server and a
 * PostgreSQL server all at once. Without them the suite is skipped with the reasons, except in CI,
 * where `.ci/run` starts them and their absence fails the run.
 */
export function describeWithDistributedInfra(name: string, body: () => void): void {
  const reasons: string[] = [];
  const kafka = kafkaUnavailableReason(BROKERS);
  if (kafka) reasons.push(kafka);
  const mongo = probeMongoServer(MONGO_URL);
  if (!mongo.ok) reasons.push(`MongoDB at ${MONGO_URL} is unreachable (${mongo.reason})`);
  const pg = probePostgresServer(PG_URL);
  if (!pg.ok) reasons.push(`PostgreSQL server at ${PG_URL} is unreachable (${pg.reason})`);
  describeWhenServersAnswer(reasons, 'Run `npm run infra:up` or set KAFKA_BROKERS, MONGO_URL, PG_URL.')(name, body);
}

/**
 * A deployment of its own: a fresh PostgreSQL schema and a fresh Mongo database, dropped afterwards.
 * Two of them with one JWT secret (and the one set of brokers every deployment gets) are two
 * services that share nothing but Kafka and the tokens: e.g. intake and qa each on its own store.
 */
export interface Deployment {
  readonly schema: string;
  readonly mongoUrl: string;
  /** The environment every service process of this deployment gets. */
  readonly env: Record<string, string>;
  teardown(): Promise<void>;
}

export function freshDeployment(jwtSecret: string, label?: string, options: { readModels?: 'mongo' | 'postgres' } = {}): Deployment {
  if (label !== undefined && !/^[a-z][a-z0-9]{0,15}$/.test(label)) throw new Error(`a deployment label is lower-case letters and digits, got ${JSON.stringify(label)}`);
  const suffix = newEventId().replace(/-/g, '').slice(-12);
  // The label (e.g. the service) shows whose schema and database they are.
  const schema = label ? `dist_${label}_${suffix}` : `dist_${suffix}`;
  const database = schema;
  const mongoUrl = withDatabase(MONGO_URL, database);
  // READ_MODELS=postgres (ADR 010): the read models in a schema of their own beside the events.
  const readModelsSchema = `${schema}_rm`;
  return {
    schema,
    mongoUrl,
    env: {
      JWT_SECRET: jwtSecret,
      EVENT_STORE: 'postgres',
      PG_URL,
      PG_SCHEMA: schema,
      MONGO_URL: mongoUrl,
      KAFKA_BROKERS: BROKERS.join(','),
      DEADLINE_TICK_MS: '1000',
      // A killed instance's relay is taken over this long after it died (tests kill many).
      RELAY_LEASE_TTL_MS: '3000',
      ...(options.readModels === 'postgres' ? { READ_MODELS: 'postgres', READ_MODELS_SCHEMA: readModelsSchema } : {}),
    },
    async teardown() {
      const connection = await openMongoConnection(mongoUrl, { serverSelectionTimeoutMS: 5_000 });
      try {
        await connection.dropDatabase();
      } finally {
        await connection.close();
      }
      await dropSchema(schema, PG_URL);
      await dropSchema(readModelsSchema, PG_URL);
    },
  };
}

/**
 * Why the local broker cannot be stopped and started by this suite, or null when it can: the
 * outage test drives deploy/local/kafka/stop.sh and start.sh, so KAFKA_BROKERS must be that broker.
 */
export function localKafkaControlUnavailableReason(): string | null {
  const local = `127.0.0.1:${process.env.KAFKA_PORT || 39092}`;
  if (BROKERS.length !== 1 || BROKERS[0] !== local) return `KAFKA_BROKERS (${BROKERS.join(',')}) is not the local broker ${local}`;
  // The run directory the scripts use (.ci/run sets its own).
  const runDir = process.env.AFTERSALES_RUN_DIR || join(REPO_ROOT, 'deploy', 'local', '.run');
  const pidFile = join(runDir, 'kafka.pid');
  if (!existsSync(pidFile)) return `no ${pidFile}: the broker was not started by deploy/local/kafka/start.sh`;
  return readFileSync(pidFile, 'utf8').trim() === '' ? `${pidFile} is empty` : null;
}

/**
 * For a suite's afterAll: brings the local broker back if a test left it stopped (an outage test
 * that failed half-way), so later suites have Kafka. A no-op for a broker this suite cannot control.
 */
export function restoreLocalKafkaForLaterSuites(): void {
  if (localKafkaControlUnavailableReason() === null) ensureLocalKafka(BROKERS);
}
