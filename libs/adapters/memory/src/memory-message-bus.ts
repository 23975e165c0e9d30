import {
  BusMessage,
  Clock,
  Consumer,
  ConsumerOptions,
  DEFAULT_MAX_TRANSIENT_BACKOFF_MS,
  DeadLetter,
  DeliveryAttempts,
  MessageBus,
  MessageHandler,
  PartitionLag,
  EncodedMessage,
  SystemClock,
  chunkBySize,
  RetryPolicy,
  deadLetterMessages,
  deadLetterOf,
  decodeMessage,
  dlqTopic,
  encodeMessage,
  retryPolicyOf,
} from '@aftersales/eventsourcing';

export interface MemoryMessageBusOptions {
  /** Partitions per topic, like Kafka's num.partitions (default 4). */
  readonly partitions?: number;
  /** Stamps DeadLetter.failedAt (default the system clock). */
  readonly clock?: Clock;
  /**
   * Largest encoded message a publish accepts, as on Kafka (KafkaMessageBusOptions.maxBatchBytes,
   * default 900 KB): a bigger one is refused with MessageTooLargeError here too, so standalone
   * fails where distributed would.
   */
  readonly maxMessageBytes?: number;
  /**
   * Ceiling of the backoff between deliveries that failed on a transient infrastructure error
   * (isTransientError), which are retried without counting toward maxAttempts, as on Kafka
   * (default 5 s, or the consumer's retryBackoffMs when longer).
   */
  readonly maxTransientBackoffMs?: number;
  /**
   * Told of what the bus cannot hand to anyone: a delivery that failed outside any handler (a dead
   * letter that could not be appended, say); it is tried again after a second. Default: a line
   * on stderr.
   */
  readonly onError?: (error: unknown, where: { readonly topic: string; readonly partition: number; readonly offset: number }) => void;
  /**
   * Standalone with persistent relay checkpoints: `publish` resolves only once every consumer
   * group declared for the topic (declareGroup) has handled or dead-lettered the messages, and
   * messages all of them have handled are dropped from memory. The in-process log dies with the
   * process, so this is what keeps a relay from checkpointing past a message nobody received.
   */
  readonly acknowledgedDelivery?: boolean;
  /**
   * Told of every dead letter as it is written to `<topic>.dlq`: the in-process DLQ dies with the
   * process, so this is where a standalone makes it visible (its log).
   */
  readonly onDeadLetter?: (letter: DeadLetter) => void;
}

const DEFAULT_PARTITIONS = 4;
const DEFAULT_MAX_MESSAGE_BYTES = 900_000;
/** After a delivery failed outside the handler, the partition waits this long before trying again. */
const DELIVERY_FAILURE_BACKOFF_MS = 1_000;

/** FNV-1a over the key's UTF-8 bytes: stable across runs, so a key always lands on the same partition. */
function partitionOf(key: string, partitions: number): number {
  let hash = 0x811c9dc5;
  for (const byte of Buffer.from(key, 'utf8')) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % partitions;
}


/** A group's progress on one partition: the next offset to deliver, and whether a delivery is under way. */
interface PartitionCursor {
  committed: number;
  busy: boolean;
}

class ConsumerGroup {
  /** Live members in the order they joined. */
  readonly members: MemoryConsumer[] = [];
  /** Topics announced through declareGroup: publishes to them wait for this group (acknowledged delivery). */
  readonly declared = new Set<string>();
  private readonly cursors = new Map<string, PartitionCursor[]>();

  /** A group without committed offsets starts at the beginning of the topic (its earliest message held). */
  cursorsOf(topic: string, log: readonly PartitionLog[]): PartitionCursor[] {
    let cursors = this.cursors.get(topic);
    if (!cursors) {
      cursors = log.map((partition) => ({ committed: partition.start, busy: false }));
      this.cursors.set(topic, cursors);
    }
    return cursors;
  }

  topics(): Set<string> {
    return new Set(this.members.flatMap((m) => m.topics));
  }

  /** Round-robin assignment among the members following `topic`; recomputed on every join and leave. */
  ownerOf(topic: string, partition: number): MemoryConsumer | undefined {
    const followers = this.members.filter((m) => m.topics.includes(topic));
    return followers.length === 0 ? undefined : followers[partition % followers.length];
  }

  /** Whether any member ever joined: a declared group that has not joined yet is not a failure. */
  wasJoined = false;

  leave(member: MemoryConsumer): void {
    const i = this.members.indexOf(member);
    if (i >= 0) this.members.splice(i, 1);
  }
}

