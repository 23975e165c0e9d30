import {
  Admin,
  Consumer as KafkaJsConsumer,
  EachBatchPayload,
  Kafka,
  KafkaMessage,
  Message,
  Partitioners,
  Producer,
  logLevel as LogLevel,
} from 'kafkajs';
import {
  BusMessage,
  Clock,
  Consumer,
  ConsumerOptions,
  DEFAULT_MAX_TRANSIENT_BACKOFF_MS,
  DeliveryAttempts,
  MessageBus,
  MessageTooLargeError,
  MessageHandler,
  RecordCoordinates,
  RetryPolicy,
  SystemClock,
  chunkBySize,
  deadLetterMessages,
  deadLetterOf,
  describeFailure,
  dlqTopic,
  encodeMessage,
  newEventId,
  retryPolicyOf,
  toRawDeadLetterRecord,
} from '@aftersales/eventsourcing';
import { decodeMessage } from './kafka-codec';

// The truncated dead letter moved to @aftersales/eventsourcing (dead-letter.ts), shared with the
// in-process bus; still exported from here for dlq-replay and this adapter's users.
export type { TruncatedDeadLetter } from '@aftersales/eventsourcing';
export { isTruncatedDeadLetter } from '@aftersales/eventsourcing';

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

/** Broker errors after which the idempotent producer's state is unusable: kafkajs treats them as fatal (tulios/kafkajs#598). */
const PRODUCER_FATAL = new Set(['UNKNOWN_PRODUCER_ID', 'OUT_OF_ORDER_SEQUENCE_NUMBER', 'INVALID_PRODUCER_EPOCH']);

/** The protocol error types anywhere in a kafkajs error's chain (cause, originalError, aggregated errors). */
function errorTypes(err: unknown, into = new Set<string>(), depth = 0): Set<string> {
  if (typeof err !== 'object' || err === null || depth > 8) return into;
  const e = err as { type?: unknown; cause?: unknown; originalError?: unknown; errors?: unknown };
  if (typeof e.type === 'string') into.add(e.type);
  errorTypes(e.cause, into, depth + 1);
  errorTypes(e.originalError, into, depth + 1);
  if (Array.isArray(e.errors)) for (const inner of e.errors) errorTypes(inner, into, depth + 1);
  return into;
}

/** How long giving up a join waits for kafkajs' disconnect (see disconnectWithin). */
const ABANDONED_JOIN_DISCONNECT_MS = 1_000;

/**
 * The brokers refused to create a topic with the configured replication factor (fewer brokers than
 * replicas). Trying again cannot help until the setting or the cluster changes: it is not retriable,
 * and the bus logs it once.
 */
export class InvalidReplicationFactorError extends Error {
  readonly code = 'MESSAGING.INVALID_REPLICATION_FACTOR';
  readonly retriable = false;
  constructor(
    readonly topic: string,
    readonly replicationFactor: number,
    setting: string,
    cause: unknown,
  ) {
    super(
      `cannot create topic ${topic} with ${replicationFactor} replicas: the Kafka cluster has fewer brokers than that ` +
        `(INVALID_REPLICATION_FACTOR); set ${setting} to at most the number of brokers`,
      { cause },
    );
  }
}

/** Stops a consumer that is still joining its group (KafkaGroupConsumer.stop, KafkaMessageBus.close). */
export class ConsumerStoppedWhileJoiningError extends Error {
  readonly code = 'MESSAGING.CONSUMER_STOPPED';
  readonly retriable = false;
  constructor(group: string) {
    super(`consumer of group ${group} was stopped while joining its group`);
  }
}

/** What a consumer needs from its bus. */
interface ConsumerHost {
  reportCrash(group: string, error: Error): void;
  deadLetter(topic: string, group: string, message: BusMessage, error: unknown, attempts: number, where: RecordCoordinates): Promise<void>;
  /** Puts a record that does not decode on `<topic>.dlq` as it is, marked raw (message-codec.ts). */
  deadLetterRaw(topic: string, partition: number, group: string, record: KafkaMessage, error: unknown): Promise<void>;
  forget(consumer: KafkaGroupConsumer): void;
  reportUndecodable(topic: string, partition: number, record: KafkaMessage, error: unknown): void;
  reportTransient(topic: string, partition: number, group: string, record: KafkaMessage, error: unknown, failures: number, retryInMs: number): void;
}

type Outcome = 'handled' | 'abandoned';

