import { EventEnvelope, TraceContext, readTraceContext } from './envelope';
import type { BusMessage, DeadLetter } from './message-bus';
import { MESSAGING } from './errors';

/** Type of the envelope a dead letter travels in on `<topic>.dlq` (see DeadLetter in message-bus.ts). */
export const DEAD_LETTER_EVENT_TYPE = 'messaging.DeadLettered';

/**
 * How a BusMessage travels on a broker, and how every MessageBus adapter copies it (Kafka on the
 * wire, the in-process bus in memory), so standalone and distributed deliver the same values:
 *
 * - key = the message key (the stream id);
 * - value = the whole envelope as JSON (UTF-8). `revision` and `position` are written as decimal
 *   strings and read back as bigint: they stay bigint on both sides.
 * - `data` (and any other field) round-trips **as JSON**: a bigint becomes a decimal string, a
 *   Date its ISO string (toJSON), `undefined` members are dropped (and `undefined` array items
 *   become null), NaN/Infinity become null, Map/Set become `{}`. Put only JSON values in `data`.
 *   The exception is a dead letter, whose `data.event` is an envelope and is revived as one.
 * - headers = the envelope's metadata again, as strings, so tools and other clients can route and
 *   trace without parsing the value. The value is what a consumer reads back; headers are for
 *   everyone else. The exception is the message's own trace context (BusMessage.traceContext, the
 *   sender's span), which travels only as the W3C `traceparent`/`tracestate` headers (ADR 016);
 *   the envelope's `traceContext` (where the event was appended) stays in the value.
 *
 * Pure: no broker client types. An adapter maps EncodedMessage to its client's record type.
 */
export const MESSAGE_CONTENT_TYPE = 'application/vnd.aftersales.event+json';

/** A record as a broker carries it. `value` is UTF-8 JSON (a string when encoded here). */
export interface EncodedMessage {
  readonly key: string;
  readonly value: Buffer | string;
  readonly headers: Record<string, string>;
}

/** A record as read back: brokers may hand out null keys or values, and header values as bytes. */
export interface ReceivedRecord {
  readonly key?: Buffer | string | null;
  readonly value: Buffer | string | null;
  readonly headers?: Readonly<Record<string, Buffer | string | (Buffer | string)[] | undefined>>;
}

export class MessageDecodeError extends Error {
  readonly code = MESSAGING.UNDECODABLE;
}

/** A single message larger than a publish may carry (the broker would refuse it for good). */
export class MessageTooLargeError extends Error {
  readonly code = MESSAGING.MESSAGE_TOO_LARGE;
  /** Trying again cannot help (broker clients, kafkajs included, read this flag). */
  readonly retriable = false;
  constructor(
    readonly eventId: string,
    readonly eventType: string,
    readonly bytes: number,
    readonly limit: number,
  ) {
    super(
      `event ${eventId} (${eventType}) encodes to ${bytes} bytes, over the ${limit}-byte limit of one publish; ` +
        'the broker would refuse it, so it is not sent: shrink what the mapping publishes for it, or raise the limit together with the broker\'s message.max.bytes',
    );
  }
}

/** The W3C Trace Context header names (https://www.w3.org/TR/trace-context/#trace-context-http-headers-format). */
export const TRACE_HEADERS = { traceparent: 'traceparent', tracestate: 'tracestate' } as const;