/** What a consumer needs from its bus. */
interface ConsumerHost {
  schedulePump(): void;
  deadLetter(topic: string, group: string, message: BusMessage, error: unknown, attempts: number, where: { partition: number; offset: number }): void;
  forget(consumer: MemoryConsumer): void;
}

class MemoryConsumer implements Consumer {
  private live = true;
  private stopping: Promise<void> | null = null;
  private readonly inFlight = new Set<Promise<void>>();
  private readonly pauses = new Set<() => void>();

  constructor(
    private readonly host: ConsumerHost,
    private readonly groupName: string,
    private readonly group: ConsumerGroup,
    private readonly handler: MessageHandler,
    readonly topics: readonly string[],
    private readonly retry: RetryPolicy,
  ) {}

  stop(): Promise<void> {
    this.stopping ??= this.leave();
    return this.stopping;
  }

  track(delivery: Promise<void>): void {
    this.inFlight.add(delivery);
    const forget = () => void this.inFlight.delete(delivery);
    void delivery.then(forget, forget);
  }

  /**
   * Delivers one message until it is handled or dead-lettered (true: commit it) or until this
   * consumer no longer owns its partition (false: leave it for the next owner, at-least-once).
   */
  async handle(topic: string, partition: number, offset: number, record: EncodedMessage): Promise<boolean> {
    const attempts = new DeliveryAttempts(this.retry);
    for (let delivery = 1; ; delivery++) {
      if (!this.owns(topic, partition)) return false;
      try {
        // A fresh decode per delivery, as a Kafka fetch would give: handlers of other groups, and
        // retries, see the message as published.
        await this.handler(decodeMessage(record), { topic, attempt: delivery });
        return true;
      } catch (err) {
        // A failure while leaving may be the shutdown itself, not a poison message.
        if (!this.owns(topic, partition)) return false;
        // An infrastructure outage (isTransientError) is waited out without counting toward
        // maxAttempts, so it does not dead-letter good messages (DeliveryAttempts).
        const next = attempts.failed(err);
        if (next.kind === 'dead-letter') {
          this.host.deadLetter(topic, this.groupName, decodeMessage(record), err, next.failures, { partition, offset });
          return true;
        }
        await this.pause(next.delayMs);
      }
    }
  }

  private owns(topic: string, partition: number): boolean {
    return this.live && this.group.ownerOf(topic, partition) === this;
  }

  private async leave(): Promise<void> {
    this.live = false;
    this.group.leave(this);
    for (const wake of [...this.pauses]) wake();
    // Idle partitions move to the rest of the group now; busy ones once their delivery settles.
    this.host.schedulePump();
    await Promise.all([...this.inFlight]);
    this.host.forget(this);
  }

  /** A retry backoff that a stop cuts short. */
  pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        this.pauses.delete(wake);
        resolve();
      };
      const timer = setTimeout(wake, ms);
      this.pauses.add(wake);
    });
  }
}

/**
 * The in-process bus of standalone mode, with Kafka's delivery semantics (ARCHITECTURE.md
 * "Delivery"), so that code tested on it behaves the same on Kafka: topics of N partitions chosen
 * by key hash; per consumer group, committed offsets per partition and partitions shared
 * round-robin among live members; one message at a time per partition, in order; retries with
 * doubling backoff, then `<topic>.dlq`; offsets committed only after the handler succeeded.
 * Messages are kept encoded by the port's codec (message-codec.ts) and decoded per delivery, so a
 * handler receives exactly what it would from Kafka: `data` as JSON (bigint as decimal strings,
 * Dates as ISO strings, undefined dropped), revision and position as bigint.
 */
export class MemoryMessageBus implements MessageBus {
  private readonly partitions: number;
  private readonly clock: Clock;
  private readonly maxMessageBytes: number;
  private readonly maxTransientBackoffMs: number;
  private readonly onError: NonNullable<MemoryMessageBusOptions['onError']>;
  private readonly logs = new Map<string, PartitionLog[]>();
  private readonly acknowledged: boolean;
  /** Publishes waiting for their messages to be handled (acknowledged delivery). */
  private readonly waiting = new Set<DeliveryWaiter>();
  private readonly groups = new Map<string, ConsumerGroup>();
  private readonly consumers = new Set<MemoryConsumer>();
  private readonly host: ConsumerHost = {
    schedulePump: () => this.schedulePump(),
    deadLetter: (topic, group, message, error, attempts, where) => this.deadLetter(topic, group, message, error, attempts, where),
    forget: (consumer) => {
      this.consumers.delete(consumer);
      this.settleWaiters();
    },
  };
  private pumpScheduled = false;
  private closed = false;

