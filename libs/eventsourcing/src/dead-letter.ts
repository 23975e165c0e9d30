// Building the dead letter every MessageBus adapter puts on `<topic>.dlq`, whole or, when the whole
// one is over the publish limit, truncated (TruncatedDeadLetter). Pure: the adapters publish it.
import { BusMessage, DeadLetter, describeFailure, toDeadLetterMessage } from './message-bus';
import { encodeMessage, encodedSize } from './message-codec';

/** A truncated dead letter keeps this much of the error message. */
export const TRUNCATED_ERROR_CHARS = 2_000;

/** Where a record came from, for a dead letter that cannot carry the record itself. */
export interface RecordCoordinates {
  readonly partition: number;
  /** The offset as a decimal string, as Kafka gives it. */
  readonly offset: string;
}

/**
 * A dead letter too large to publish whole: the original coordinates, the event's envelope without
 * its data, and the error (shortened). `truncated` marks it; a replay passes it over, because it has
 * no event to republish (the original record is still on its topic at originalPartition/originalOffset
 * for as long as the topic keeps it, and in the event store, from which the relay republishes).
 */
export interface TruncatedDeadLetter extends Omit<DeadLetter, 'event'> {
  readonly event: Omit<DeadLetter['event'], 'data'> & { readonly data: null };
  readonly truncated: { readonly reason: string; readonly bytes: number };
}

/** Whether a dead letter was truncated (TruncatedDeadLetter): its event has no data to replay. */
export function isTruncatedDeadLetter(letter: DeadLetter | TruncatedDeadLetter): letter is TruncatedDeadLetter {
  return typeof (letter as { truncated?: unknown }).truncated === 'object' && (letter as { truncated?: unknown }).truncated !== null;
}

/**
 * The dead letter of `message`, which `group` gave up on after `attempts` deliveries that failed,
 * the last with `error`; `where` (partition and offset) when the bus knows them.
 */
export function deadLetterOf(topic: string, group: string, message: BusMessage, error: unknown, attempts: number, failedAt: Date, where?: RecordCoordinates): DeadLetter {
  return {
    originalTopic: topic,
    ...(where ? { originalPartition: where.partition, originalOffset: where.offset } : {}),
    group,
    key: message.key,
    event: message.event,
    error: describeFailure(error),
    attempts,
    failedAt: failedAt.toISOString(),
  };
}

/**
 * The dead letter without the event's data, and with the error message shortened to
 * TRUNCATED_ERROR_CHARS: what goes to `<topic>.dlq` when the whole one encodes to `bytes`, over the
 * `limit`. `where` (the record's partition and offset) is kept when known.
 */
export function truncateDeadLetter(letter: DeadLetter, bytes: number, limit: number, where?: RecordCoordinates): TruncatedDeadLetter {
  const { data: _data, ...envelope } = letter.event;
  const message = letter.error.message.length > TRUNCATED_ERROR_CHARS ? `${letter.error.message.slice(0, TRUNCATED_ERROR_CHARS)}… (shortened)` : letter.error.message;
  const coordinates = where ?? (letter.originalPartition !== undefined && letter.originalOffset !== undefined ? { partition: letter.originalPartition, offset: letter.originalOffset } : undefined);
  return {
    originalTopic: letter.originalTopic,
    ...(coordinates ? { originalPartition: coordinates.partition, originalOffset: coordinates.offset } : {}),
    group: letter.group,
    key: letter.key,
    event: { ...envelope, data: null },
    // The code and details stay: they say why, and a contract violation's details are bounded.
    error: { ...letter.error, message },
    attempts: letter.attempts,
    failedAt: letter.failedAt,
    truncated: {
      reason: `the dead letter encodes to ${bytes} bytes, over the ${limit}-byte publish limit: the event's data is left out`,
      bytes,
    },
  };
}

/** A dead letter ready for `<topic>.dlq` (deadLetterMessages). */
export interface DeadLetterMessages {
  /** The whole dead letter (toDeadLetterMessage). */
  readonly full: BusMessage;
  /** What `full` encodes to (message-codec.ts encodedSize). */
  readonly bytes: number;
  /** Whether `full` is within the limit; when not, publish `truncated()` instead. */
  readonly fits: boolean;
  /** The TruncatedDeadLetter as a message, for when `full` is over the limit (or a broker refuses it as too large). */
  truncated(): BusMessage;
}

/** The dead letter as a `<topic>.dlq` message, sized against `limit` bytes, with its truncated form on demand. */
export function deadLetterMessages(letter: DeadLetter, limit: number, where?: RecordCoordinates): DeadLetterMessages {
  const full = toDeadLetterMessage(letter);
  const bytes = encodedSize(encodeMessage(full));
  return {
    full,
    bytes,
    fits: bytes <= limit,
    // A TruncatedDeadLetter travels in the DeadLetter's place; isTruncatedDeadLetter tells them apart.
    truncated: () => toDeadLetterMessage(truncateDeadLetter(letter, bytes, limit, where) as unknown as DeadLetter),
  };
}
