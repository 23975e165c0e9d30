import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown, Optional } from '@nestjs/common';
import { BusMessage, Consumer, DeliveryContext, MESSAGE_BUS, MessageBus, READ_MODEL_TRANSACTIONS, ReadModelTransactions } from '@aftersales/eventsourcing';
import { RECORD_TOPICS, contextOfRecordTopic } from '@aftersales/contracts';
import { ConfigError, ReadinessRegistry } from '@aftersales/platform';
import { AuditLog } from './audit-log';
import { AUDIT_LOG } from './checkpoints';

/** The consumer group of audit's record follower (one per deployment: the instances share the partitions). */
export const RECORD_GROUP = 'audit-record';
export const RECORD_TOPICS_TO_FOLLOW = Symbol('AuditRecordTopics');

const FIRST_RETRY_MS = 500;
/** Records archived in one transaction at most: a fetched partition batch is appended in slices of this. */
const MAX_BATCH = 500;
const MAX_RETRY_MS = 30_000;

/**
 * AU-1 in distributed mode: archives every context's full record from `aftersales.<context>.record`
 * (RECORD_TOPICS of libs/contracts: a context joins by its line there). Each fetched partition batch
 * (up to MAX_BATCH records) is archived in one transaction with its Merkle nodes and the log's head
 * (PostgreSQL read models), by one writer in this process (appends are serialized), each event with
 * its source: the context of its topic and its position in that context's event store. The group's
 * offsets are committed after the transaction, so a kill -9 between the two redelivers the batch,
 * and the log finds its events archived (by id) and adds nothing; a kill before the commit leaves
 * nothing behind. A batch that fails is archived again record by record (a poison record goes to
 * the DLQ alone). Two instances cannot fork the log
 * either: both would write archive position `size` first, and the unique index on positions fails
 * the later transaction, whose event is then retried on the grown log.
 */
@Injectable()
export class AuditRecordFollower implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('AuditRecord');
  private consumer: Consumer | null = null;
  private starting: Promise<void> | null = null;
  private stopping = false;
  private wake: (() => void) | null = null;
  /** The tail of the append chain: one append at a time. */
  private tail: Promise<unknown> = Promise.resolve();
  private archived = 0;

  constructor(
    @Inject(MESSAGE_BUS) private readonly bus: MessageBus,
    @Inject(AUDIT_LOG) private readonly log: AuditLog,
    private readonly readiness: ReadinessRegistry,
    @Optional() @Inject(READ_MODEL_TRANSACTIONS) private readonly transactions: ReadModelTransactions | null = null,
    @Optional() @Inject(RECORD_TOPICS_TO_FOLLOW) private readonly topics: readonly string[] = RECORD_TOPICS,
  ) {
    if (!transactions) {
      throw new ConfigError([
        'READ_MODELS: the audit log archives the record from Kafka only on PostgreSQL read models (READ_MODELS=postgres), where each event, its Merkle nodes and the head commit in one transaction (ADR 013)',
      ]);
    }
  }

  onApplicationBootstrap(): void {
    this.readiness.register('auditRecord', () => this.consumer !== null, { critical: false });
    this.starting = this.start();
  }

  /** Resolves once the follower has joined its group (tests). */
  async joined(): Promise<void> {
    await this.starting;
  }

  /** Events this instance archived (new to the log) since it started. */
  get archivedCount(): number {
    return this.archived;
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopping = true;
    this.wake?.();
    await this.starting;
    await this.consumer?.stop();
    this.consumer = null;
    await this.tail.catch(() => undefined);
  }

  // rule AU-1: every event of every context is archived once, by its id, with its source
  private handle = async (messages: readonly BusMessage[], context: DeliveryContext): Promise<void> => {
    const source = contextOfRecordTopic(context.topic);
    if (source === null) throw new Error(`${context.topic} is not a record topic`);
    const events = messages.map((m) => m.event);
    const append = this.tail.then(() =>
      (this.transactions as ReadModelTransactions).run(() => this.log.append(events, (event) => ({ context: source, position: event.position.toString() }))),
    );
    this.tail = append.catch(() => undefined);
    const added = await append;
    this.archived += added;
  };

  /** A fetched partition batch at once where the bus can (Kafka), else one record at a time. */
  private consume(): Promise<Consumer> {
    const options = { group: RECORD_GROUP, topics: this.topics, maxAttempts: 20 };
    if (this.bus.consumeBatches) return this.bus.consumeBatches(this.handle, { ...options, maxBatch: MAX_BATCH });
    return this.bus.consume((message, context) => this.handle([message], context), options);
  }

  /** Joins the group, retrying with backoff while the broker is away (the HTTP side serves meanwhile). */
  private async start(): Promise<void> {
    for (let failures = 0; !this.stopping; failures++) {
      try {
        const consumer = await this.consume();
        if (this.stopping) {
          await consumer.stop();
          return;
        }
        this.consumer = consumer;
        consumer.onFailure?.((err) => {
          if (this.stopping || this.consumer !== consumer) return;
          this.logger.error({ err, group: RECORD_GROUP }, 'the record follower failed; rejoining its group');
          this.consumer = null;
          this.starting = consumer
            .stop()
            .catch(() => undefined)
            .then(() => this.start());
        });
        return;
      } catch (err) {
        if (this.stopping) return;
        const delay = Math.min(FIRST_RETRY_MS * 2 ** failures, MAX_RETRY_MS);
        this.logger.warn({ err, group: RECORD_GROUP, retryInMs: delay }, 'the record follower could not join its group; retrying');
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, delay);
          this.wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
      }
    }
  }
}
