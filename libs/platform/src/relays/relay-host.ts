import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown, Optional } from '@nestjs/common';
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
  Upcasters,
} from '@aftersales/eventsourcing';
import { ContractRegistry, INTEGRATION_EVENT_CONTRACTS, recordTopicOf } from '@aftersales/contracts';
import { INTEGRATION_CONTRACTS, isContractError, publishedContractCheck } from '../contracts/integration-contracts';
import { Metrics } from '../metrics/metrics';
import { tracedPublishing } from '../tracing/messaging';
import { tracingEnabled } from '../tracing/tracing';

/** What a context publishes (ARCHITECTURE.md "Delivery"): its streams, its topic, its mapping. */
export interface RelaySpec {
  /** The context name; the relay's checkpoint is `relay:<context>`. */
  readonly context: string;
  /** `aftersales.<context>.events` (from libs/contracts). */
  readonly topic: string;
  readonly streamPrefixes: readonly string[];
  /** Domain event → integration event of libs/contracts, checked against its contract before it is published. */
  readonly map: IntegrationEventMapping;
  /** The context's upcasters: `map` sees every stored event at the newest version they know. */
  readonly upcasters?: Upcasters;
}

export const RELAY_LEASE_OPTIONS = Symbol('RelayLeaseOptions');
/** True where each context's full record also goes to `aftersales.<context>.record` (distributed mode; AU-1). */
export const RELAY_RECORDS = Symbol('RelayRecords');

/** How long a relay lease lasts unrenewed, and how often it is renewed (and others look at it). */
export interface RelayLeaseOptions {
  readonly ttlMs: number;
  readonly renewMs: number;
}

