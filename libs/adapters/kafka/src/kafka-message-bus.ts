import {
  Admin,
  Consumer as KafkaJsConsumer,
  EachBatchPayload,
  Kafka,
  KafkaMessage,
  Partitioners,
  Producer,
  logLevel as LogLevel,
} from 'kafkajs';
import {
  BusMessage,
  Clock,
  Consumer,
  ConsumerOptions,
  DeadLetter,
  MessageBus,
  MessageHandler,
  SystemClock,
  describeFailure,
  dlqTopic,
  toDeadLetterMessage,
} from '@aftersales/eventsourcing';
import { decodeMessage, encodeMessage } from './kafka-codec';

export interface KafkaMessageBusOptions {
  readonly brokers: readonly string[];
  /** Names this process to the broker (default `aftersales`). */
  readonly clientId?: string;
  /** Partitions of every topic this bus creates, `.dlq` topics included (default 3). */
  readonly partitions?: number;
  /** Replicas of every topic this bus creates (default 1: the local single-node broker). */
  readonly replicationFactor?: number;
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
}

const DEFAULT_MAX_ATTEMPTS = 5;
const DEFAULT_RETRY_BACKOFF_MS = 100;
const DEFAULT_MAX_RETRY_BACKOFF_MS = 30_000;

interface RetryPolicy {
  readonly maxAttempts: number;
  readonly retryBackoffMs: number;
  readonly maxRetryBackoffMs: number;
}

/** What a consumer needs from its bus. */
interface ConsumerHost {
  deadLetter(topic: string, group: string, message: BusMessage, error: unknown, attempts: number): Promise<void>;
  forget(consumer: KafkaGroupConsumer): void;
  reportUndecodable(topic: string, partition: number, record: KafkaMessage, error: unknown): void;
}

type Outcome = 'handled' | 'abandoned';

/** One member of a Kafka consumer group, running a MessageHandler with the port's retry and dead-letter rules. */
class KafkaGroupConsumer implements Consumer {
  private stopRequested = false;
  private stopping: Promise<void> | null = null;
  private readonly inFlight = new Set<Promise<void>>();
  private readonly wakers = new Set<() => void>();

  constructor(
    private readonly host: ConsumerHost,
    private readonly consumer: KafkaJsConsumer,
    private readonly group: string,
    private readonly handler: MessageHandler,
    private readonly retry: RetryPolicy,
    private readonly heartbeatIntervalMs: number,
  ) {}

  /** Joins the group and resolves once this member has its assignment. */
  async start(topics: readonly string[], concurrency: number, joinTimeoutMs: number): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const removers: (() => void)[] = [];
    const joined = new Promise<void>((resolve, reject) => {
      removers.push(this.consumer.on(this.consumer.events.GROUP_JOIN, () => resolve()));
      removers.push(
        this.consumer.on(this.consumer.events.CRASH, (event) => {
          if (!event.payload.restart) reject(event.payload.error);
        }),
      );
      timer = setTimeout(() => reject(new Error(`group ${this.group} not joined within ${joinTimeoutMs} ms`)), joinTimeoutMs);
    });
    try {
      await this.consumer.connect();
      await this.consumer.subscribe({ topics: [...topics], fromBeginning: true });
      await this.consumer.run({
        autoCommit: false,
        eachBatchAutoResolve: false,
        partitionsConsumedConcurrently: concurrency,
        eachBatch: (payload) => this.track(this.eachBatch(payload)),
      });
      await joined;
    } catch (err) {
      await this.consumer.disconnect().catch(() => undefined);
      throw err;
    } finally {
      clearTimeout(timer);
      for (const remove of removers) remove();
    }
  }

  stop(): Promise<void> {
    this.stopping ??= this.leave();
    return this.stopping;
  }

  private async leave(): Promise<void> {
    this.stopRequested = true;
    for (const wake of [...this.wakers]) wake();
    await Promise.allSettled([...this.inFlight]);
    // Leaves the group at once (LeaveGroup), so the partitions move without waiting for the session timeout.
    await this.consumer.disconnect();
    this.host.forget(this);
  }

  private track(work: Promise<void>): Promise<void> {
    this.inFlight.add(work);
    void work.then(
      () => this.inFlight.delete(work),
      () => this.inFlight.delete(work),
    );
    return work;
  }

  /**
   * One partition's fetched records, in order. A record's offset is committed as soon as its handler
   * succeeded or it was dead-lettered, so a rebalance or crash redelivers at most the record in hand.
   */
  private async eachBatch(payload: EachBatchPayload): Promise<void> {
    const { batch, resolveOffset, commitOffsetsIfNecessary, heartbeat, isRunning, isStale } = payload;
    const { topic, partition } = batch;
    for (const record of batch.messages) {
      if (this.stopRequested || !isRunning() || isStale()) return;
      let message: BusMessage | null = null;
      try {
        message = decodeMessage(record);
      } catch (err) {
        // Not ours to retry: no handler can read it, and no DeadLetter can carry it (it has no envelope).
        this.host.reportUndecodable(topic, partition, record, err);
      }
      if (message && (await this.deliver(topic, message, heartbeat)) === 'abandoned') return;
      resolveOffset(record.offset);
      const next = (BigInt(record.offset) + 1n).toString();
      await commitOffsetsIfNecessary({ topics: [{ topic, partitions: [{ partition, offset: next }] }] });
    }
  }

  private async deliver(topic: string, message: BusMessage, heartbeat: () => Promise<void>): Promise<Outcome> {
    for (let attempt = 1; ; attempt++) {
      if (this.stopRequested) return 'abandoned';
      try {
        // A copy per delivery: a handler that changes its message must not change what a retry sees.
        await this.handler(structuredClone(message), { topic, attempt });
        return 'handled';
      } catch (err) {
        // A failure while leaving may be the shutdown itself: leave the message to the next member.
        if (this.stopRequested) return 'abandoned';
        if (attempt >= this.retry.maxAttempts) {
          await this.host.deadLetter(topic, this.group, message, err, attempt);
          return 'handled';
        }
        await this.pause(Math.min(this.retry.retryBackoffMs * 2 ** (attempt - 1), this.retry.maxRetryBackoffMs), heartbeat);
      }
    }
  }

  /**
   * A retry backoff that stop() cuts short. It heartbeats while it waits, so a long backoff does not
   * cost the partition; a heartbeat that reports a rebalance throws, and kafkajs rejoins the group
   * without committing the message (its next owner starts it again at attempt 1).
   */
  private async pause(ms: number, heartbeat: () => Promise<void>): Promise<void> {
    const until = Date.now() + ms;
    while (!this.stopRequested) {
      const left = until - Date.now();
      if (left <= 0) return;
      await new Promise<void>((resolve) => {
        const wake = () => {
          clearTimeout(timer);
          this.wakers.delete(wake);
          resolve();
        };
        const timer = setTimeout(wake, Math.min(left, this.heartbeatIntervalMs));
        this.wakers.add(wake);
      });
      if (!this.stopRequested && Date.now() < until) await heartbeat();
    }
  }
}