  constructor(private readonly options: MemoryMessageBusOptions = {}) {
    this.partitions = options.partitions ?? DEFAULT_PARTITIONS;
    if (!Number.isInteger(this.partitions) || this.partitions < 1) {
      throw new Error(`partitions must be a positive integer, got ${options.partitions}`);
    }
    this.clock = options.clock ?? new SystemClock();
    this.maxMessageBytes = options.maxMessageBytes ?? DEFAULT_MAX_MESSAGE_BYTES;
    this.maxTransientBackoffMs = options.maxTransientBackoffMs ?? DEFAULT_MAX_TRANSIENT_BACKOFF_MS;
    this.acknowledged = options.acknowledgedDelivery ?? false;
    this.onError =
      options.onError ??
      ((error, where) =>
        process.stderr.write(
          `memory message bus: delivery of ${where.topic}[${where.partition}]@${where.offset} failed, retrying in ${DELIVERY_FAILURE_BACKOFF_MS} ms: ${error instanceof Error ? error.message : String(error)}\n`,
        ));
  }

  /**
   * Resolves once the messages are in the in-process log, or, with acknowledgedDelivery (the
   * standalone), once every declared group has handled them. The log
   * dies with the process, which loses nothing of record, because the event store is the outbox
   * and relays republish from it (ARCHITECTURE.md "Delivery").
   */
  async publish(topic: string, messages: readonly BusMessage[]): Promise<void> {
    this.assertOpen();
    if (topic === '') throw new Error('a topic needs a name');
    this.append(topic, messages);
    if (!this.acknowledged || messages.length === 0) return;
    const ends = this.logOf(topic).map((partition) => partition.end);
    await new Promise<void>((resolve, reject) => {
      const waiter: DeliveryWaiter = { topic, ends, resolve, reject };
      this.waiting.add(waiter);
      this.settleWaiters();
    });
  }

  declareGroup(group: string, topics: readonly string[]): void {
    const declared = this.groupOf(group);
    for (const topic of topics) declared.declared.add(topic);
  }

  async consume(handler: MessageHandler, options: ConsumerOptions): Promise<Consumer> {
    this.assertOpen();
    if (options.topics.length === 0) throw new Error(`consumer group ${options.group} needs at least one topic`);
    const retry = retryPolicyOf(options, this.maxTransientBackoffMs);

    const group = this.groupOf(options.group);
    const consumer = new MemoryConsumer(this.host, options.group, group, handler, [...options.topics], retry);
    group.members.push(consumer);
    group.wasJoined = true;
    this.consumers.add(consumer);
    this.schedulePump();
    return consumer;
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.allSettled([...this.consumers].map((c) => c.stop()));
    for (const waiter of this.waiting) waiter.reject(new Error('message bus is closed'));
    this.waiting.clear();
  }

  private groupOf(name: string): ConsumerGroup {
    let group = this.groups.get(name);
    if (!group) {
      group = new ConsumerGroup();
      this.groups.set(name, group);
    }
    return group;
  }

  /**
   * Acknowledged delivery: resolves the publishes every declared group has handled, refuses those
   * a declared group can no longer handle (it has no member left: a shutdown), and drops messages
   * every declared group is past.
   */
  private settleWaiters(): void {
    if (!this.acknowledged) return;
    for (const waiter of [...this.waiting]) {
      const groups = [...this.groups.values()].filter((g) => g.declared.has(waiter.topic));
      const done = groups.every((g) => {
        const cursors = g.cursorsOf(waiter.topic, this.logOf(waiter.topic));
        return waiter.ends.every((end, p) => cursors[p].committed >= end);
      });
      if (done) {
        this.waiting.delete(waiter);
        waiter.resolve();
      } else if (groups.some((g) => g.members.length === 0 && g.wasJoined)) {
        this.waiting.delete(waiter);
        waiter.reject(new Error(`no consumer of ${waiter.topic} is left to acknowledge the messages`));
      }
    }
    for (const [topic, log] of this.logs) {
      const groups = [...this.groups.values()].filter((g) => g.declared.has(topic));
      if (groups.length === 0) continue;
      log.forEach((partition, p) => partition.dropBefore(Math.min(...groups.map((g) => g.cursorsOf(topic, log)[p].committed))));
    }
  }

  async consumerLag(group: string, topics: readonly string[]): Promise<readonly PartitionLag[]> {
    const state = this.groups.get(group);
    return topics.flatMap((topic) => {
      const log = this.logOf(topic);
      const cursors = state?.cursorsOf(topic, log);
      return log.map((partition, p) => ({ topic, partition: p, lag: partition.end - (cursors ? cursors[p].committed : partition.start) }));
    });
  }

  private assertOpen(): void {
    if (this.closed) throw new Error('message bus is closed');
  }

