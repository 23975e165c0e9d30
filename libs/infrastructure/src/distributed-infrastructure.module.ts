import { DynamicModule, Inject, Injectable, Logger, Module, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import {
  CHECKPOINT_STORE,
  CLOCK,
  CheckpointStore,
  Clock,
  DOCUMENT_STORE,
  DocumentStore,
  EVENT_STORE,
  EventStore,
  MESSAGE_BUS,
  MessageBus,
  READ_MODEL_TRANSACTIONS,
  ReadModelTransactions,
  SystemClock,
} from '@aftersales/eventsourcing';
import { PgPoolSqlClient, PostgresCheckpointStore, PostgresDocumentStore, openPostgresEventStore } from '@aftersales/adapters-postgres';
import { EventStoreDbEventStore } from '@aftersales/adapters-eventstoredb';
import { MongoReadModels, openMongoReadModels } from '@aftersales/adapters-mongo';
import { KafkaMessageBus } from '@aftersales/adapters-kafka';
import { BackgroundWork, Metrics, ReadinessRegistry, closeQuietly, instrumentDocumentStore, instrumentEventStore } from '@aftersales/platform';
import { KafkaProbe } from './kafka-probe';

/** Where a distributed service's adapters connect (from DistributedConfig; see createServiceApp). */
export interface DistributedInfrastructureOptions {
  /** The service name: the Kafka client id when none is given, and the Mongo database when the URL names none. */
  readonly service: string;
  readonly eventStore: { readonly kind: 'postgres'; readonly url: string; readonly schema: string } | { readonly kind: 'eventstoredb'; readonly url: string };
  /** MongoDB (the default), or JSONB documents on a PostgreSQL server (READ_MODELS=postgres, ADR 010). */
  readonly readModels:
    | { readonly kind: 'mongo'; readonly url: string; readonly database?: string }
    | { readonly kind: 'postgres'; readonly url: string; readonly schema: string };
  readonly kafka: {
    readonly brokers: readonly string[];
    readonly clientId?: string;
    readonly partitions: number;
    readonly replicationFactor: number;
  };
  /** Replaces the system clock (tests). */
  readonly clock?: Clock;
}

const READ_MODELS = Symbol('ReadModels');

/** The service's read-model store, whichever it is, with what the lifecycle needs of it. */
interface ReadModels {
  /** The readiness check's name: `mongo`, or `readModels` for PostgreSQL (the event store is `eventStore`). */
  readonly name: string;
  readonly documents: DocumentStore;
  readonly checkpoints: CheckpointStore;
  /** Present where documents and checkpoints share a database (PostgreSQL). */
  readonly transactions?: ReadModelTransactions;
  /** Readiness: the store answers. */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

function mongoReadModels(rm: MongoReadModels): ReadModels {
  return {
    name: 'mongo',
    documents: rm.documents,
    checkpoints: rm.checkpoints,
    ping: async () => {
      if (!rm.connection.db) return false;
      await rm.connection.db.command({ ping: 1 });
      return true;
    },
    close: () => rm.close(),
  };
}

/** Read models and checkpoints in one schema of a PostgreSQL server, on a pool of their own. */
async function postgresReadModels(url: string, schema: string): Promise<ReadModels> {
  const client = PgPoolSqlClient.fromUrl(url, { max: 5 });
  try {
    const documents = new PostgresDocumentStore(client, { schema });
    await documents.ready();
    return {
      name: 'readModels',
      documents,
      checkpoints: new PostgresCheckpointStore(client, schema),
      transactions: { run: (work) => client.transaction(() => work()) },
      ping: async () => (await client.query('SELECT 1')).length === 1,
      close: async () => {
        await documents.close();
        await client.close();
      },
    };
  } catch (err) {
    await client.close().catch(() => undefined);
    throw err;
  }
}

/** How long the start-up read of EVENTSTORE_URL may take (the client connects lazily, on its first call). */
const EVENTSTORE_STARTUP_READ_TIMEOUT_MS = 15_000;

/** A start-up connection that failed, naming the variable that says where it went (runService prints the message). */
export class StartupConnectionError extends Error {
  constructor(
    readonly variable: 'PG_URL' | 'MONGO_URL' | 'EVENTSTORE_URL' | 'KAFKA_BROKERS',
    target: string,
    cause: unknown,
  ) {
    super(`${variable}: cannot connect to ${redactUrl(target)}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'StartupConnectionError';
  }
}

/** A URL with its password hidden, for messages. */
export function redactUrl(url: string): string {
  return url.replace(/\/\/([^:/?#@]*):[^@/?#]*@/, '//$1:***@');
}

async function connecting<T>(variable: StartupConnectionError['variable'], target: string, open: () => Promise<T>): Promise<T> {
  try {
    return await open();
  } catch (err) {
    throw new StartupConnectionError(variable, target, err);
  }
}

/** EventStoreDB's client connects on its first call: one read at start-up, so a bad EVENTSTORE_URL fails the start. */
async function openEventStoreDb(url: string): Promise<EventStore> {
  const store = EventStoreDbEventStore.fromConnectionString(url);
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      store.readStream('platform.startup-check', { maxCount: 1 }),
      new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer within ${EVENTSTORE_STARTUP_READ_TIMEOUT_MS} ms`)), EVENTSTORE_STARTUP_READ_TIMEOUT_MS))),
    ]);
    return store;
  } catch (err) {
    await store.close().catch(() => undefined);
    throw err;
  } finally {
    clearTimeout(timer);
  }
}

