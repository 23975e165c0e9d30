import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown, Optional } from '@nestjs/common';
import {
  BusMessage,
  CLOCK,
  Clock,
  Consumer,
  DOCUMENT_STORE,
  DEFAULT_MAX_ATTEMPTS,
  DeliveryContext,
  DocumentStore,
  MESSAGE_BUS,
  MessageBus,
  MessageHandler,
  StoredDocument,
  Upcasters,
  isPermanentFailure,
} from '@aftersales/eventsourcing';
import { ContractRegistry, INTEGRATION_EVENT_CONTRACTS, IntegrationEventType } from '@aftersales/contracts';
import { INTEGRATION_CONTRACTS, IntegrationEventOf, readIntegrationEvent } from '../contracts/integration-contracts';
import { ReadinessRegistry } from '../health/readiness';
import { Metrics, secondsSince } from '../metrics/metrics';
import { messagingSystemOf, tracedDelivery } from '../tracing/messaging';
import { tracingEnabled } from '../tracing/tracing';

/**
 * What a context consumes (ARCHITECTURE.md "Delivery"): integration events of other contexts, of
 * the types `K` (all published types unless `handles` names fewer).
 */
export interface ConsumerSpec<K extends IntegrationEventType = IntegrationEventType> {
  /** Names the consumer and its inbox collection (`<name>.inbox`), e.g. `qa-complaints`. */
  readonly name: string;
  /** The consumer group: one per service, so the instances of a service share the partitions. */
  readonly group: string;
  /** Topics from libs/contracts (`aftersales.<context>.events`). */
  readonly topics: readonly string[];
  /**
   * Handles one event, which has passed its contract at the version this service reads (so `data`
   * is typed by `type`, no cast). It must be idempotent on its own too (deterministic ids for what
   * it creates): a crash after it succeeded and before the inbox write redelivers the event.
   */
  handle(event: IntegrationEventOf<NoInfer<K>>, context: DeliveryContext): Promise<void>;
  /**
   * The event types `handle` acts on, when it ignores the rest of its topics: those others are
   * acknowledged at once, without a contract check or an inbox read and write each (most of a
   * topic, often).
   */
  readonly handles?: readonly K[];
  /**
   * Upcasters of the integration events this consumer reads, by type and version: an event at an
   * older version is brought to the newest one libs/contracts has for its type before the check.
   */
  readonly upcasters?: Upcasters;
  /** Deliveries before the event goes to `<topic>.dlq` (the bus' default when absent). */
  readonly maxAttempts?: number;
  /** First retry delay, doubling per attempt (the bus' default when absent). */
  readonly retryBackoffMs?: number;
}

/** An event this consumer has handled: the inbox that makes redelivery a no-op. */
interface InboxEntry extends StoredDocument {
  readonly type: string;
  readonly stream: string;
  readonly topic: string;
  readonly handledAt: string;
}

const FIRST_RETRY_MS = 500;
const MAX_RETRY_MS = 30_000;

/**
 * Runs the contexts' consumers on the app's MESSAGE_BUS (in-process standalone, Kafka
 * distributed): a context module registers its spec in module init and needs no infrastructure
 * code. Delivery is at-least-once; the host dedupes by event id in the service's own document
 * store (`<name>.inbox`, `_id` = event id, written after the handler succeeded), and the bus
 * retries a failing handler with backoff and dead-letters it to `<topic>.dlq`.
 *
 * Contracts are checked at run time before any handler runs (readIntegrationEvent): an event is
 * upcast to the version this service reads and checked against its schema. One that breaks it
 * (CONTRACT.SCHEMA_VIOLATION, the paths in the dead letter's error details) or comes at a version
 * this service cannot read (CONTRACT.UNKNOWN_VERSION) goes to `<topic>.dlq` at its first delivery
 * and never reaches the handler or the inbox; a type no contract names is acknowledged unhandled
 * (a newer producer's new type: nothing here reads it). A consumer that
 * cannot join its group (broker down at start) is retried in the background; readiness reports it
 * without making the service unready, because its HTTP side still serves.
 */
