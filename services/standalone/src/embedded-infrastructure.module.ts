import { DynamicModule, Inject, Injectable, Logger, Module, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { join } from 'node:path';
import {
  CHECKPOINT_STORE,
  CLOCK,
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
import { MemoryMessageBus } from '@aftersales/adapters-memory';
import { PostgresDocumentStore, PostgresStores, openPgliteEventStore } from '@aftersales/adapters-postgres';
import { BackgroundWork, Metrics, ReadinessRegistry, closeQuietly, instrumentDocumentStore, instrumentEventStore } from '@aftersales/platform';
import { lockDataDir } from './data-dir-lock';

const PGLITE = Symbol('PgliteStores');

/** The PGlite stores and the release of the data dir's lock, which outlives them. */
interface Pglite extends PostgresStores {
  readonly unlock: () => void;
}

/** Closes the adapters after the HTTP server has stopped taking requests (Nest's last hook). */
@Injectable()
class InfrastructureLifecycle implements OnModuleInit, OnApplicationShutdown {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(DOCUMENT_STORE) private readonly documents: DocumentStore,
    @Inject(MESSAGE_BUS) private readonly bus: MessageBus,
    @Inject(PGLITE) private readonly pglite: Pglite,
    private readonly readiness: ReadinessRegistry,
    private readonly background: BackgroundWork,
  ) {}

  private readonly logger = new Logger('Infrastructure');
  private closed = false;

  onModuleInit(): void {
    this.readiness.register('eventStore', async () => {
      if (this.closed) return false;
      await this.store.readStream('platform.readiness-check', { maxCount: 1 });
      return true;
    });
  }

  async onApplicationShutdown(): Promise<void> {
    this.closed = true;
    // Background work reads and writes through the adapters: stop it first, whatever order Nest
    // calls the hooks in.
    await this.background.stop();
    await closeQuietly(this.logger, 'message bus', () => this.bus.close());
    await closeQuietly(this.logger, 'read models', () => this.documents.close());
    await closeQuietly(this.logger, 'event store', () => this.store.close());
    this.pglite.unlock();
  }
}


/**
 * PGlite has no other writer than this process, whose appends wake subscribers at once: polling
 * is only the fallback, so an idle standalone does not spin.
 */
const POLL_FALLBACK_MS = 10_000;
/**
 * Every subscription (projections, relays) reads after each append on PGlite's one connection:
 * under load they let 10 ms of appends gather first, one read for many group commits.
 */
const COALESCE_MS = 10;

/**
 * Standalone adapters (ARCHITECTURE.md "Two ways to run"): one PGlite database under DATA_DIR
 * holds the event store, the checkpoints and the read models (JSONB documents with declared
 * indexes), so a start resumes every projection, relay and consumer inbox from its checkpoint
 * rather than replaying the log, and a projection's batch commits with its checkpoint. The
 * in-process bus acknowledges a publish only once its consumers handled it, since its own log
 * does not survive the process.
 */
@Module({})
export class EmbeddedInfrastructureModule {
  static forRoot(options: { dataDir: string; clock?: Clock; sharedBuffers?: string }): DynamicModule {
    return {
      module: EmbeddedInfrastructureModule,
      global: true,
      providers: [
        {
          provide: PGLITE,
          useFactory: async (): Promise<Pglite> => {
            const unlock = lockDataDir(options.dataDir);
            try {
              const stores = await openPgliteEventStore({
                dataDir: join(options.dataDir, 'pglite'),
                pollIntervalMs: POLL_FALLBACK_MS,
                coalesceMs: COALESCE_MS,
                sharedBuffers: options.sharedBuffers,
              });
              return { ...stores, unlock };
            } catch (err) {
              unlock();
              throw err;
            }
          },
        },
        { provide: EVENT_STORE, useFactory: (stores: PostgresStores, metrics: Metrics) => instrumentEventStore(stores.store, metrics), inject: [PGLITE, Metrics] },
        { provide: CHECKPOINT_STORE, useFactory: (stores: PostgresStores) => stores.checkpoints, inject: [PGLITE] },
        {
          provide: DOCUMENT_STORE,
          useFactory: (stores: PostgresStores, metrics: Metrics) => instrumentDocumentStore(new PostgresDocumentStore(stores.client), metrics),
          inject: [PGLITE, Metrics],
        },
        {
          provide: READ_MODEL_TRANSACTIONS,
          useFactory: (stores: PostgresStores): ReadModelTransactions => ({ run: (work) => stores.client.transaction(() => work()) }),
          inject: [PGLITE],
        },
        {
          provide: MESSAGE_BUS,
          useFactory: () => {
            const logger = new Logger('MessageBus');
            return new MemoryMessageBus({
              acknowledgedDelivery: true,
              partitions: 16,
              // The in-process DLQ does not survive a restart: the log keeps the letter's trace.
              onDeadLetter: (letter) =>
                logger.error({ deadLetter: { topic: letter.originalTopic, group: letter.group, eventId: letter.event.id, type: letter.event.type, stream: letter.event.stream, error: letter.error, attempts: letter.attempts } }, 'message dead-lettered'),
            });
          },
        },
        { provide: CLOCK, useFactory: () => options.clock ?? new SystemClock() },
        InfrastructureLifecycle,
      ],
      exports: [EVENT_STORE, CHECKPOINT_STORE, DOCUMENT_STORE, READ_MODEL_TRANSACTIONS, MESSAGE_BUS, CLOCK],
    };
  }
}
