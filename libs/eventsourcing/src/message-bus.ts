import { EventEnvelope, TraceContext } from './envelope';
import { DEAD_LETTER_EVENT_TYPE } from './message-codec';
import { newEventId } from './uuid';

// The codec every adapter uses (envelope <-> JSON value + headers) is part of this port's contract.
export * from './message-codec';

export const MESSAGE_BUS = Symbol('MessageBus');

/**
 * An integration event in flight: key = stream id, so per-case order holds on a partition. Every
 * adapter carries it through message-codec.ts: `data` round-trips as JSON (a bigint in it arrives
 * as a decimal string, a Date as its ISO string, undefined members are dropped), while the
 * envelope's `revision` and `position` stay bigint.
 */
export interface BusMessage {
  readonly key: string;
  readonly event: EventEnvelope;
  /**
   * The W3C trace context of the span that sent this message (the relay's publish span), carried as
   * the `traceparent`/`tracestate` headers (ADR 016). Not the envelope's `event.traceContext`, which
   * is where the event was appended: a consumer continues this one and links to that one when they
   * are different traces (a replay). Absent with tracing off.
   */
  readonly traceContext?: TraceContext;
}

export interface DeliveryContext {
  readonly topic: string;
  /** 1 on first delivery; retries count up. */
  readonly attempt: number;
}

export type MessageHandler = (message: BusMessage, context: DeliveryContext) => Promise<void>;

/**
 * Handles the messages one fetch brought from one partition of `context.topic`, in their order, at
 * once (e.g. in one transaction). Idempotent per message, as every handler: a batch whose handler
 * threw is delivered again message by message (MessageBus.consumeBatches).
 */
export type MessageBatchHandler = (messages: readonly BusMessage[], context: DeliveryContext) => Promise<void>;

export interface BatchConsumerOptions extends ConsumerOptions {
  /** The most messages handed over at once (default 500); a larger fetch is handed over in slices. */
  readonly maxBatch?: number;
}

export interface ConsumerOptions {
  /** Consumers in one group share the messages; each group receives every message. */
  readonly group: string;
  readonly topics: readonly string[];
  /** Deliveries before a message goes to `<topic>.dlq` (default 5). */
  readonly maxAttempts?: number;
  /** First retry delay; doubles per attempt (default 100 ms). */
  readonly retryBackoffMs?: number;
  /** Ceiling of the doubling retry delay (default 30 s, or retryBackoffMs when that is longer). */
  readonly maxRetryBackoffMs?: number;
}

export interface Consumer {
  /**
   * Idempotent; waits for the handler in flight and cuts a retry backoff short. From the moment it
   * is called, a failing message is left to the group's next consumer, not dead-lettered (a
   * shutdown is not a poison message).
   */
  stop(): Promise<void>;
  /**
   * Set when the consumer stopped consuming on its own, not through stop(): e.g. the broker client
   * crashed with an error it will not retry. Such a consumer handles nothing more; readiness should
   * report it and the process restart it. Undefined on adapters that cannot fail this way.
   */
  readonly failure?: Error | null;
  /** Calls `listener` once if and when the consumer fails (see `failure`); returns an unsubscribe. */
  onFailure?(listener: (error: Error) => void): () => void;
}

/**
 * A dead-lettered message: the original coordinates, the consumer group that gave up, and why.
 * BusMessage has no headers, so on `<topic>.dlq` it travels under the original key as a
 * `messaging.DeadLettered` envelope whose `data` is this DeadLetter (toDeadLetterMessage /
 * readDeadLetter; the MessageBus contract suite pins that shape). A replay re-publishes `event`
 * to `originalTopic`; every group sees it again, which idempotent handlers absorb.
 * A record that cannot even be decoded has no envelope to carry: a broker adapter dead-letters it
 * raw, byte for byte, marked by the header `x-dead-letter-raw: true` (message-codec.ts,
 * RawDeadLetter); a consumer of the `.dlq` sees it as a `messaging.RawDeadLettered` envelope, for
 * which readDeadLetter returns null and readRawDeadLetter (on the record) the original bytes.
 */
