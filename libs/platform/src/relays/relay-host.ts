import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import {
  CHECKPOINT_STORE,
  CheckpointStore,
  EVENT_STORE,
  EventRelay,
  EventStore,
  IntegrationEventMapping,
  MESSAGE_BUS,
  MessageBus,
} from '@aftersales/eventsourcing';

/** What a context publishes (ARCHITECTURE.md "Delivery"): its streams, its topic, its mapping. */
export interface RelaySpec {
  /** The context name; the relay's checkpoint is `relay:<context>`. */
  readonly context: string;
  /** `aftersales.<context>.events` (from libs/contracts). */
  readonly topic: string;
  readonly streamPrefixes: readonly string[];
  readonly map: IntegrationEventMapping;
}

/**
 * Runs one outbox relay per registered context, on whatever bus and stores the app wires (the
 * in-process bus standalone, Kafka distributed): a context module registers its spec in module
 * init and needs no infrastructure code. A relay that cannot publish retries with backoff and
 * logs; the event store stays writable meanwhile, so requests are not refused for a broker outage.
 */
@Injectable()
export class RelayHost implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Relays');
  private readonly relays = new Map<string, EventRelay>();

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CHECKPOINT_STORE) private readonly checkpoints: CheckpointStore,
    @Inject(MESSAGE_BUS) private readonly bus: MessageBus,
  ) {}

  register(spec: RelaySpec): void {
    if (this.relays.has(spec.context)) throw new Error(`relay for ${spec.context} registered twice`);
    this.relays.set(
      spec.context,
      new EventRelay(this.store, this.checkpoints, this.bus, {
        name: `relay:${spec.context}`,
        topic: spec.topic,
        streamPrefixes: spec.streamPrefixes,
        map: spec.map,
        onRetry: (err, attempt, delayMs) => this.logger.warn({ err, relay: spec.context, attempt, retryInMs: delayMs }, 'relay could not publish; retrying'),
      }),
    );
  }

  async onApplicationBootstrap(): Promise<void> {
    for (const relay of this.relays.values()) await relay.start();
  }

  /** Resolves when every relay has published what the store held when it started (tests). */
  async caughtUp(): Promise<void> {
    await Promise.all([...this.relays.values()].map((r) => r.caughtUp()));
  }

  /** Idempotent: the infrastructure module calls it before closing the bus and the store. */
  async onApplicationShutdown(): Promise<void> {
    await Promise.all([...this.relays.values()].map((r) => r.stop()));
  }
}