@Injectable()
export class ConsumerHost implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Consumers');
  private readonly specs = new Map<string, ConsumerSpec>();
  private readonly contracts: ContractRegistry;
  private readonly running = new Map<string, Consumer>();
  /** Starts under way (joins, rejoins after a failure); each leaves the set once settled. */
  private readonly starting = new Set<Promise<void>>();
  private readonly wakers = new Set<() => void>();
  private stopping = false;
  private stopped: Promise<void> | null = null;

  constructor(
    @Inject(MESSAGE_BUS) private readonly bus: MessageBus,
    @Inject(DOCUMENT_STORE) private readonly documents: DocumentStore,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly readiness: ReadinessRegistry,
    @Optional() @Inject(INTEGRATION_CONTRACTS) contracts?: ContractRegistry,
    @Optional() private readonly metrics?: Metrics,
  ) {
    this.contracts = contracts ?? INTEGRATION_EVENT_CONTRACTS;
    metrics?.onScrape(() => this.collectLag(metrics));
  }

  /** Each consumer group's lag per topic and partition, where the bus can tell. */
  private async collectLag(metrics: Metrics): Promise<void> {
    if (!this.bus.consumerLag) return;
    const groups = new Map<string, Set<string>>();
    for (const spec of this.specs.values()) groups.set(spec.group, new Set([...(groups.get(spec.group) ?? []), ...spec.topics]));
    for (const [group, topics] of groups) {
      for (const { topic, partition, lag } of await this.bus.consumerLag(group, [...topics])) {
        metrics.consumerLag.set({ group, topic, partition: String(partition) }, lag);
      }
    }
  }

  register<K extends IntegrationEventType = IntegrationEventType>(spec: ConsumerSpec<K>): void {
    if (this.specs.has(spec.name)) throw new Error(`consumer ${spec.name} registered twice`);
    if (spec.topics.length === 0) throw new Error(`consumer ${spec.name} needs at least one topic`);
    // Kept as a spec of every type: the host hands `handle` only the types of `handles`.
    this.specs.set(spec.name, spec as unknown as ConsumerSpec);
    // Before any relay publishes: a bus without a durable log waits for the groups it was told of.
    this.bus.declareGroup?.(spec.group, spec.topics);
  }

  /** Joins every consumer's group without blocking start-up on the broker. */
  onApplicationBootstrap(): void {
    if (this.specs.size === 0) return;
    this.readiness.register('consumers', () => this.running.size === this.specs.size, { critical: false });
    for (const spec of this.specs.values()) this.trackStart(this.start(spec));
  }

  private trackStart(start: Promise<void>): void {
    this.starting.add(start);
    const settled = () => void this.starting.delete(start);
    void start.then(settled, settled);
  }

  /** Resolves once every registered consumer has joined its group (tests). */
  async joined(): Promise<void> {
    while (this.starting.size > 0) await Promise.all([...this.starting]);
  }

  /** Idempotent: the infrastructure module calls it before closing the bus, so offsets are committed. */
  onApplicationShutdown(): Promise<void> {
    this.stopped ??= this.stopAll();
    return this.stopped;
  }

  /**
   * Stops the running consumers, each even when another fails to stop. It does not wait for a
   * consumer still joining its group (a broker that is away would hold the shutdown for the join
   * timeout): the bus's close() gives such joins up, and a join that completes after this is
   * stopped at once by start().
   */
  private async stopAll(): Promise<void> {
    this.stopping = true;
    for (const wake of [...this.wakers]) wake();
    const consumers = [...this.running.entries()];
    this.running.clear();
    const results = await Promise.allSettled(consumers.map(([, c]) => c.stop()));
    results.forEach((result, i) => {
      if (result.status === 'rejected') this.logger.error({ err: result.reason, consumer: consumers[i][0] }, 'consumer failed to stop');
    });
  }

  private async start(spec: ConsumerSpec): Promise<void> {
    const inbox = this.documents.collection<InboxEntry>(`${spec.name}.inbox`);
    const handled = spec.handles ? new Set<string>(spec.handles) : null;
    const deliver = async ({ event }: BusMessage, context: DeliveryContext): Promise<'handled' | 'skipped'> => {
      if (handled && !handled.has(event.type)) return 'skipped';
      // Throws a permanent CONTRACT.* error for an event no handler may see: the bus dead-letters it.
      const read = readIntegrationEvent(this.contracts, event, spec.upcasters);
      if (read === null) return 'skipped';
      if (await inbox.get(event.id)) return 'skipped';
      await spec.handle(read, context);
      await inbox.upsert(
        { _id: event.id, type: event.type, stream: event.stream, topic: context.topic, handledAt: this.clock.now().toISOString() },
        event.position,
      );
      return 'handled';
    };
    const metrics = this.metrics;
    // The bus dead-letters a permanent failure at once, any other at the last attempt.
    const isFinal = (err: unknown, context: DeliveryContext) => isPermanentFailure(err) || context.attempt >= (spec.maxAttempts ?? DEFAULT_MAX_ATTEMPTS);
    const measured = !metrics
      ? deliver
      : async (message: BusMessage, context: DeliveryContext) => {
          const start = process.hrtime.bigint();
          if (context.attempt > 1) metrics.consumerRetries.inc({ consumer: spec.name });
          try {
            const outcome = await deliver(message, context);
            metrics.handlerDuration.observe({ consumer: spec.name, outcome }, secondsSince(start));
            return outcome;
          } catch (err) {
            metrics.handlerDuration.observe({ consumer: spec.name, outcome: 'failed' }, secondsSince(start));
            if (isFinal(err, context)) metrics.deadLetters.inc({ consumer: spec.name, topic: context.topic });
            throw err;
          }
        };
    // A span per delivery attempt (ADR 016), only when an SDK is tracing: none of its cost otherwise.
    const handler: MessageHandler = tracingEnabled()
      ? tracedDelivery(measured, { consumer: spec.name, group: spec.group, system: messagingSystemOf(this.bus), isFinal })
      : async (message, context) => void (await measured(message, context));
    for (let failures = 0; !this.stopping; failures++) {
      try {
        const consumer = await this.bus.consume(handler, {
          group: spec.group,
          topics: spec.topics,
          maxAttempts: spec.maxAttempts,
          retryBackoffMs: spec.retryBackoffMs,
        });
        if (this.stopping) {
          await consumer.stop();
          return;
        }
        this.running.set(spec.name, consumer);
        // A consumer the bus gave up on (e.g. a non-retriable crash) is replaced: it resumes
        // from its group's committed offsets, and the inbox absorbs what is delivered again.
        consumer.onFailure?.((err) => {
          if (this.stopping || this.running.get(spec.name) !== consumer) return;
          this.running.delete(spec.name);
          this.logger.error({ err, consumer: spec.name, group: spec.group }, 'consumer failed; rejoining its group');
          this.trackStart(
            consumer
              .stop()
              .catch(() => undefined)
              .then(() => this.start(spec)),
          );
        });
        return;
      } catch (err) {
        if (this.stopping) return;
        const delay = Math.min(FIRST_RETRY_MS * 2 ** failures, MAX_RETRY_MS);
        this.logger.warn({ err, consumer: spec.name, group: spec.group, retryInMs: delay }, 'consumer could not join its group; retrying');
        await this.pause(delay);
      }
    }
  }

  private pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        this.wakers.delete(wake);
        resolve();
      };
      const timer = setTimeout(wake, ms);
      this.wakers.add(wake);
    });
  }
}
