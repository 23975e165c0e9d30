import { DynamicModule, INestApplication, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Clock } from '@aftersales/eventsourcing';
import { ConfigError, PlatformModule, configureApp, exitOnShutdownSignals, loadConfig } from '@aftersales/platform';
import { DistributedConfig } from './distributed.config';
import { DistributedInfrastructureModule, DistributedInfrastructureOptions } from './distributed-infrastructure.module';

export interface ServiceAppOptions {
  /** The service name (`intake`): Kafka client id and Mongo database default to it. */
  readonly service: string;
  /** OpenAPI title. */
  readonly title: string;
  readonly version?: string;
  /** The context modules this service runs, from its validated configuration. */
  readonly modules: (config: DistributedConfig) => DynamicModule[];
  readonly env?: NodeJS.ProcessEnv;
  /** Replaces the system clock (tests). */
  readonly clock?: Clock;
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
    mongo: { url: config.MONGO_URL },
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
  const config = loadConfig(DistributedConfig, options.env ?? process.env);
  const root: DynamicModule = {
    module: ServiceRootModule,
    imports: [
      PlatformModule.forRoot({
        jwtSecret: config.JWT_SECRET,
        logLevel: config.LOG_LEVEL,
        calendarOverridesFile: config.CALENDAR_OVERRIDES_FILE,
        deadlineTickMs: config.DEADLINE_TICK_MS,
      }),
      DistributedInfrastructureModule.forRoot({ ...infrastructureOptions(options.service, config), clock: options.clock }),
      ...options.modules(config),
    ],
  };
  // No forceCloseConnections: requests in flight finish during the drain (as in the standalone).
  const app = await NestFactory.create(root, { bufferLogs: true });
  configureApp(app, { title: options.title, version: options.version ?? SERVICE_VERSION });
  return { app, config };
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
    if (err instanceof ConfigError) {
      process.stderr.write(`aftersales ${options.service}: ${err.message}\n`);
    } else {
      process.stderr.write(`aftersales ${options.service}: failed to start: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    }
    process.exit(1);
  }
}
