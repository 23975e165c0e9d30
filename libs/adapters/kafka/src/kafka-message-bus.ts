import { Kafka, logLevel as LogLevel } from 'kafkajs';
import {
  BatchConsumerOptions,
  BusMessage,
  Clock,
  Consumer,
  ConsumerOptions,
  DEFAULT_MAX_TRANSIENT_BACKOFF_MS,
  MessageBatchHandler,
  MessageBus,
  MessageHandler,
  RecordCoordinates,
  SystemClock,
  chunkBySize,
  encodeMessage,
  retryPolicyOf,
  PartitionLag,
} from '@aftersales/eventsourcing';
import { DeadLetters } from './dead-letters';
import { ConsumerHost, GroupHandlers, KafkaGroupConsumer, consumerLog } from './kafka-consumer-group';
import { KafkaProducer } from './kafka-producer';
import { TopicAdmin } from './topic-admin';

/** consumeBatches' default slice of a fetched partition batch. */
const DEFAULT_MAX_BATCH = 500;

// The truncated dead letter moved to @aftersales/eventsourcing (dead-letter.ts), shared with the
// in-process bus; still exported from here for dlq-replay and this adapter's users.
export type { TruncatedDeadLetter } from '@aftersales/eventsourcing';
export { isTruncatedDeadLetter } from '@aftersales/eventsourcing';
// The bus's errors, exported where its users have always found them.
export { ConsumerStoppedWhileJoiningError } from './kafka-consumer-group';
export { InvalidReplicationFactorError } from './topic-admin';

export interface KafkaMessageBusOptions {
  readonly brokers: readonly string[];
  /** Names this process to the broker (default `aftersales`). */
  readonly clientId?: string;
  /** Partitions of every topic this bus creates, `.dlq` topics included (default 3). */
  readonly partitions?: number;
  /** Replicas of every topic this bus creates (default 1: the local single-node broker). */
  readonly replicationFactor?: number;
  /**
   * Where replicationFactor came from (e.g. `KAFKA_REPLICATION_FACTOR`), named by the error when
   * the cluster has fewer brokers than that (InvalidReplicationFactorError).
   */
  readonly replicationFactorSetting?: string;
  /** Stamps DeadLetter.failedAt (default the system clock). */
  readonly clock?: Clock;
  /** kafkajs' own log level (default WARN). */
  readonly logLevel?: LogLevel;
  /**
   * Group membership timing. A consumer notices a rebalance on its next heartbeat, which kafkajs
   * sends between fetches, so the fetch wait bounds how fast a group re-forms: the defaults make
   * joins and hand-overs take well under a second on an idle topic (defaults 10 s session, 500 ms
   * heartbeat, 10 s rebalance, 250 ms fetch wait). A handler must finish within the session
   * timeout; retry backoffs heartbeat while they wait.
   */
  readonly sessionTimeoutMs?: number;
  readonly heartbeatIntervalMs?: number;
  readonly rebalanceTimeoutMs?: number;
  readonly maxWaitTimeMs?: number;
  /** How long consume() waits for the group join before it gives up (default 60 s). */
  readonly joinTimeoutMs?: number;
  /** Attempts kafkajs makes per request before a publish rejects (default 5, ~10 s with its backoff). */
  readonly retries?: number;
  /**
   * Largest publish request, in encoded bytes (message-codec.ts encodedSize; default 900 KB, under
   * the broker's default message.max.bytes of 1 MiB). A publish of more is sent as consecutive
   * chunks, in order; a single message over the limit is refused with MessageTooLargeError before
   * anything is sent (the broker would refuse it for good, MESSAGE_TOO_LARGE). Raise it only with
   * the broker's message.max.bytes (and the topic's max.message.bytes).
   */
  readonly maxBatchBytes?: number;
  /**
   * Ceiling of the backoff between deliveries that failed on a transient infrastructure error
   * (isTransientError: a database or broker briefly unreachable), which are retried without
   * counting toward maxAttempts (default 5 s, or the consumer's retryBackoffMs when longer).
   */
  readonly maxTransientBackoffMs?: number;
}

/** What readiness needs to know of a bus's consumers (KafkaMessageBus.health). */
export interface KafkaBusHealth {
  readonly consumers: number;
  /** Consumers that died on their own (a non-retriable crash): they consume nothing any more. */
  readonly failed: readonly { readonly group: string; readonly error: string }[];
}

const DEFAULT_MAX_BATCH_BYTES = 900_000;