const DEFAULT_LEASE: RelayLeaseOptions = { ttlMs: 15_000, renewMs: 5_000 };
/** A relay that cannot stop in this time is left to end when the bus closes under it. */
const STOP_TIMEOUT_MS = 10_000;

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
 * Every integration event is checked against its contract before it is published, as its producer
 * must keep it (no field outside the contract). One that breaks it is a bug of the mapping: the
 * relay holds on it (publishing garbage or skipping the event would both break the consumers) and
 * logs an error naming the event and the problems at every attempt, until a fix is deployed.
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
  private readonly reportedPublished = new Map<string, number>();
  private readonly holder = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  private timer: NodeJS.Timeout | null = null;
  private round: Promise<void> | null = null;
  private stopped = false;
  private shutdown: Promise<void> | null = null;
  private readonly lease: RelayLeaseOptions;
  private readonly contracts: ContractRegistry;
  /** The bus the relays publish through: with a `send <topic>` span per message when tracing (ADR 016). */
  private readonly publishing: MessageBus;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CHECKPOINT_STORE) private readonly checkpoints: CheckpointStore,
    @Inject(MESSAGE_BUS) private readonly bus: MessageBus,
    @Inject(DOCUMENT_STORE) private readonly documents: DocumentStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Optional() @Inject(RELAY_LEASE_OPTIONS) lease?: RelayLeaseOptions,
    @Optional() @Inject(INTEGRATION_CONTRACTS) contracts?: ContractRegistry,
    @Optional() metrics?: Metrics,
    @Optional() @Inject(RELAY_RECORDS) private readonly records = false,
  ) {
    metrics?.onScrape(() => this.collect(metrics));
    this.lease = lease ?? DEFAULT_LEASE;
    this.contracts = contracts ?? INTEGRATION_EVENT_CONTRACTS;
    this.publishing = tracingEnabled() ? tracedPublishing(bus) : bus;
    if (this.lease.renewMs * 2 > this.lease.ttlMs) throw new Error('the relay lease must be renewed at least twice per TTL');
  }

  /** What each relay has published since the last scrape, and how far its checkpoint is behind the head. */
  private async collect(metrics: Metrics): Promise<void> {
    const head = await this.store.headPosition();
    for (const [context, entry] of this.relays) {
      const published = entry.relay.published;
      const reported = this.reportedPublished.get(context) ?? 0;
      // A relay's count starts again when it is started again (another instance held the lease meanwhile).
      const delta = published >= reported ? published - reported : published;
      if (delta > 0) metrics.relayPublished.inc({ relay: context }, delta);
      this.reportedPublished.set(context, published);
      const checkpoint = (await this.checkpoints.load(`relay:${context}`)) ?? 0n;
      metrics.relayLag.set({ relay: context }, head === null || head <= checkpoint ? 0 : Number(head - checkpoint));
    }
  }

  register(spec: RelaySpec): void {
    if (this.relays.has(spec.context)) throw new Error(`relay for ${spec.context} registered twice`);
    const relay = new EventRelay(this.store, this.checkpoints, this.publishing, {
      name: `relay:${spec.context}`,
      topic: spec.topic,
      streamPrefixes: spec.streamPrefixes,
      map: spec.map,
      upcasters: spec.upcasters,
      check: publishedContractCheck(this.contracts),
      onRetry: (err, attempt, delayMs) => {
        if (isContractError(err)) {
          this.logger.error(
            { err, relay: spec.context, code: err.code, details: err.details, attempt, retryInMs: delayMs },
            'relay holds: an integration event breaks its contract (a bug of the mapping or the contract); nothing after it is published until it is fixed',
          );
        } else {
          this.logger.warn({ err, relay: spec.context, attempt, retryInMs: delayMs }, 'relay could not publish; retrying');
        }
      },
    });
    const lease = new Lease(this.documents, `relay:${spec.context}`, this.holder, this.clock, { ttlMs: this.lease.ttlMs });
    this.relays.set(spec.context, { relay, lease, running: false });
    if (this.records) this.registerRecord(spec);
  }

  /**
   * The context's complete record for the audit service (AU-1): every event of its streams (every
   * stream named `<context>.…`, also those it publishes nothing of, e.g. audit's access log), the
   * stored envelope unchanged (no mapping, no upcasting, no contract), keyed by stream, on
   * `aftersales.<context>.record`, from its own checkpoint and under its own lease.
   */
  private registerRecord(spec: RelaySpec): void {
    const name = `${spec.context}.record`;
    const relay = new EventRelay(this.store, this.checkpoints, this.publishing, {
      name: `relay-record:${spec.context}`,
      topic: recordTopicOf(spec.context),
      streamPrefixes: [`${spec.context}.`],
      map: (event) => ({ type: event.type, schemaVersion: event.schemaVersion, data: event.data }),
      onRetry: (err, attempt, delayMs) => this.logger.warn({ err, relay: name, attempt, retryInMs: delayMs }, 'record relay could not publish; retrying'),
    });
    const lease = new Lease(this.documents, `relay-record:${spec.context}`, this.holder, this.clock, { ttlMs: this.lease.ttlMs });
    this.relays.set(name, { relay, lease, running: false });
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.relays.size === 0) return;
    await this.leaseRound().catch((err) => this.logger.error({ err }, 'relay lease round failed'));
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

  /** Idempotent (memoised): the infrastructure module calls it before closing the bus and the store. */
  onApplicationShutdown(): Promise<void> {
    this.shutdown ??= this.stopAll();
    return this.shutdown;
  }

  private async stopAll(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.round;
    for (const [context, entry] of this.relays) {
      if (!entry.running) continue;
      await this.stopRelay(context, entry);
      // Let another instance take over now rather than when the lease expires.
      await entry.lease.release().catch((err) => this.logger.warn({ err, relay: context }, 'could not release the relay lease'));
    }
  }

  /** Stops a relay, waiting at most STOP_TIMEOUT_MS (a publish hanging on a broker that does not answer). */
  private async stopRelay(context: string, entry: RelayEntry): Promise<void> {
    entry.running = false;
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), STOP_TIMEOUT_MS)));
    const outcome = await Promise.race([entry.relay.stop().then(() => 'stopped' as const), timedOut]).catch((err) => {
      this.logger.warn({ err, relay: context }, 'relay stopped with an error');
      return 'stopped' as const;
    });
    clearTimeout(timer);
    // Its checkpoint has not moved past what it could not publish: the next holder republishes it.
    if (outcome === 'timeout') this.logger.warn({ relay: context }, 'relay did not stop in time; it ends when the bus closes');
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.round = this.leaseRound()
        .catch((err) => this.logger.error({ err }, 'relay lease round failed'))
        .finally(() => {
          this.round = null;
          this.schedule();
        });
    }, this.lease.renewMs);
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
        // The read-model store is unreachable: go on only while no other instance can have taken
        // over (our last renewal plus the TTL, less one renewal period of margin, by our clock).
        const validUntil = entry.lease.validUntil();
        held = entry.running && validUntil !== null && this.clock.now().getTime() < validUntil.getTime() - this.lease.renewMs;
        this.logger.warn({ err, relay: context, stillRelaying: held }, 'could not renew the relay lease');
      }
      if (this.stopped) return;
      if (held && !entry.running) {
        entry.running = true;
        this.logger.log({ relay: context, holder: this.holder }, 'relaying (holds the lease)');
        await entry.relay.start();
      } else if (!held && entry.running) {
        this.logger.log({ relay: context }, 'the relay lease is not ours (or could not be renewed in time); stopping');
        await this.stopRelay(context, entry);
      }
    }
  }
}