function headersOf(event: EventEnvelope, trace: TraceContext | undefined): Record<string, string> {
  const headers: Record<string, string> = {
    'content-type': MESSAGE_CONTENT_TYPE,
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
  if (trace) {
    headers[TRACE_HEADERS.traceparent] = trace.traceparent;
    if (trace.tracestate !== undefined) headers[TRACE_HEADERS.tracestate] = trace.tracestate;
  }
  return headers;
}

export function encodeMessage(message: BusMessage): EncodedMessage & { readonly value: string } {
  const { event } = message;
  const value = JSON.stringify(event, (_key, v: unknown) => (typeof v === 'bigint' ? v.toString() : v));
  return { key: message.key, value, headers: headersOf(event, message.traceContext) };
}

/**
 * Bytes a record takes in a broker's batch, counted generously: key, value, header names and
 * values, plus a fixed allowance for the per-record framing (lengths, offsets, timestamps).
 */
export function encodedSize(record: EncodedMessage): number {
  let bytes = 64 + Buffer.byteLength(record.key) + (typeof record.value === 'string' ? Buffer.byteLength(record.value) : record.value.length);
  for (const [name, value] of Object.entries(record.headers)) bytes += 8 + Buffer.byteLength(name) + Buffer.byteLength(value);
  return bytes;
}

/**
 * Splits records, in order, into consecutive chunks of at most `maxBytes` (encodedSize) each.
 * Throws MessageTooLargeError for a record that alone exceeds the limit, before anything is split.
 */
export function chunkBySize<T extends EncodedMessage>(records: readonly T[], maxBytes: number, eventOf: (record: T) => { id: string; type: string }): T[][] {
  const chunks: T[][] = [];
  let current: T[] = [];
  let size = 0;
  for (const record of records) {
    const bytes = encodedSize(record);
    if (bytes > maxBytes) {
      const { id, type } = eventOf(record);
      throw new MessageTooLargeError(id, type, bytes, maxBytes);
    }
    if (current.length > 0 && size + bytes > maxBytes) {
      chunks.push(current);
      current = [];
      size = 0;
    }
    current.push(record);
    size += bytes;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

const DECIMAL = /^-?\d+$/;

const text = (v: Buffer | string | null | undefined): string | null => (v === null || v === undefined ? null : typeof v === 'string' ? v : v.toString('utf8'));

/** The BusMessage a record carries; throws MessageDecodeError for a record this codec did not write. */
export function decodeMessage(record: ReceivedRecord): BusMessage {
  const raw = readRawDeadLetter(record);
  if (raw) return rawDeadLetterMessage(raw);
  const value = text(record.value);
  if (value === null || value === '') throw new MessageDecodeError('record has no value');
  let parsed: Record<string, unknown>;
  try {
    parsed = JSON.parse(value) as Record<string, unknown>;
  } catch (err) {
    throw new MessageDecodeError(`record value is not JSON: ${(err as Error).message}`);
  }
  const event = reviveEnvelope(parsed);
  if (event.type === DEAD_LETTER_EVENT_TYPE) {
    const letter = event.data as DeadLetter;
    (event as { data: unknown }).data = { ...letter, event: reviveEnvelope(letter?.event as unknown as Record<string, unknown>) };
  }
  const traceContext = readTraceContext({
    traceparent: headerText(record.headers?.[TRACE_HEADERS.traceparent]),
    tracestate: headerText(record.headers?.[TRACE_HEADERS.tracestate]),
  });
  return traceContext ? { key: text(record.key) ?? event.stream, event, traceContext } : { key: text(record.key) ?? event.stream, event };
}

function reviveEnvelope(parsed: Record<string, unknown> | null | undefined): EventEnvelope {
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new MessageDecodeError('record value is not an event envelope');
  const { id, type, revision, position } = parsed;
  if (typeof id !== 'string' || typeof type !== 'string') throw new MessageDecodeError('record value is not an event envelope');
  if (typeof revision !== 'string' || !DECIMAL.test(revision) || typeof position !== 'string' || !DECIMAL.test(position)) {
    throw new MessageDecodeError(`event ${id}: revision and position must be decimal strings`);
  }
  const { traceContext: stored, ...rest } = parsed;
  const traceContext = stored === undefined ? undefined : readTraceContext(stored);
  return { ...rest, ...(traceContext ? { traceContext } : {}), revision: BigInt(revision), position: BigInt(position) } as unknown as EventEnvelope;
}

// ---------------------------------------------------------------------------------------------
// Raw dead letters: a record no handler can read (it does not decode) still must not be lost. It
// goes to `<topic>.dlq` as it was, byte for byte (key, value, headers), with these headers added.
// ---------------------------------------------------------------------------------------------

export const RAW_DEAD_LETTER_HEADER = 'x-dead-letter-raw';
export const DEAD_LETTER_HEADERS = {
  raw: RAW_DEAD_LETTER_HEADER,
  id: 'x-dead-letter-id',
  error: 'x-dead-letter-error',
  errorCode: 'x-dead-letter-error-code',
  group: 'x-dead-letter-group',
  originalTopic: 'x-dead-letter-original-topic',
  originalPartition: 'x-dead-letter-original-partition',
  originalOffset: 'x-dead-letter-original-offset',
  failedAt: 'x-dead-letter-failed-at',
  /** Which of the original headers were present (JSON array of names), so a replay restores exactly them. */
  originalHeaders: 'x-dead-letter-original-headers',
} as const;

/** Event type under which a consumer of a `.dlq` topic sees a raw dead letter (its `data` is a RawDeadLetter). */
export const RAW_DEAD_LETTER_EVENT_TYPE = 'messaging.RawDeadLettered';

/** An undecodable record as it was dead-lettered: the original bytes and where they came from. */
export interface RawDeadLetter {
  readonly id: string;
  readonly originalTopic: string;
  readonly originalPartition: number;
  readonly originalOffset: string;
  readonly group: string;
  readonly error: { readonly message: string; readonly code?: string };
  readonly failedAt: string;
  /** The original record: key and value as base64 (null when absent), headers as UTF-8 strings. */
  readonly record: { readonly key: string | null; readonly value: string | null; readonly headers: Record<string, string> };
}

export interface RawDeadLetterInput {
  readonly id: string;
  readonly originalTopic: string;
  readonly originalPartition: number;
  readonly originalOffset: string;
  readonly group: string;
  readonly error: { readonly message: string; readonly code?: string };
  readonly failedAt: string;
}

function headerText(v: Buffer | string | (Buffer | string)[] | undefined): string | undefined {
  if (v === undefined) return undefined;
  const one = Array.isArray(v) ? v[v.length - 1] : v;
  return one === undefined ? undefined : typeof one === 'string' ? one : one.toString('utf8');
}

/** The original headers of a record, as strings (a repeated header keeps its last value). */
function plainHeaders(record: ReceivedRecord): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(record.headers ?? {})) {
    const v = headerText(value);
    if (v !== undefined) out[name] = v;
  }
  return out;
}

/**
 * The `<topic>.dlq` record for an undecodable one: the original key, value and headers untouched,
 * plus the `x-dead-letter-*` headers. Returned as the parts a broker client sends.
 */
export function toRawDeadLetterRecord(
  record: ReceivedRecord,
  letter: RawDeadLetterInput,
): { key: Buffer | string | null; value: Buffer | string | null; headers: Record<string, Buffer | string> } {
  const original: Record<string, Buffer | string> = {};
  for (const [name, value] of Object.entries(record.headers ?? {})) {
    if (name.startsWith('x-dead-letter-')) continue;
    const one = Array.isArray(value) ? value[value.length - 1] : value;
    if (one !== undefined) original[name] = one;
  }
  const headers: Record<string, Buffer | string> = {
    ...original,
    [DEAD_LETTER_HEADERS.raw]: 'true',
    [DEAD_LETTER_HEADERS.id]: letter.id,
    [DEAD_LETTER_HEADERS.error]: letter.error.message,
    [DEAD_LETTER_HEADERS.group]: letter.group,
    [DEAD_LETTER_HEADERS.originalTopic]: letter.originalTopic,
    [DEAD_LETTER_HEADERS.originalPartition]: String(letter.originalPartition),
    [DEAD_LETTER_HEADERS.originalOffset]: letter.originalOffset,
    [DEAD_LETTER_HEADERS.failedAt]: letter.failedAt,
    [DEAD_LETTER_HEADERS.originalHeaders]: JSON.stringify(Object.keys(original)),
  };
  if (letter.error.code !== undefined) headers[DEAD_LETTER_HEADERS.errorCode] = letter.error.code;
  return { key: record.key ?? null, value: record.value, headers };
}

/** The raw dead letter a `.dlq` record carries (header `x-dead-letter-raw: true`), or null for anything else. */
export function readRawDeadLetter(record: ReceivedRecord): RawDeadLetter | null {
  const headers = plainHeaders(record);
  if (headers[DEAD_LETTER_HEADERS.raw] !== 'true') return null;
  let names: string[];
  try {
    names = JSON.parse(headers[DEAD_LETTER_HEADERS.originalHeaders] ?? '[]') as string[];
  } catch {
    names = Object.keys(headers).filter((n) => !n.startsWith('x-dead-letter-'));
  }
  const original: Record<string, string> = {};
  for (const name of names) if (headers[name] !== undefined) original[name] = headers[name];
  const b64 = (v: Buffer | string | null | undefined) => (v === null || v === undefined ? null : (typeof v === 'string' ? Buffer.from(v, 'utf8') : v).toString('base64'));
  const code = headers[DEAD_LETTER_HEADERS.errorCode];
  return {
    id: headers[DEAD_LETTER_HEADERS.id] ?? '',
    originalTopic: headers[DEAD_LETTER_HEADERS.originalTopic] ?? '',
    originalPartition: Number(headers[DEAD_LETTER_HEADERS.originalPartition] ?? -1),
    originalOffset: headers[DEAD_LETTER_HEADERS.originalOffset] ?? '',
    group: headers[DEAD_LETTER_HEADERS.group] ?? '',
    error: code === undefined ? { message: headers[DEAD_LETTER_HEADERS.error] ?? '' } : { message: headers[DEAD_LETTER_HEADERS.error] ?? '', code },
    failedAt: headers[DEAD_LETTER_HEADERS.failedAt] ?? '',
    record: { key: b64(record.key), value: b64(record.value), headers: original },
  };
}

/**
 * How a consumer of a `.dlq` topic sees a raw dead letter: a `messaging.RawDeadLettered` envelope
 * (id = the dead letter's id, so it dedupes like any event; position = the original offset) whose
 * data is the RawDeadLetter. readDeadLetter returns null for it; a replay uses the record's bytes.
 */
function rawDeadLetterMessage(letter: RawDeadLetter): BusMessage {
  const key = letter.record.key === null ? letter.originalTopic : Buffer.from(letter.record.key, 'base64').toString('utf8');
  return {
    key,
    event: {
      id: letter.id,
      type: RAW_DEAD_LETTER_EVENT_TYPE,
      schemaVersion: 1,
      stream: key,
      revision: 0n,
      position: DECIMAL.test(letter.originalOffset) ? BigInt(letter.originalOffset) : 0n,
      occurredAt: letter.failedAt,
      tenantId: letter.record.headers.tenantId ?? '',
      region: letter.record.headers.region ?? '',
      actor: { id: 'message-bus', role: 'system' },
      correlationId: letter.record.headers.correlationId ?? letter.id,
      causationId: null,
      policyVersion: null,
      data: letter,
    },
  };
}
