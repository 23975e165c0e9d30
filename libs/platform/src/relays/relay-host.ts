import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { hostname } from 'node:os';
import { randomUUID } from 'node:crypto';
import {
  CHECKPOINT_STORE,
  CLOCK,
  CheckpointStore,
  Clock,
  DOCUMENT_STORE,
  DocumentStore,
  EVENT_STORE,
  EventRelay,
  EventStore,
  IntegrationEventMapping,
  Lease,
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

/** How long a relay lease lasts, and how often its holder renews it (and others look for it). */
const LEASE_TTL_MS = 15_000;
const LEASE_RENEW_MS = 5_000;

interface RelayEntry {
  readonly relay: EventRelay;
  readonly lease: Lease;
  running: boolean;
}

/**
 * Runs one outbox relay per registered context, on whatever bus and stores the app wires (the
 * in-process bus standalone, Kafka distributed): a context module registers its spec in module
 * init and needs no infrastructure code. A relay that cannot publish retries with backoff and
 * logs; the event store stays writable meanwhile, so requests are not refused for a broker outage.
 *
 * Several instances of one service share the relay's checkpoint: a lease (`relay:<context>` in the
 * read-model store) lets one of them relay at a time, and another takes over within the lease's
 * lifetime when it stops renewing. A holder that lost the lease may publish a few events twice
 * (at-least-once; consumers dedupe by event id), but two instances do not both publish everything.
 */
@Injectable()
export class RelayHost implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Relays');
  private readonly relays = new Map<string, RelayEntry>();
  private readonly holder = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  private timer: NodeJS.Timeout | null = null;
  private round: Promise<void> | null = null;
  private stopped = false;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CHECKPOINT_STORE) private readonly checkpoints: CheckpointStore,
    @Inject(MESSAGE_BUS) private readonly bus: MessageBus,
    @Inject(DOCUMENT_STORE) private readonly documents: DocumentStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  register(spec: RelaySpec): void {
    if (this.relays.has(spec.context)) throw new Error(`relay for ${spec.context} registered twice`);
    const relay = new EventRelay(this.store, this.checkpoints, this.bus, {
        name: `relay:${spec.context}`,
        topic: spec.topic,
        streamPrefixes: spec.streamPrefixes,
        map: spec.map,
        onRetry: (err, attempt, delayMs) => this.logger.warn({ err, relay: spec.context, attempt, retryInMs: delayMs }, 'relay could not publish; retrying'),
    });
    const lease = new Lease(this.documents, `relay:${spec.context}`, this.holder, this.clock, { ttlMs: LEASE_TTL_MS });
    this.relays.set(spec.context, { relay, lease, running: false });
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.relays.size === 0) return;
    await this.leaseRound();
    this.schedule();
  }

  /** Resolves when every relay this instance runs has published what the store held when it started (tests). */
  async caughtUp(): Promise<void> {
    await Promise.all([...this.relays.values()].filter((e) => e.running).map((e) => e.relay.caughtUp()));
  }

  /** The contexts whose relay runs in this instance (it holds their lease). */
  running(): string[] {
    return [...this.relays.entries()].filter(([, e]) => e.running).map(([context]) => context);
  }

  /** Idempotent: the infrastructure module calls it before closing the bus and the store. */
  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.round?.catch(() => undefined);
    for (const entry of this.relays.values()) {
      if (!entry.running) continue;
      entry.running = false;
      await entry.relay.stop();
      // Let another instance take over now rather than when the lease expires.
      await entry.lease.release().catch((err) => this.logger.warn({ err }, 'could not release the relay lease'));
    }
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.round = this.leaseRound().finally(() => {
        this.round = null;
        this.schedule();
      });
    }, LEASE_RENEW_MS);
    this.timer.unref();
  }

  /** Takes or renews each relay's lease; starts the relays it holds and stops those it lost. */
  private async leaseRound(): Promise<void> {
    for (const [context, entry] of this.relays) {
      if (this.stopped) return;
      let held = false;
      try {
        held = await entry.lease.tryAcquire();
      } catch (err) {
        // The read-model store is unreachable: keep doing what we did until the lease would expire.
        this.logger.warn({ err, relay: context }, 'could not renew the relay lease');
        held = entry.running;
      }
      if (held && !entry.running) {
        entry.running = true;
        this.logger.log({ relay: context, holder: this.holder }, 'relaying (holds the lease)');
        await entry.relay.start();
      } else if (!held && entry.running) {
        entry.running = false;
        this.logger.log({ relay: context }, 'another instance holds the relay lease; stopping');
        await entry.relay.stop();
      }
    }
  }
}