/** `mongodb://host:port/db?opts` names a database; `mongodb://host:port` and `.../?opts` do not. */
export function mongoUrlNamesDatabase(url: string): boolean {
  const afterHosts = url.replace(/^mongodb(\+srv)?:\/\/[^/?]*/, '');
  return /^\/[^/?]+/.test(afterHosts);
}

/** Registers readiness checks and closes the adapters in order after the HTTP server has drained. */
@Injectable()
class DistributedLifecycle implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('Infrastructure');
  private closed = false;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(READ_MODELS) private readonly readModels: ReadModels,
    @Inject(MESSAGE_BUS) private readonly bus: MessageBus,
    private readonly kafkaProbe: KafkaProbe,
    private readonly readiness: ReadinessRegistry,
    private readonly background: BackgroundWork,
  ) {}

  onModuleInit(): void {
    this.readiness.register('eventStore', async () => {
      if (this.closed) return false;
      await this.store.readStream('platform.readiness-check', { maxCount: 1 });
      return true;
    });
    this.readiness.register(this.readModels.name, async () => !this.closed && (await this.readModels.ping()));
    // Not critical: the event store is the outbox, so complaints are accepted and stored while the
    // broker is away and the relays catch up when it is back (ARCHITECTURE.md "Delivery").
    this.readiness.register('kafka', () => !this.closed && this.kafkaProbe.check(), { critical: false });
  }

  /**
   * Nest calls this after the HTTP server stopped taking requests and finished those in flight.
   * Everything that reads or writes through the adapters stops before the adapters close; the
   * hosts' own hooks are idempotent, so Nest calling them too does no harm.
   */
  async onApplicationShutdown(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.background.stop();
    await closeQuietly(this.logger, 'message bus', () => this.bus.close());
    await closeQuietly(this.logger, 'kafka probe', () => this.kafkaProbe.close());
    await closeQuietly(this.logger, 'read models', () => this.readModels.close());
    await closeQuietly(this.logger, 'event store', () => this.store.close());
  }
}

/**
 * Distributed adapters (ARCHITECTURE.md "Two ways to run", distributed column): the event store on
 * a PostgreSQL server or EventStoreDB; read models and every checkpoint (projections and relays)
 * in the service's own MongoDB database, beside the read models they describe; Kafka as the bus.
 */
@Module({})
export class DistributedInfrastructureModule {
  static forRoot(options: DistributedInfrastructureOptions): DynamicModule {
    const clientId = options.kafka.clientId ?? options.service;
    return {
      module: DistributedInfrastructureModule,
      global: true,
      providers: [
        {
          provide: EVENT_STORE,
          useFactory: async (metrics: Metrics): Promise<EventStore> => {
            const config = options.eventStore;
            const store =
              config.kind === 'eventstoredb'
                ? await connecting('EVENTSTORE_URL', config.url, () => openEventStoreDb(config.url))
                : await connecting('PG_URL', config.url, async () => (await openPostgresEventStore({ url: config.url, schema: config.schema })).store);
            return instrumentEventStore(store, metrics);
          },
          inject: [Metrics],
        },
        {
          provide: READ_MODELS,
          useFactory: async (): Promise<ReadModels> => {
            const config = options.readModels;
            if (config.kind === 'postgres') return connecting('PG_URL', config.url, () => postgresReadModels(config.url, config.schema));
            const rm = await connecting('MONGO_URL', config.url, () =>
              openMongoReadModels(config.url, {
                dbName: config.database ?? (mongoUrlNamesDatabase(config.url) ? undefined : `aftersales-${options.service}`),
              }),
            );
            return mongoReadModels(rm);
          },
        },
        { provide: DOCUMENT_STORE, useFactory: (rm: ReadModels, metrics: Metrics) => instrumentDocumentStore(rm.documents, metrics), inject: [READ_MODELS, Metrics] },
        { provide: CHECKPOINT_STORE, useFactory: (rm: ReadModels) => rm.checkpoints, inject: [READ_MODELS] },
        { provide: READ_MODEL_TRANSACTIONS, useFactory: (rm: ReadModels) => rm.transactions ?? null, inject: [READ_MODELS] },
        {
          provide: MESSAGE_BUS,
          useFactory: () =>
            new KafkaMessageBus({
              brokers: options.kafka.brokers,
              clientId,
              partitions: options.kafka.partitions,
              replicationFactor: options.kafka.replicationFactor,
              replicationFactorSetting: 'KAFKA_REPLICATION_FACTOR',
              clock: options.clock,
            }),
        },
        { provide: KafkaProbe, useFactory: () => new KafkaProbe(options.kafka.brokers, clientId) },
        { provide: CLOCK, useFactory: () => options.clock ?? new SystemClock() },
        DistributedLifecycle,
      ],
      exports: [EVENT_STORE, CHECKPOINT_STORE, DOCUMENT_STORE, READ_MODEL_TRANSACTIONS, MESSAGE_BUS, CLOCK],
    };
  }
}