/** One member of a Kafka consumer group, running a MessageHandler with the port's retry and dead-letter rules. */
class KafkaGroupConsumer implements Consumer {
  private stopRequested = false;
  private stopping: Promise<void> | null = null;
  private readonly inFlight = new Set<Promise<void>>();
  private readonly wakers = new Set<() => void>();
  private failedWith: Error | null = null;
  private readonly failureListeners = new Set<(error: Error) => void>();
  private removeCrashListener: (() => void) | null = null;
  /** Set while start() joins: gives the join up (stop(), join timeout, crash). */
  private abortJoin: ((err: Error) => void) | null = null;
  private joinAbandoned = false;

  constructor(
    private readonly host: ConsumerHost,
    private readonly consumer: KafkaJsConsumer,
    readonly group: string,
    private readonly handler: MessageHandler,
    private readonly retry: RetryPolicy,
    private readonly heartbeatIntervalMs: number,
  ) {}

  /** Set once kafkajs crashed this consumer without restarting it: it consumes nothing any more. */
  get failure(): Error | null {
    return this.failedWith;
  }

  onFailure(listener: (error: Error) => void): () => void {
    if (this.failedWith) {
      listener(this.failedWith);
      return () => undefined;
    }
    this.failureListeners.add(listener);
    return () => this.failureListeners.delete(listener);
  }

  /**
   * Joins the group and resolves once this member has its assignment. stop() while it joins (and
   * the join timeout, and a crash) rejects the join at once, whichever step it is in (connect,
   * subscribe, waiting for the assignment), and disconnects the kafkajs consumer.
   */
  async start(topics: readonly string[], concurrency: number, joinTimeoutMs: number): Promise<void> {
    const removers: (() => void)[] = [];
    let abortJoin: (err: Error) => void = () => undefined;
    // Settles (rejected) when the join must end before it succeeded; every step races it.
    const aborted = new Promise<never>((_, reject) => (abortJoin = reject));
    aborted.catch(() => undefined);
    this.abortJoin = abortJoin;
    // Kept for the consumer's whole life: a crash kafkajs does not restart from (a non-retriable
    // error) leaves a disconnected consumer behind, which must not go unnoticed.
    this.removeCrashListener = this.consumer.on(this.consumer.events.CRASH, (event) => {
      if (event.payload.restart || this.stopRequested) return;
      const error = event.payload.error instanceof Error ? event.payload.error : new Error(String(event.payload.error));
      this.fail(error);
      abortJoin(error);
    });
    const joined = new Promise<void>((resolve) => {
      removers.push(this.consumer.on(this.consumer.events.GROUP_JOIN, () => resolve()));
    });
    const timer = setTimeout(() => abortJoin(new Error(`group ${this.group} not joined within ${joinTimeoutMs} ms`)), joinTimeoutMs);
    const step = <T>(work: Promise<T>): Promise<T> => {
      // A step cut short may still finish later (kafkajs retries a connect on its own): whatever it
      // opened then is closed again once the join has been given up.
      void work.then(
        () => (this.joinAbandoned ? this.consumer.disconnect().catch(() => undefined) : undefined),
        () => undefined,
      );
      return Promise.race([work, aborted]);
    };
    try {
      if (this.stopRequested) throw new ConsumerStoppedWhileJoiningError(this.group);
      await step(this.consumer.connect());
      await step(this.consumer.subscribe({ topics: [...topics], fromBeginning: true }));
      await step(
        this.consumer.run({
          autoCommit: false,
          eachBatchAutoResolve: false,
          partitionsConsumedConcurrently: concurrency,
          eachBatch: (payload) => this.track(this.eachBatch(payload)),
        }),
      );
      await step(joined);
    } catch (err) {
      this.joinAbandoned = true;
      this.removeCrashListener?.();
      await this.disconnectWithin(ABANDONED_JOIN_DISCONNECT_MS);
      throw err;
    } finally {
      this.abortJoin = null;
      clearTimeout(timer);
      for (const remove of removers) remove();
    }
  }

  private fail(error: Error): void {
    if (this.failedWith) return;
    this.failedWith = error;
    this.host.reportCrash(this.group, error);
    for (const listener of [...this.failureListeners]) listener(error);
    this.failureListeners.clear();
  }

  stop(): Promise<void> {
    this.stopping ??= this.leave();
    return this.stopping;
  }