/**
 * The MessageBus port on Kafka (ARCHITECTURE.md "Delivery"): one idempotent producer (acks from
 * all in-sync replicas, one request in flight, so broker-side retries neither duplicate nor
 * reorder), a kafkajs consumer per consume() in a consumer group named by `group`, offsets
 * committed per record after its handler, retries with doubling backoff inside the partition (the
 * key's later messages wait), then `<topic>.dlq`. Topics are created by this bus through the admin
 * API with the configured partitions and replication (never by broker auto-creation), each with
 * its `.dlq`, the first time a topic is published to or consumed, or up front with ensureTopics.
 * Keys are partitioned with Kafka's Java-compatible murmur2, so every client agrees on placement.
 */
export class KafkaMessageBus implements MessageBus {
  private readonly kafka: Kafka;
  private readonly clock: Clock;
  private readonly partitions: number;
  private readonly replicationFactor: number;
  private readonly producer: Producer;
  private producerReady: Promise<void> | null = null;
  private admin: Promise<Admin> | null = null;
  private readonly topics = new Map<string, Promise<void>>();
  private readonly consumers = new Set<KafkaGroupConsumer>();
  private readonly host: ConsumerHost = {
    deadLetter: (topic, group, message, error, attempts) => this.deadLetter(topic, group, message, error, attempts),
    forget: (consumer) => this.consumers.delete(consumer),
    reportUndecodable: (topic, partition, record, error) =>
      this.kafka
        .logger()
        .error('skipping a record that is not an event envelope', { topic, partition, offset: record.offset, error: String(error) }),
  };
  private closed = false;

  constructor(private readonly options: KafkaMessageBusOptions) {
    if (options.brokers.length === 0) throw new Error('KafkaMessageBus needs at least one broker');
    this.partitions = options.partitions ?? 3;
    this.replicationFactor = options.replicationFactor ?? 1;
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
    this.producer = this.kafka.producer({
      idempotent: true,
      maxInFlightRequests: 1,
      allowAutoTopicCreation: false,
      createPartitioner: Partitioners.DefaultPartitioner,
    });
  }

  /** Creates the topics that do not exist yet, and the `.dlq` of each that is not one itself. */
  async ensureTopics(names: readonly string[]): Promise<void> {
    const wanted = new Set<string>();
    for (const name of names) {
      if (name === '') throw new Error('a topic needs a name');
      wanted.add(name);
      if (!name.endsWith('.dlq')) wanted.add(dlqTopic(name));
    }
    await Promise.all([...wanted].map((name) => this.ensureTopic(name)));
  }

  /** Resolves once every in-sync replica of each partition leader has the messages. */
  async publish(topic: string, messages: readonly BusMessage[]): Promise<void> {
    this.assertOpen();
    await this.ensureTopics([topic]);
    if (messages.length === 0) return;
    await this.connectProducer();
    await this.producer.send({ topic, acks: -1, messages: messages.map(encodeMessage) });
  }

