import { Consumer as KafkaJsConsumer, EachBatchPayload, Kafka, KafkaMessage } from 'kafkajs';
import { BusMessage, Consumer, DeliveryAttempts, MESSAGING, MessageBatchHandler, MessageHandler, RecordCoordinates, RetryPolicy } from '@aftersales/eventsourcing';
import { decodeMessage } from './kafka-codec';

/** How long giving up a join waits for kafkajs' disconnect (see disconnectWithin). */
const ABANDONED_JOIN_DISCONNECT_MS = 1_000;

/** Stops a consumer that is still joining its group (KafkaGroupConsumer.stop, KafkaMessageBus.close). */
export class ConsumerStoppedWhileJoiningError extends Error {
  readonly code = MESSAGING.CONSUMER_STOPPED;
  readonly retriable = false;
  constructor(group: string) {
    super(`consumer of group ${group} was stopped while joining its group`);
  }
}

/** What a consumer needs from its bus. */
export interface ConsumerHost {
  reportCrash(group: string, error: Error): void;
  deadLetter(topic: string, group: string, message: BusMessage, error: unknown, attempts: number, where: RecordCoordinates): Promise<void>;
  /** Puts a record that does not decode on `<topic>.dlq` as it is, marked raw (message-codec.ts). */
  deadLetterRaw(topic: string, partition: number, group: string, record: KafkaMessage, error: unknown): Promise<void>;
  forget(consumer: KafkaGroupConsumer): void;
  reportUndecodable(topic: string, partition: number, record: KafkaMessage, error: unknown): void;
  reportTransient(topic: string, partition: number, group: string, record: KafkaMessage, error: unknown, failures: number, retryInMs: number): void;
}

/**
 * The consumer's log lines, for a ConsumerHost: what an operator must hear of (a record dead-lettered
 * raw, an outage holding a partition back, a consumer dead for good) without reading the DLQ.
 */
export function consumerLog(kafka: Kafka): Pick<ConsumerHost, 'reportUndecodable' | 'reportTransient' | 'reportCrash'> {
  return {
    reportUndecodable: (topic, partition, record, error) =>
      kafka.logger().error('dead-lettering a record that is not an event envelope, as it is', { topic, partition, offset: record.offset, error: String(error) }),
    reportTransient: (topic, partition, group, record, error, failures, retryInMs) => {
      // The first failure of an outage, then every tenth, so a long one does not flood the log.
      if (failures === 1 || failures % 10 === 0) {
        kafka.logger().warn('handler failed on a transient infrastructure error; retrying without counting it toward maxAttempts', {
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
    reportCrash: (group, error) => kafka.logger().error('consumer crashed and will not restart; it consumes nothing any more', { group, error: error.message }),
  };
}

type Outcome = 'handled' | 'abandoned';

/**
 * What a member runs: `one` per message (consume; and for a batch consumer, each message of a batch
 * whose handler threw), and `batch` over each fetched partition batch in slices of `maxBatch`.
 */
export interface GroupHandlers {
  readonly one: MessageHandler;
  readonly batch?: MessageBatchHandler;
  readonly maxBatch?: number;
}

/** One member of a Kafka consumer group, running a MessageHandler with the port's retry and dead-letter rules. */
export class KafkaGroupConsumer implements Consumer {
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
    private readonly handlers: GroupHandlers,
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
   * kafkajs rejoins (what was committed stays committed). A batch consumer hands each slice of the
   * fetch to its batch handler at once and commits the slice's last offset after it: a crash before
   * that redelivers the slice. A slice whose handler threw, or that holds a record that does not
   * decode, goes record by record as above.
   */
  private async eachBatch(payload: EachBatchPayload): Promise<void> {
    const { batch, isRunning, isStale } = payload;
    const records = batch.messages;
    const slice = this.handlers.batch ? (this.handlers.maxBatch ?? records.length) : 1;
    for (let from = 0; from < records.length; from += slice) {
      if (this.stopRequested || !isRunning() || isStale()) return;
      const chunk = records.slice(from, from + slice);
      if (this.handlers.batch && chunk.length > 1) {
        const outcome = await this.deliverAtOnce(this.handlers.batch, batch.topic, chunk, payload);
        if (outcome === 'handled') continue;
        if (this.stopRequested) return;
      }
      for (const record of chunk) {
        if (this.stopRequested || !isRunning() || isStale()) return;
        if ((await this.deliverOne(batch.topic, batch.partition, record, payload)) === 'abandoned') return;
      }
    }
  }

  /** A slice to the batch handler once: 'handled' (its last offset committed), or 'abandoned' to go record by record. */
  private async deliverAtOnce(handler: MessageBatchHandler, topic: string, chunk: readonly KafkaMessage[], payload: EachBatchPayload): Promise<Outcome> {
    const { batch, resolveOffset, commitOffsetsIfNecessary, heartbeat } = payload;
    let messages: BusMessage[];
    try {
      messages = chunk.map(decodeMessage);
    } catch {
      return 'abandoned';
    }
    const failed = await this.whileHeartbeating(heartbeat, async () => {
      try {
        await handler(messages, { topic, attempt: 1 });
        return false;
      } catch {
        return true;
      }
    });
    if (failed) return 'abandoned';
    const last = chunk[chunk.length - 1].offset;
    resolveOffset(last);
    await commitOffsetsIfNecessary({ topics: [{ topic, partitions: [{ partition: batch.partition, offset: (BigInt(last) + 1n).toString() }] }] });
    await heartbeat();
    return 'handled';
  }

  /** One record: decoded and handled (or dead-lettered, raw when it does not decode), then its offset committed. */
  private async deliverOne(topic: string, partition: number, record: KafkaMessage, payload: EachBatchPayload): Promise<Outcome> {
    const { resolveOffset, commitOffsetsIfNecessary, heartbeat } = payload;
    let message: BusMessage | null = null;
    try {
      message = decodeMessage(record);
    } catch (err) {
      // No handler can read it and no DeadLetter can carry it (it has no envelope): it goes to the
      // DLQ as it is, byte for byte, before its offset is committed, so it is never lost.
      this.host.reportUndecodable(topic, partition, record, err);
      await this.whileHeartbeating(heartbeat, () => this.host.deadLetterRaw(topic, partition, this.group, record, err));
    }
    if (message && (await this.deliver(topic, partition, record, heartbeat)) === 'abandoned') return 'abandoned';
    resolveOffset(record.offset);
    const next = (BigInt(record.offset) + 1n).toString();
    await commitOffsetsIfNecessary({ topics: [{ topic, partitions: [{ partition, offset: next }] }] });
    await heartbeat();
    return 'handled';
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
          await this.handlers.one(decodeMessage(record), { topic, attempt: delivery });
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
