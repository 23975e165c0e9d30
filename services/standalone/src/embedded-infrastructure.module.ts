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
  SystemClock,
} from '@aftersales/eventsourcing';
import { MemoryCheckpointStore, MemoryDocumentStore, MemoryMessageBus } from '@aftersales/adapters-memory';
import { openPgliteEventStore } from '@aftersales/adapters-postgres';
import { BackgroundWork, ReadinessRegistry, closeQuietly } from '@aftersales/platform';

/** Closes the adapters after the HTTP server has stopped taking requests (Nest's last hook). */
@Injectable()
class InfrastructureLifecycle implements OnModuleInit, OnApplicationShutdown {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(DOCUMENT_STORE) private readonly documents: DocumentStore,
    @Inject(MESSAGE_BUS) private readonly bus: MessageBus,
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
  }
}

/**
 * Standalone adapters (ARCHITECTURE.md "Two ways to run"): the event store on PGlite under
 * DATA_DIR, an in-process bus, in-memory read models. Read models live in memory, so their
 * checkpoints do too: every start replays the log into fresh read models.
 */
@Module({})
export class EmbeddedInfrastructureModule {
  static forRoot(options: { dataDir: string; clock?: Clock }): DynamicModule {
    return {
      module: EmbeddedInfrastructureModule,
      global: true,
      providers: [
        {
          provide: EVENT_STORE,
          useFactory: async () => (await openPgliteEventStore({ dataDir: join(options.dataDir, 'pglite') })).store,
        },
        { provide: CHECKPOINT_STORE, useFactory: () => new MemoryCheckpointStore() },
        { provide: DOCUMENT_STORE, useFactory: () => new MemoryDocumentStore() },
        { provide: MESSAGE_BUS, useFactory: () => new MemoryMessageBus() },
        { provide: CLOCK, useFactory: () => options.clock ?? new SystemClock() },
        InfrastructureLifecycle,
      ],
      exports: [EVENT_STORE, CHECKPOINT_STORE, DOCUMENT_STORE, MESSAGE_BUS, CLOCK],
    };
  }
}
