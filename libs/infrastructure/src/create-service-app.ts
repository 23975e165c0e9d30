import { DynamicModule, INestApplication, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Clock } from '@aftersales/eventsourcing';
import { ConfigError, PlatformModule, configureApp, exitOnShutdownSignals, loadAuthSettings, loadConfig } from '@aftersales/platform';
import { DistributedConfig } from './distributed.config';
import { DistributedInfrastructureModule, DistributedInfrastructureOptions, StartupConnectionError } from './distributed-infrastructure.module';

export interface ServiceAppOptions {
  /** The service name (`intake`): Kafka client id and Mongo database default to it. */
  readonly service: string;
  /** OpenAPI title. */
  readonly title: string;
  readonly version?: string;
  /**
   * The context modules this service runs. Each context reads its own settings from `env` (its
   * config class, e.g. intake.config.ts); `config` holds the shared infrastructure's.
   */
  readonly modules: (config: DistributedConfig, env: NodeJS.ProcessEnv) => DynamicModule[];
  readonly env?: NodeJS.ProcessEnv;
  /** Replaces the system clock (tests). */
  readonly clock?: Clock;
  /** This service takes the deployment's calendar publications and relays them (ADR 013): exactly one service does. */
  readonly calendarPublisher?: boolean;
}

export const SERVICE_VERSION = '0.1.0';

@Module({})
class ServiceRootModule {}

/** What DistributedInfrastructureModule needs, read from a validated configuration. */
export function infrastructureOptions(service: string, config: DistributedConfig): DistributedInfrastructureOptions {
  return {
    service,
    eventStore:
      config.EVENT_STORE === 'eventstoredb'
        ? { kind: 'eventstoredb', url: config.EVENTSTORE_URL as string }
        : { kind: 'postgres', url: config.PG_URL as string, schema: config.PG_SCHEMA },
    readModels:
      config.READ_MODELS === 'postgres'
        ? { kind: 'postgres', url: config.PG_URL as string, schema: config.READ_MODELS_SCHEMA ?? `${service.replace(/[^a-z0-9]+/g, '_')}_read_models` }
        : { kind: 'mongo', url: config.MONGO_URL as string },
    kafka: {
      brokers: config.brokers(),
      clientId: config.KAFKA_CLIENT_ID,
      partitions: config.KAFKA_TOPIC_PARTITIONS,
      replicationFactor: config.KAFKA_REPLICATION_FACTOR,
    },
  };
}

/**
 * One service of the distributed deployment as a Nest app: the platform, the distributed
 * adapters and the service's context modules, configured from the validated environment. Each
 * service's main.ts is `runService(...)` with its modules; this is the part tests can drive.
 */
export async function createServiceApp(options: ServiceAppOptions): Promise<{ app: INestApplication; config: DistributedConfig }> {
  const env = options.env ?? process.env;
  const config = loadConfig(DistributedConfig, env);
  const auth = loadAuthSettings(env);
  const root: DynamicModule = {
    module: ServiceRootModule,
    imports: [
      PlatformModule.forRoot({
        jwtSecret: config.JWT_SECRET,
        auth,
        jwtMaxLifetimeSeconds: config.JWT_MAX_LIFETIME_SECONDS,
        logLevel: config.LOG_LEVEL,
        calendarOverridesFile: config.CALENDAR_OVERRIDES_FILE,
        deadlineTickMs: config.DEADLINE_TICK_MS,
        relayLease: { ttlMs: config.RELAY_LEASE_TTL_MS, renewMs: Math.floor(config.RELAY_LEASE_TTL_MS / 3) },
        service: options.service,
        calendarPublisher: options.calendarPublisher ?? false,
        calendarRefreshMs: config.CALENDAR_REFRESH_MS,
        metricsPort: config.METRICS_PORT,
        metricsHost: config.HOST,
        // The audit service archives every context's full record from Kafka (AU-1, ARCHITECTURE.md "Delivery").
        relayRecords: true,
      }),
      DistributedInfrastructureModule.forRoot({ ...infrastructureOptions(options.service, config), clock: options.clock }),
      ...options.modules(config, env),
    ],
  };
  // No forceCloseConnections: requests in flight finish during the drain (as in the standalone).
  // abortOnError false: a provider that fails (a server unreachable) rejects here, so runService
  // can say which variable pointed at it, instead of Nest aborting the process.
  const app = await NestFactory.create(root, { bufferLogs: true, abortOnError: false });
  configureApp(app, { title: options.title, version: options.version ?? SERVICE_VERSION });
  return { app, config };
}

/**
 * What runService prints when the start fails: the variable a connection failure came from
 * (PG_URL, MONGO_URL, EVENTSTORE_URL, KAFKA_BROKERS), when it can tell, else the error itself.
 */
export function describeStartupFailure(err: unknown): string {
  if (err instanceof ConfigError || err instanceof StartupConnectionError) return err.message;
  const seen = new Set<unknown>();
  for (let e: unknown = err; typeof e === 'object' && e !== null && !seen.has(e); e = (e as { cause?: unknown }).cause) {
    seen.add(e);
    if (e instanceof StartupConnectionError) return e.message;
    const name = (e as { name?: unknown }).name;
    if (typeof name === 'string' && name.startsWith('KafkaJS')) return `KAFKA_BROKERS: ${(e as Error).message}`;
    if (typeof name === 'string' && name.startsWith('Mongo')) return `MONGO_URL: ${(e as Error).message}`;
  }
  return `failed to start: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`;
}

/** A service's main: builds the app, listens, drains on SIGTERM/SIGINT; a bad environment exits 1 naming the variables. */
export async function runService(options: Omit<ServiceAppOptions, 'env' | 'clock'>): Promise<void> {
  try {
    const { app, config } = await createServiceApp(options);
    exitOnShutdownSignals(app);
    await app.listen(config.PORT, config.HOST);
    const url = (await app.getUrl()).replace('[::1]', 'localhost').replace('0.0.0.0', 'localhost');
    const store = config.EVENT_STORE === 'eventstoredb' ? 'EventStoreDB' : `PostgreSQL schema ${config.PG_SCHEMA}`;
    process.stdout.write(
      [
        `aftersales ${options.service} is listening on ${url}`,
        `  event store: ${store}; Kafka: ${config.KAFKA_BROKERS}; readiness: ${url}/health/ready; API docs: ${url}/docs`,
        '',
      ].join('\n'),
    );
  } catch (err) {
    process.stderr.write(`aftersales ${options.service}: ${describeStartupFailure(err)}\n`);
    process.exit(1);
  }
}
