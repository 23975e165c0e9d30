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
  stop(): Promise<void>;
}

/** A dead-lettered message: the original coordinates and why it failed. */
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
  consume(handler: MessageHandler, options: ConsumerOptions): Promise<Consumer>;
  close(): Promise<void>;
}

export function dlqTopic(topic: string): string {
  return `${topic}.dlq`;
}