/**
 * The MessageBus port on Kafka (ARCHITECTURE.md "Delivery"): one idempotent producer (acks from
 * all in-sync replicas, one request in flight, so broker-side retries neither duplicate nor
 * reorder), a kafkajs consumer per consume() in a consumer group named by `group`, offsets
 * committed per record after its handler, retries with doubling backoff inside the partition (the
 * key's later messages wait), then `<topic>.dlq`. Topics are created by this bus through the admin
 * API with the configured partitions and replication (never by broker auto-creation), each with
 * its `.dlq`, the first time a topic is published to or consumed, or up front with ensureTopics.
 * Keys are partitioned with Kafka's Java-compatible murmur2, so every client agrees on placement.
 *
 * Recovery: a publish that finds its topic gone (UNKNOWN_TOPIC_OR_PARTITION, e.g. after the broker's
 * data was wiped) forgets that the topic was created, and one that the broker refuses for the
 * idempotent producer's state (UNKNOWN_PRODUCER_ID, OUT_OF_ORDER_SEQUENCE_NUMBER,
 * INVALID_PRODUCER_EPOCH: fatal to a kafkajs producer) replaces the producer; either way the publish
 * still rejects, and the caller's retry (the relay's, a dead letter's redelivery) then creates the
 * topic again or starts a new producer session. A consumer that kafkajs crashed without restarting
 * reports it (Consumer.failure, onFailure, health()).
 *
 * This class composes the jobs, each in its own file: the producer (kafka-producer.ts), topic
 * creation (topic-admin.ts, leader-polling.ts), the group members (kafka-consumer-group.ts) and
 * dead letters (dead-letters.ts). It owns what spans them: the options, open/closed, the
 * consumers alive and joining, and the order in which close() shuts the parts down.
 */
export class KafkaMessageBus implements MessageBus {
  readonly messagingSystem = 'kafka';
  private readonly kafka: Kafka;
  private readonly clock: Clock;
  private readonly partitions: number;
  private readonly maxBatchBytes: number;
  private readonly producer: KafkaProducer;
  private readonly topicAdmin: TopicAdmin;
  private readonly deadLetters: DeadLetters;
  private readonly consumers = new Set<KafkaGroupConsumer>();
  /** Consumers whose consume() is still joining: close() gives their joins up. */
  private readonly joining = new Set<KafkaGroupConsumer>();
  private readonly host: ConsumerHost;
  private closed = false;

  constructor(private readonly options: KafkaMessageBusOptions) {
    if (options.brokers.length === 0) throw new Error('KafkaMessageBus needs at least one broker');
    this.partitions = options.partitions ?? 3;
    const replicationFactor = options.replicationFactor ?? 1;
    if (!Number.isInteger(this.partitions) || this.partitions < 1) {
      throw new Error(`partitions must be a positive integer, got ${options.partitions}`);
    }
    this.clock = options.clock ?? new SystemClock();
    this.kafka = new Kafka({
      clientId: options.clientId ?? 'aftersales',
      brokers: [...options.brokers],
      logLevel: options.logLevel ?? LogLevel.WARN,
      retry: { retries: options.retries ?? 5 },
    });
    this.maxBatchBytes = options.maxBatchBytes ?? DEFAULT_MAX_BATCH_BYTES;
    if (!(this.maxBatchBytes > 0)) throw new Error(`maxBatchBytes must be positive, got ${options.maxBatchBytes}`);
    this.topicAdmin = new TopicAdmin(this.kafka, {
      partitions: this.partitions,
      replicationFactor,
      replicationFactorSetting: options.replicationFactorSetting ?? 'replicationFactor',
    });
    this.producer = new KafkaProducer(this.kafka, (topic) => this.topicAdmin.forget(topic));
    this.deadLetters = new DeadLetters(
      this.kafka,
      {
        publish: (topic, messages) => this.publish(topic, messages),
        assertOpen: () => this.assertOpen(),
        ensureTopics: (names) => this.ensureTopics(names),
        send: (topic, messages) => this.producer.send(topic, messages),
      },
      this.clock,
      this.maxBatchBytes,
    );
    this.host = {
      ...consumerLog(this.kafka),
      deadLetter: (topic, group, message, error, attempts, where) => this.deadLetter(topic, group, message, error, attempts, where),
      deadLetterRaw: (topic, partition, group, record, error) => this.deadLetters.deadLetterRaw(topic, partition, group, record, error),
      forget: (consumer) => this.consumers.delete(consumer),
    };
  }

  /** Consumers of this bus, and those that died on their own (for readiness). */
  health(): KafkaBusHealth {
    const consumers = [...this.consumers];
    return {
      consumers: consumers.length,
      failed: consumers.filter((c) => c.failure !== null).map((c) => ({ group: c.group, error: c.failure?.message ?? '' })),
    };
  }

  consumerLag(group: string, topics: readonly string[]): Promise<readonly PartitionLag[]> {
    this.assertOpen();
    return this.topicAdmin.lag(group, topics);
  }

  /** Creates the topics that do not exist yet, and the `.dlq` of each that is not one itself. */
  ensureTopics(names: readonly string[]): Promise<void> {
    return this.topicAdmin.ensureTopics(names);
  }

  /**
   * Resolves once every in-sync replica of each partition leader has the messages. More than
   * maxBatchBytes go as consecutive requests, in order; if one fails, the earlier ones stay
   * published (a retry republishes them: at-least-once, consumers dedupe by event id).
   */
  async publish(topic: string, messages: readonly BusMessage[]): Promise<void> {
    this.assertOpen();
    // Encoded and sized before anything is sent: a message over the limit fails the whole publish.
    const chunks = chunkBySize(messages.map(encodeMessage), this.maxBatchBytes, (r) => ({ id: r.headers.id, type: r.headers.type }));
    await this.ensureTopics([topic]);
    for (const chunk of chunks) {
      await this.producer.send(topic, chunk.map((r) => ({ key: r.key, value: r.value, headers: { ...r.headers } })));
    }
  }