  /**
   * kafkajs' disconnect waits for a JoinGroup in flight, which the broker answers only once the
   * rebalance completes (up to the rebalance timeout): a join given up does not wait that long for
   * it. The disconnect goes on in the background and the member leaves the group when it completes.
   */
  private async disconnectWithin(ms: number): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      this.consumer.disconnect().catch(() => undefined),
      new Promise<void>((resolve) => (timer = setTimeout(resolve, ms))),
    ]);
    clearTimeout(timer);
  }

  private async leave(): Promise<void> {
    this.stopRequested = true;
    const joining = this.abortJoin !== null;
    // A member still joining gives up the join: start() rejects and disconnects.
    this.abortJoin?.(new ConsumerStoppedWhileJoiningError(this.group));
    for (const wake of [...this.wakers]) wake();
    await Promise.allSettled([...this.inFlight]);
    try {
      // Leaves the group at once (LeaveGroup), so the partitions move without waiting for the session timeout.
      if (joining) await this.disconnectWithin(ABANDONED_JOIN_DISCONNECT_MS);
      else await this.consumer.disconnect();
    } finally {
      this.removeCrashListener?.();
      this.host.forget(this);
    }
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
   * It heartbeats after every record (kafkajs sends one only when heartbeatInterval has passed), so
   * a long batch does not cost the membership; a heartbeat that reports a rebalance throws, and
   * kafkajs rejoins (what was committed stays committed).
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
        // No handler can read it and no DeadLetter can carry it (it has no envelope): it goes to the
        // DLQ as it is, byte for byte, before its offset is committed, so it is never lost.
        this.host.reportUndecodable(topic, partition, record, err);
        await this.whileHeartbeating(heartbeat, () => this.host.deadLetterRaw(topic, partition, this.group, record, err));
      }
      if (message && (await this.deliver(topic, partition, record, heartbeat)) === 'abandoned') return;
      resolveOffset(record.offset);
      const next = (BigInt(record.offset) + 1n).toString();
      await commitOffsetsIfNecessary({ topics: [{ topic, partitions: [{ partition, offset: next }] }] });
      await heartbeat();
    }
  }

  /**
   * Runs `work` (a handler, a dead-letter publish, which kafkajs may retry for seconds) with a
   * heartbeat before, every heartbeat interval during, and after it, so a slow handler or publish
   * does not cost the membership. A heartbeat failure during the work (a rebalance) is rethrown
   * once the work settled, so the record is not committed by a member that lost it; the work's own
   * failure is rethrown otherwise.
   */
  private async whileHeartbeating<T>(heartbeat: () => Promise<void>, work: () => Promise<T>): Promise<T> {
    await heartbeat();
    let beatFailure: unknown = null;
    let beating: Promise<void> = Promise.resolve();
    const timer = setInterval(() => {
      beating = beating.then(() => heartbeat()).catch((err: unknown) => void (beatFailure ??= err));
    }, this.heartbeatIntervalMs);
    let result: T;
    try {
      result = await work();
    } catch (err) {
      clearInterval(timer);
      await beating;
      throw beatFailure ?? err;
    }
    clearInterval(timer);
    await beating;
    if (beatFailure !== null) throw beatFailure;
    await heartbeat();
    return result;
  }

  /**
   * Delivers one record until its handler succeeds, it is dead-lettered, or this member stops.
   * A failure counts toward maxAttempts unless it is a transient infrastructure error
   * (isTransientError: the handler's database or broker briefly unreachable), which is retried
   * with a backoff capped at maxTransientBackoffMs for as long as it lasts: an outage holds the
   * partition back, it does not dead-letter good messages.
   */
  private async deliver(topic: string, partition: number, record: KafkaMessage, heartbeat: () => Promise<void>): Promise<Outcome> {
    const attempts = new DeliveryAttempts(this.retry);
    for (let delivery = 1; ; delivery++) {
      if (this.stopRequested) return 'abandoned';
      const failure = await this.whileHeartbeating(heartbeat, async () => {
        try {
          // A fresh decode per delivery (as the in-process bus does): a handler that changes its
          // message must not change what a retry or the dead letter sees.
          await this.handler(decodeMessage(record), { topic, attempt: delivery });
          return null;
        } catch (err) {
          return { err };
        }
      });
      if (failure === null) return 'handled';
      // A failure while leaving may be the shutdown itself: leave the message to the next member.
      if (this.stopRequested) return 'abandoned';
      const next = attempts.failed(failure.err);
      if (next.kind === 'dead-letter') {
        await this.whileHeartbeating(heartbeat, () =>
          this.host.deadLetter(topic, this.group, decodeMessage(record), failure.err, next.failures, { partition, offset: record.offset }),
        );
        return 'handled';
      }
      if (next.kind === 'transient') this.host.reportTransient(topic, partition, this.group, record, failure.err, next.outage, next.delayMs);
      await this.pause(next.delayMs, heartbeat);
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
 *
 * Recovery: a publish that finds its topic gone (UNKNOWN_TOPIC_OR_PARTITION, e.g. after the broker's
 * data was wiped) forgets that the topic was created, and one that the broker refuses for the
 * idempotent producer's state (UNKNOWN_PRODUCER_ID, OUT_OF_ORDER_SEQUENCE_NUMBER,
 * INVALID_PRODUCER_EPOCH: fatal to a kafkajs producer) replaces the producer; either way the publish
 * still rejects, and the caller's retry (the relay's, a dead letter's redelivery) then creates the
 * topic again or starts a new producer session. A consumer that kafkajs crashed without restarting
 * reports it (Consumer.failure, onFailure, health()).
 */
export class KafkaMessageBus implements MessageBus {
  private readonly kafka: Kafka;
  private readonly clock: Clock;
  private readonly partitions: number;
  private readonly replicationFactor: number;
  private producer: Producer;
  private producerReady: Promise<void> | null = null;
  private readonly maxBatchBytes: number;
  private admin: Promise<Admin> | null = null;
  private readonly topics = new Map<string, Promise<void>>();
  private readonly consumers = new Set<KafkaGroupConsumer>();
  /** Consumers whose consume() is still joining: close() gives their joins up. */
  private readonly joining = new Set<KafkaGroupConsumer>();
  private readonly host: ConsumerHost = {
    deadLetter: (topic, group, message, error, attempts, where) => this.deadLetter(topic, group, message, error, attempts, where),
    deadLetterRaw: (topic, partition, group, record, error) => this.deadLetterRaw(topic, partition, group, record, error),
    forget: (consumer) => this.consumers.delete(consumer),
    reportUndecodable: (topic, partition, record, error) =>
      this.kafka
        .logger()
        .error('dead-lettering a record that is not an event envelope, as it is', { topic, partition, offset: record.offset, error: String(error) }),
    reportTransient: (topic, partition, group, record, error, failures, retryInMs) => {
      // The first failure of an outage, then every tenth, so a long one does not flood the log.
      if (failures === 1 || failures % 10 === 0) {
        this.kafka.logger().warn('handler failed on a transient infrastructure error; retrying without counting it toward maxAttempts', {
          topic,
          partition,
          offset: record.offset,
          group,
          failures,
          retryInMs,
          error: error instanceof Error ? error.message : String(error),
        });
      }
    },
    reportCrash: (group, error) =>
      this.kafka.logger().error('consumer crashed and will not restart; it consumes nothing any more', { group, error: error.message }),
  };
  private closed = false;
  private reportedReplicationFactor = false;

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
    this.maxBatchBytes = options.maxBatchBytes ?? DEFAULT_MAX_BATCH_BYTES;
    if (!(this.maxBatchBytes > 0)) throw new Error(`maxBatchBytes must be positive, got ${options.maxBatchBytes}`);
    this.producer = this.newProducer();
  }

  private newProducer(): Producer {
    return this.kafka.producer({
      idempotent: true,
      maxInFlightRequests: 1,
      allowAutoTopicCreation: false,
      createPartitioner: Partitioners.DefaultPartitioner,
    });
  }

  /** Consumers of this bus, and those that died on their own (for readiness). */
  health(): KafkaBusHealth {
    const consumers = [...this.consumers];
    return {
      consumers: consumers.length,
      failed: consumers.filter((c) => c.failure !== null).map((c) => ({ group: c.group, error: c.failure?.message ?? '' })),
    };
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
      await this.send(topic, chunk.map((r): Message => ({ key: r.key, value: r.value, headers: { ...r.headers } })));
    }
  }

  private async send(topic: string, messages: Message[]): Promise<void> {
    await this.connectProducer();
    const producer = this.producer;
    try {
      await producer.send({ topic, acks: -1, messages });
    } catch (err) {
      const types = errorTypes(err);
      if (types.has('UNKNOWN_TOPIC_OR_PARTITION')) this.topics.delete(topic);
      if ([...types].some((t) => PRODUCER_FATAL.has(t))) this.replaceProducer(producer);
      throw err;
    }
  }

  /** A new idempotent producer (a new producer id on connect); the broken one is disconnected. */
  private replaceProducer(broken: Producer): void {
    if (this.producer !== broken) return;
    this.kafka.logger().warn('replacing the idempotent producer after a producer-state error');
    this.producer = this.newProducer();
    this.producerReady = null;
    void broken.disconnect().catch(() => undefined);
  }

  async consume(handler: MessageHandler, options: ConsumerOptions): Promise<Consumer> {
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
    const consumer = new KafkaGroupConsumer(this.host, kafkaConsumer, options.group, handler, retry, heartbeatIntervalMs);
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
    const clients = await Promise.allSettled([
      this.producerReady ? this.producer.disconnect() : Promise.resolve(),
      this.admin ? this.admin.catch(() => null).then((admin) => admin?.disconnect()) : Promise.resolve(),
    ]);
    const failed = [...consumers, ...clients].find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed) throw failed.reason;
  }

  private assertOpen(): void {
    if (this.closed) throw new Error('message bus is closed');
  }

  private connectProducer(): Promise<void> {
    if (!this.producerReady) {
      const ready = this.producer.connect();
      this.producerReady = ready;
      ready.catch(() => {
        if (this.producerReady === ready) this.producerReady = null;
      });
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
        try {
          await admin.createTopics({
            topics: [{ topic, numPartitions: this.partitions, replicationFactor: this.replicationFactor }],
            waitForLeaders: false,
          });
        } catch (err) {
          if (!errorTypes(err).has('INVALID_REPLICATION_FACTOR')) throw err;
          const refused = new InvalidReplicationFactorError(topic, this.replicationFactor, this.options.replicationFactorSetting ?? 'replicationFactor', err);
          if (!this.reportedReplicationFactor) {
            this.reportedReplicationFactor = true;
            this.kafka.logger().error(refused.message, { topic, replicationFactor: this.replicationFactor });
          }
          throw refused;
        }
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

  /**
   * Publishes the dead letter on `<topic>.dlq`; one too large to publish whole (the event's data
   * plus the letter's own fields over maxBatchBytes, or refused by the broker as too large) goes as
   * a TruncatedDeadLetter instead, so a big message cannot keep its partition from moving on.
   */
  private async deadLetter(topic: string, group: string, message: BusMessage, error: unknown, attempts: number, where?: RecordCoordinates): Promise<void> {
    const dead = deadLetterMessages(deadLetterOf(topic, group, message, error, attempts, this.clock.now(), where), this.maxBatchBytes, where);
    // An operator learns of a poison message from the log, not only from the `.dlq` topic.
    this.kafka.logger().error('handler kept failing; the message goes to the dead-letter topic', {
      topic,
      group,
      dlq: dlqTopic(topic),
      eventId: message.event.id,
      eventType: message.event.type,
      attempts,
      error: describeFailure(error),
      ...where,
    });
    if (dead.fits) {
      try {
        await this.publish(dlqTopic(topic), [dead.full]);
        return;
      } catch (err) {
        if (!(err instanceof MessageTooLargeError) && !errorTypes(err).has('MESSAGE_TOO_LARGE')) throw err;
      }
    }
    const truncated = dead.truncated();
    this.kafka.logger().warn('dead letter too large to publish whole; publishing it without the event data', {
      topic,
      group,
      eventId: message.event.id,
      eventType: message.event.type,
      bytes: dead.bytes,
      ...where,
    });
    await this.publish(dlqTopic(topic), [truncated]);
  }

  /** The record as it was (key, value, headers) plus `x-dead-letter-*` headers, on `<topic>.dlq`. */
  private async deadLetterRaw(topic: string, partition: number, group: string, record: KafkaMessage, error: unknown): Promise<void> {
    this.assertOpen();
    const dlq = dlqTopic(topic);
    const raw = toRawDeadLetterRecord(
      { key: record.key, value: record.value, headers: record.headers },
      {
        id: newEventId(),
        originalTopic: topic,
        originalPartition: partition,
        originalOffset: record.offset,
        group,
        error: describeFailure(error),
        failedAt: this.clock.now().toISOString(),
      },
    );
    await this.ensureTopics([dlq]);
    await this.send(dlq, [{ key: raw.key, value: raw.value, headers: raw.headers }]);
  }

  /**
   * Publishes records as they are (no codec): the DLQ replay puts a raw dead letter's original bytes
   * back on its topic with this. Chunked like publish; a record over the limit is refused.
   */
  async publishRaw(topic: string, records: readonly { key: Buffer | string | null; value: Buffer | string | null; headers: Record<string, Buffer | string> }[]): Promise<void> {
    this.assertOpen();
    await this.ensureTopics([topic]);
    for (const record of records) {
      const bytes = 64 + (record.key?.length ?? 0) + (record.value?.length ?? 0) + Object.entries(record.headers).reduce((n, [k, v]) => n + 8 + k.length + v.length, 0);
      if (bytes > this.maxBatchBytes) throw new Error(`a raw record of ${bytes} bytes is over the ${this.maxBatchBytes}-byte publish limit`);
    }
    if (records.length > 0) await this.send(topic, records.map((r) => ({ key: r.key, value: r.value, headers: { ...r.headers } })));
  }
}