export interface DeadLetter {
  readonly originalTopic: string;
  /** Where the record was on `originalTopic`, when the bus has partitions and offsets (Kafka). */
  readonly originalPartition?: number;
  /** The offset as a decimal string, as Kafka gives it. */
  readonly originalOffset?: string;
  readonly group: string;
  readonly key: string;
  readonly event: EventEnvelope;
  /** `details`: what a coded error adds (a contract violation: the paths that broke the schema). */
  readonly error: { readonly message: string; readonly code?: string; readonly details?: Readonly<Record<string, unknown>> };
  readonly attempts: number;
  readonly failedAt: string;
}

/**
 * Messaging between services. Delivery is at-least-once: handlers must be idempotent
 * (dedupe by event id, or deterministic ids for what they create). A handler that keeps
 * failing sends its message to `<topic>.dlq` and does not block the messages behind it.
 */
/** How far a consumer group is behind on one partition: messages on it the group has not committed. */
export interface PartitionLag {
  readonly topic: string;
  readonly partition: number;
  readonly lag: number;
}

export interface MessageBus {
  /** The OpenTelemetry `messaging.system` of its spans (`kafka`); absent on the in-process bus. */
  readonly messagingSystem?: string;
  /** Resolves when the broker has accepted the messages durably. */
  publish(topic: string, messages: readonly BusMessage[]): Promise<void>;
  /** Resolves once the consumer takes part in its group; a new group starts at the beginning of its topics. */
  consume(handler: MessageHandler, options: ConsumerOptions): Promise<Consumer>;
  /**
   * Like consume, with each fetched partition batch handed to the handler at once; its offsets are
   * committed together once the handler resolved, so a crash before that redelivers the whole batch.
   * A batch whose handler throws is delivered again one message at a time under consume's retry and
   * dead-letter rules (a poison message goes to the DLQ alone, the others are handled). Absent on a
   * bus that delivers one message at a time: a caller then consumes with single-message batches.
   */
  consumeBatches?(handler: MessageBatchHandler, options: BatchConsumerOptions): Promise<Consumer>;
  /**
   * Announces, before anything is published, a consumer group that will consume these topics.
   * Only a bus whose own log is not durable needs it (the in-process bus with acknowledged
   * delivery: a publish then resolves once every announced group has handled the messages, so a
   * relay's checkpoint never passes a message that a restart would lose). Kafka keeps its log.
   */
  declareGroup?(group: string, topics: readonly string[]): void;
  /**
   * The group's lag per topic and partition (metrics): the partition's end offset minus the group's
   * committed offset (its whole log when it committed nothing). Absent on a bus that cannot tell.
   */
  consumerLag?(group: string, topics: readonly string[]): Promise<readonly PartitionLag[]>;
  close(): Promise<void>;
}

export function dlqTopic(topic: string): string {
  return `${topic}.dlq`;
}

/**
 * What a dead letter says of the failure: the message, the stable code when there is one, and the
 * error's `details` when it has some (a CodedError's, as JSON).
 */
export function describeFailure(err: unknown): DeadLetter['error'] {
  if (err instanceof Error) {
    const { code, details } = err as { code?: unknown; details?: unknown };
    const described: { message: string; code?: string; details?: Record<string, unknown> } = { message: err.message };
    if (typeof code === 'string') described.code = code;
    if (typeof details === 'object' && details !== null && Object.keys(details).length > 0) described.details = details as Record<string, unknown>;
    return described;
  }
  return { message: String(err) };
}

/** Wraps a dead letter for `<topic>.dlq`, keyed and traced like the event it is about. */
export function toDeadLetterMessage(letter: DeadLetter): BusMessage {
  const original = letter.event;
  return {
    key: letter.key,
    event: {
      id: newEventId(),
      type: DEAD_LETTER_EVENT_TYPE,
      schemaVersion: 1,
      stream: original.stream,
      revision: original.revision,
      position: original.position,
      occurredAt: letter.failedAt,
      tenantId: original.tenantId,
      region: original.region,
      actor: { id: 'message-bus', role: 'system' },
      correlationId: original.correlationId,
      causationId: original.id,
      policyVersion: null,
      ...(original.traceContext ? { traceContext: original.traceContext } : {}),
      data: letter,
    },
  };
}

/** The dead letter a `<topic>.dlq` message carries, or null for anything else. */
export function readDeadLetter(message: BusMessage): DeadLetter | null {
  return message.event.type === DEAD_LETTER_EVENT_TYPE ? (message.event.data as DeadLetter) : null;
}