  async consume(handler: MessageHandler, options: ConsumerOptions): Promise<Consumer> {
    this.assertOpen();
    if (options.topics.length === 0) throw new Error(`consumer group ${options.group} needs at least one topic`);
    const maxAttempts = options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
    const retryBackoffMs = options.retryBackoffMs ?? DEFAULT_RETRY_BACKOFF_MS;
    const maxRetryBackoffMs = options.maxRetryBackoffMs ?? Math.max(DEFAULT_MAX_RETRY_BACKOFF_MS, retryBackoffMs);
    if (!Number.isInteger(maxAttempts) || maxAttempts < 1) throw new Error(`maxAttempts must be a positive integer, got ${maxAttempts}`);
    if (!(retryBackoffMs >= 0)) throw new Error(`retryBackoffMs must not be negative, got ${retryBackoffMs}`);
    if (!(maxRetryBackoffMs >= retryBackoffMs)) throw new Error(`maxRetryBackoffMs must be at least retryBackoffMs, got ${maxRetryBackoffMs}`);
    await this.ensureTopics(options.topics);

    const heartbeatIntervalMs = this.options.heartbeatIntervalMs ?? 500;
    const kafkaConsumer = this.kafka.consumer({
      groupId: options.group,
      sessionTimeout: this.options.sessionTimeoutMs ?? 10_000,
      rebalanceTimeout: this.options.rebalanceTimeoutMs ?? 10_000,
      heartbeatInterval: heartbeatIntervalMs,
      maxWaitTimeInMs: this.options.maxWaitTimeMs ?? 250,
      allowAutoTopicCreation: false,
    });
    const consumer = new KafkaGroupConsumer(
      this.host,
      kafkaConsumer,
      options.group,
      handler,
      { maxAttempts, retryBackoffMs, maxRetryBackoffMs },
      heartbeatIntervalMs,
    );
    // Every partition of every topic may be handled at once; order holds within a partition.
    await consumer.start(options.topics, this.partitions * options.topics.length, this.options.joinTimeoutMs ?? 60_000);
    this.consumers.add(consumer);
    return consumer;
  }

  /** Stops every consumer (committing what they handled), then disconnects the producer and admin client. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.all([...this.consumers].map((c) => c.stop()));
    if (this.producerReady) await this.producer.disconnect();
    if (this.admin) await (await this.admin.catch(() => null))?.disconnect();
  }

  private assertOpen(): void {
    if (this.closed) throw new Error('message bus is closed');
  }

  private connectProducer(): Promise<void> {
    if (!this.producerReady) {
      this.producerReady = this.producer.connect();
      this.producerReady.catch(() => (this.producerReady = null));
    }
    return this.producerReady;
  }

  private adminClient(): Promise<Admin> {
    if (!this.admin) {
      const admin = this.kafka.admin();
      this.admin = admin.connect().then(() => admin);
      this.admin.catch(() => (this.admin = null));
    }
    return this.admin;
  }

  /** One createTopics per topic: kafkajs rejects a whole request if only some of its topics exist already. */
  private ensureTopic(topic: string): Promise<void> {
    let ready = this.topics.get(topic);
    if (!ready) {
      ready = this.adminClient().then(async (admin) => {
        // Asking first keeps a restart quiet: kafkajs logs a create of an existing topic as an error.
        if ((await admin.listTopics()).includes(topic)) return;
        await admin.createTopics({
          topics: [{ topic, numPartitions: this.partitions, replicationFactor: this.replicationFactor }],
          waitForLeaders: false,
        });
        await this.leadersOf(admin, topic);
      });
      this.topics.set(topic, ready);
      ready.catch(() => this.topics.delete(topic));
    }
    return ready;
  }

  /**
   * Waits until every partition of a new topic has a leader. kafkajs' own waitForLeaders gives up
   * on the UNKNOWN_TOPIC_OR_PARTITION a broker answers before its metadata has caught up.
   */
  private async leadersOf(admin: Admin, topic: string): Promise<void> {
    const deadline = Date.now() + 30_000;
    for (;;) {
      try {
        const [metadata] = (await admin.fetchTopicMetadata({ topics: [topic] })).topics;
        if (metadata && metadata.partitions.length > 0 && metadata.partitions.every((p) => p.leader >= 0)) return;
      } catch (err) {
        if (Date.now() > deadline) throw err;
      }
      if (Date.now() > deadline) throw new Error(`topic ${topic} has no leader after 30 s`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  private async deadLetter(topic: string, group: string, message: BusMessage, error: unknown, attempts: number): Promise<void> {
    const letter: DeadLetter = {
      originalTopic: topic,
      group,
      key: message.key,
      event: message.event,
      error: describeFailure(error),
      attempts,
      failedAt: this.clock.now().toISOString(),
    };
    await this.publish(dlqTopic(topic), [toDeadLetterMessage(letter)]);
  }
}
