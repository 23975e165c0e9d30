import { EventEnvelope } from './envelope';

export const MESSAGE_BUS = Symbol('MessageBus');

/** An integration event in flight: key = stream id, so per-case order holds on a partition. */
export interface BusMessage {
  readonly key: string;
  readonly event: EventEnvelope;
}

export interface DeliveryContext {
  readonly topic: string;
  /** 1 on first delivery; retries count up. */
  readonly attempt: number;
}

export type MessageHandler = (message: BusMessage, context: DeliveryContext) => Promise<void>;

export interface ConsumerOptions {
  /** Consumers in one group share the messages; each group receives every message. */
  readonly group: string;
  readonly topics: readonly string[];
  /** Deliveries before a message goes to `<topic>.dlq` (default 5). */
  readonly maxAttempts?: number;
  /** First retry delay; doubles per attempt (default 100 ms). */
  readonly retryBackoffMs?: number;
}

export interface Consumer {
  /**
   * Idempotent; waits for the handler in flight and cuts a retry backoff short. From the moment it
   * is called, a failing message is left to the group's next consumer, not dead-lettered (a
   * shutdown is not a poison message).
   */
  stop(): Promise<void>;
}

/**
 * A dead-lettered message: the original coordinates and why it failed. BusMessage has no headers,
 * so on `<topic>.dlq` it travels under the original key as a `messaging.DeadLettered` envelope
 * whose `data` is this DeadLetter (the MessageBus contract suite pins that shape).
 */
export interface DeadLetter {
  readonly originalTopic: string;
  readonly key: string;
  readonly event: EventEnvelope;
  readonly error: { readonly message: string; readonly code?: string };
  readonly attempts: number;
  readonly failedAt: string;
}

/**
 * Messaging between services. Delivery is at-least-once: handlers must be idempotent
 * (dedupe by event id, or deterministic ids for what they create). A handler that keeps
 * failing sends its message to `<topic>.dlq` and does not block the messages behind it.
 */
export interface MessageBus {
  /** Resolves when the broker has accepted the messages durably. */
  publish(topic: string, messages: readonly BusMessage[]): Promise<void>;
  /** Resolves once the consumer takes part in its group; a new group starts at the beginning of its topics. */
  consume(handler: MessageHandler, options: ConsumerOptions): Promise<Consumer>;
  close(): Promise<void>;
}

export function dlqTopic(topic: string): string {
  return `${topic}.dlq`;
}
