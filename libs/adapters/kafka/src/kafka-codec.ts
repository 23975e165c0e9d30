import { IHeaders, KafkaMessage, Message } from 'kafkajs';
import { BusMessage, DEAD_LETTER_EVENT_TYPE, DeadLetter, EventEnvelope } from '@aftersales/eventsourcing';

/**
 * How a BusMessage looks on a Kafka topic: key = the message key (the stream id), value = the whole
 * envelope as JSON with `revision` and `position` as decimal strings (JSON has no bigint), and the
 * envelope's metadata again as headers, so tools and other clients can route and trace without
 * parsing the value. The value is what a consumer reads back; the headers are for everyone else.
 * A bigint anywhere else in the value is written as a decimal string too and read back as a string,
 * except in a dead letter, whose `data.event` is an envelope and is restored as one.
 */
export const CONTENT_TYPE = 'application/vnd.aftersales.event+json';

export class MessageDecodeError extends Error {
  readonly code = 'MESSAGING.UNDECODABLE';
}

function headersOf(event: EventEnvelope): IHeaders {
  const headers: IHeaders = {
    'content-type': CONTENT_TYPE,
    id: event.id,
    type: event.type,
    schemaVersion: String(event.schemaVersion),
    stream: event.stream,
    revision: event.revision.toString(),
    position: event.position.toString(),
    occurredAt: event.occurredAt,
    tenantId: event.tenantId,
    region: event.region,
    actorId: event.actor.id,
    actorRole: event.actor.role,
    correlationId: event.correlationId,
  };
  if (event.causationId !== null) headers.causationId = event.causationId;
  if (event.policyVersion !== null) headers.policyVersion = event.policyVersion;
  return headers;
}

export function encodeMessage(message: BusMessage): Message {
  const { event } = message;
  const value = JSON.stringify(event, (_key, v: unknown) => (typeof v === 'bigint' ? v.toString() : v));
  return { key: message.key, value, headers: headersOf(event) };
}

const DECIMAL = /^-?\d+$/;

/** The BusMessage a record carries; throws MessageDecodeError for a record this codec did not write. */
export function decodeMessage(record: Pick<KafkaMessage, 'key' | 'value'>): BusMessage {
  if (!record.value) throw new MessageDecodeError('record has no value');
  let parsed: Record<string, unknown>;
  try {
    parsed = JSON.parse(record.value.toString('utf8')) as Record<string, unknown>;
  } catch (err) {
    throw new MessageDecodeError(`record value is not JSON: ${(err as Error).message}`);
  }
  const event = reviveEnvelope(parsed);
  if (event.type === DEAD_LETTER_EVENT_TYPE) {
    const letter = event.data as DeadLetter;
    (event as { data: unknown }).data = { ...letter, event: reviveEnvelope(letter.event as unknown as Record<string, unknown>) };
  }
  return { key: record.key ? record.key.toString('utf8') : event.stream, event };
}

function reviveEnvelope(parsed: Record<string, unknown> | null | undefined): EventEnvelope {
  if (typeof parsed !== 'object' || parsed === null) throw new MessageDecodeError('record value is not an event envelope');
  const { id, type, revision, position } = parsed;
  if (typeof id !== 'string' || typeof type !== 'string') throw new MessageDecodeError('record value is not an event envelope');
  if (typeof revision !== 'string' || !DECIMAL.test(revision) || typeof position !== 'string' || !DECIMAL.test(position)) {
    throw new MessageDecodeError(`event ${id}: revision and position must be decimal strings`);
  }
  return { ...parsed, revision: BigInt(revision), position: BigInt(position) } as unknown as EventEnvelope;
}