  /**
   * Publishes records as they are (no codec): the DLQ replay puts a raw dead letter's original bytes
   * back on its topic with this. Unlike publish, nothing is chunked: all the records go in one
   * request, so only each record, not their sum, is held to maxBatchBytes (the replay sends one at
   * a time). A record over the limit is refused before any record is sent, though after the topic
   * was created. Its size is an estimate: key, value and headers by their `length` (a string's
   * UTF-16 units, not its UTF-8 bytes) plus a fixed overhead, not the codec's encodedSize.
   */
  async publishRaw(topic: string, records: readonly { key: Buffer | string | null; value: Buffer | string | null; headers: Record<string, Buffer | string> }[]): Promise<void> {
    this.assertOpen();
    await this.ensureTopics([topic]);
    for (const record of records) {
      const bytes = 64 + (record.key?.length ?? 0) + (record.value?.length ?? 0) + Object.entries(record.headers).reduce((n, [k, v]) => n + 8 + k.length + v.length, 0);
      if (bytes > this.maxBatchBytes) throw new Error(`a raw record of ${bytes} bytes is over the ${this.maxBatchBytes}-byte publish limit`);
    }
    if (records.length > 0) await this.producer.send(topic, records.map((r) => ({ key: r.key, value: r.value, headers: { ...r.headers } })));
  }

  consume(handler: MessageHandler, options: ConsumerOptions): Promise<Consumer> {
    return this.join({ one: handler }, options);
  }

  /** Each fetched partition batch to the handler at once, in slices of maxBatch (MessageBus.consumeBatches). */
  consumeBatches(handler: MessageBatchHandler, options: BatchConsumerOptions): Promise<Consumer> {
    const maxBatch = options.maxBatch ?? DEFAULT_MAX_BATCH;
    if (!Number.isInteger(maxBatch) || maxBatch < 1) throw new Error(`maxBatch must be a whole number from 1, got ${maxBatch}`);
    return this.join({ one: (message, context) => handler([message], context), batch: handler, maxBatch }, options);
  }

  private async join(handlers: GroupHandlers, options: ConsumerOptions): Promise<Consumer> {
    this.assertOpen();
    if (options.topics.length === 0) throw new Error(`consumer group ${options.group} needs at least one topic`);
    const retry = retryPolicyOf(options, this.options.maxTransientBackoffMs ?? DEFAULT_MAX_TRANSIENT_BACKOFF_MS);
    await this.ensureTopics(options.topics);
    this.assertOpen();

    const heartbeatIntervalMs = this.options.heartbeatIntervalMs ?? 500;
    const kafkaConsumer = this.kafka.consumer({
      groupId: options.group,
      sessionTimeout: this.options.sessionTimeoutMs ?? 10_000,
      rebalanceTimeout: this.options.rebalanceTimeoutMs ?? 10_000,
      heartbeatInterval: heartbeatIntervalMs,
      maxWaitTimeInMs: this.options.maxWaitTimeMs ?? 250,
      allowAutoTopicCreation: false,
    });
    const consumer = new KafkaGroupConsumer(this.host, kafkaConsumer, options.group, handlers, retry, heartbeatIntervalMs);
    // Tracked while it joins, so close() can give the join up instead of waiting for it.
    this.joining.add(consumer);
    try {
      // Every partition of every topic may be handled at once; order holds within a partition.
      await consumer.start(options.topics, this.partitions * options.topics.length, this.options.joinTimeoutMs ?? 60_000);
    } finally {
      this.joining.delete(consumer);
    }
    if (this.closed) {
      // close() ran while the join was completing: nothing may keep consuming on a closed bus.
      await consumer.stop();
      throw new Error('message bus is closed');
    }
    this.consumers.add(consumer);
    return consumer;
  }

  /**
   * Stops every consumer (committing what they handled) and gives up the joins under way, then
   * disconnects the producer and admin client. Each is closed even when another fails to; the
   * first failure is rethrown at the end.
   */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    const consumers = await Promise.allSettled([...this.consumers, ...this.joining].map((c) => c.stop()));
    const clients = await Promise.allSettled([this.producer.disconnect(), this.topicAdmin.disconnect()]);
    const failed = [...consumers, ...clients].find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed) throw failed.reason;
  }

  private assertOpen(): void {
    if (this.closed) throw new Error('message bus is closed');
  }

  /**
   * A consumer's dead letter goes through the bus rather than straight to DeadLetters, so a test
   * can make the DLQ refuse one (the consumer crash in kafka-message-bus.infra-spec.ts).
   */
  private deadLetter(topic: string, group: string, message: BusMessage, error: unknown, attempts: number, where?: RecordCoordinates): Promise<void> {
    return this.deadLetters.deadLetter(topic, group, message, error, attempts, where);
  }
}