  private logOf(topic: string): PartitionLog[] {
    let log = this.logs.get(topic);
    if (!log) {
      log = Array.from({ length: this.partitions }, () => new PartitionLog());
      this.logs.set(topic, log);
    }
    return log;
  }

  private append(topic: string, messages: readonly BusMessage[]): void {
    // Encoded first, all or nothing: a message Kafka would refuse (too large, not encodable) is
    // refused here too, and a publisher that reuses its objects cannot rewrite history.
    const encoded = messages.map(encodeMessage);
    chunkBySize(encoded, this.maxMessageBytes, (r) => ({ id: r.headers.id, type: r.headers.type }));
    const log = this.logOf(topic);
    for (const record of encoded) log[partitionOf(record.key, this.partitions)].push(record);
    this.schedulePump();
  }

  /** One over the size limit goes without the event's data (a TruncatedDeadLetter), as on Kafka. */
  private deadLetter(topic: string, group: string, message: BusMessage, error: unknown, attempts: number, where: { partition: number; offset: number }): void {
    const letter = deadLetterOf(topic, group, message, error, attempts, this.clock.now());
    this.options.onDeadLetter?.(letter);
    const dead = deadLetterMessages(letter, this.maxMessageBytes, { partition: where.partition, offset: String(where.offset) });
    this.append(dlqTopic(topic), [dead.fits ? dead.full : dead.truncated()]);
  }

  /** Coalesces wake-ups, and keeps handlers off the publisher's call stack. */
  private schedulePump(): void {
    if (this.pumpScheduled) return;
    this.pumpScheduled = true;
    queueMicrotask(() => {
      this.pumpScheduled = false;
      this.pump();
    });
  }

  /** Starts a delivery on every partition that has an owner, a message waiting and none under way. */
  private pump(): void {
    // Membership may have changed (a leave): pending acknowledgements may have become impossible.
    this.settleWaiters();
    for (const group of this.groups.values()) {
      for (const topic of group.topics()) {
        const log = this.logOf(topic);
        const cursors = group.cursorsOf(topic, log);
        log.forEach((partition, p) => {
          const cursor = cursors[p];
          // A group nobody declared (acknowledged delivery) may be behind what was dropped: it
          // goes on from the earliest message held, as a Kafka consumer past retention does.
          if (!cursor.busy && cursor.committed < partition.start) cursor.committed = partition.start;
          if (cursor.busy || cursor.committed >= partition.end) return;
          const owner = group.ownerOf(topic, p);
          if (!owner) return;
          cursor.busy = true;
          owner.track(this.deliver(owner, topic, p, cursor));
        });
      }
    }
  }

  /**
   * Never rejects: a failure outside the handler (a dead letter that cannot be appended) is
   * reported, and the partition tries the message again after a pause, uncommitted.
   */
  private async deliver(owner: MemoryConsumer, topic: string, partition: number, cursor: PartitionCursor): Promise<void> {
    const offset = cursor.committed;
    try {
      if (await owner.handle(topic, partition, offset, this.logOf(topic)[partition].at(offset))) cursor.committed = offset + 1;
    } catch (err) {
      try {
        this.onError(err, { topic, partition, offset });
      } catch {
        // A reporter that throws must not turn into an unhandled rejection either.
      }
      await owner.pause(DELIVERY_FAILURE_BACKOFF_MS);
    } finally {
      cursor.busy = false;
      this.settleWaiters();
      this.schedulePump();
    }
  }
}

interface DeliveryWaiter {
  readonly topic: string;
  /** Per partition, the offset just past the published messages. */
  readonly ends: readonly number[];
  resolve(): void;
  reject(err: Error): void;
}

/** One partition's messages by absolute offset; the head can be dropped once every group is past it. */
class PartitionLog {
  private messages: EncodedMessage[] = [];
  private base = 0;

  /** The offset of the earliest message held. */
  get start(): number {
    return this.base;
  }

  get end(): number {
    return this.base + this.messages.length;
  }

  push(record: EncodedMessage): void {
    this.messages.push(record);
  }

  at(offset: number): EncodedMessage {
    const record = this.messages[offset - this.base];
    if (record === undefined) throw new Error(`offset ${offset} is not in the partition (held: ${this.base}..${this.end})`);
    return record;
  }

  dropBefore(offset: number): void {
    // Dropped in chunks, not message by message: shifting a large array per delivery is quadratic.
    if (offset - this.base < 1024 && offset < this.end) return;
    const count = Math.min(offset, this.end) - this.base;
    if (count <= 0) return;
    this.messages = this.messages.slice(count);
    this.base += count;
  }
}
