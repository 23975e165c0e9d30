import {
  EventEnvelope,
  ExpectedRevision,
  InvalidAppendError,
  PreparedEvent,
  TraceContext,
  WrongExpectedRevisionError,
  readTraceContext,
} from '@aftersales/eventsourcing';
import {
  ANY,
  AppendExpectedRevision,
  CurrentRevision,
  NO_STREAM,
  Position,
  ReadPosition,
  START,
  STREAM_EXISTS,
  WrongExpectedVersionError,
} from '@eventstore/db-client';

/**
 * Streams the adapter keeps for itself (ADR 006): one per stored event id, so an id is refused
 * across streams as the other stores refuse it. No context's stream prefix can start like this.
 */
export const EVENT_ID_STREAM_PREFIX = '_aftersales-event-id-';

/** Our expected revision as the client's: the sentinels map one to one, a bigint is the exact last revision. */
export function toEsdbExpectedRevision(stream: string, expected: ExpectedRevision): AppendExpectedRevision {
  switch (expected) {
    case 'no_stream':
      return NO_STREAM;
    case 'stream_exists':
      return STREAM_EXISTS;
    case 'any':
      return ANY;
    default:
      if (typeof expected !== 'bigint' || expected < 0n) {
        throw new InvalidAppendError(stream, `expected revision ${String(expected)} is neither a sentinel nor a revision (0 or more)`);
      }
      return expected;
  }
}

/** The stream's last revision as the server reported it; older servers send -1 for "no stream". */
export function actualRevisionOf(current: CurrentRevision): bigint | null {
  return current === NO_STREAM || (typeof current === 'bigint' && current < 0n) ? null : (current as bigint);
}

/** EventStoreDB's concurrency refusal as the port's typed, coded conflict; anything else as it came. */
export function translateAppendError(err: unknown, stream: string, expected: ExpectedRevision): unknown {
  if (err instanceof WrongExpectedVersionError) return new WrongExpectedRevisionError(stream, expected, actualRevisionOf(err.actualVersion));
  return err;
}

/**
 * The envelope fields EventStoreDB does not hold itself, as the event's JSON metadata. The
 * `$correlationId`/`$causationId` pair is EventStoreDB's own convention (its by-correlation
 * projection reads it); ours stay the source of truth.
 */
export interface EnvelopeMetadata {
  readonly schemaVersion: number;
  readonly occurredAt: string;
  readonly tenantId: string;
  readonly region: string;
  readonly actor: { readonly id: string; readonly role: string };
  readonly correlationId: string;
  readonly causationId: string | null;
  readonly policyVersion: string | null;
  /** W3C trace context of the append (ADR 016); absent with tracing off and on older events. */
  readonly traceContext?: TraceContext;
  readonly $correlationId: string;
  readonly $causationId?: string;
}

export function toEventMetadata(event: PreparedEvent): EnvelopeMetadata {
  return {
    schemaVersion: event.schemaVersion,
    occurredAt: event.occurredAt,
    tenantId: event.tenantId,
    region: event.region,
    actor: { id: event.actor.id, role: event.actor.role },
    correlationId: event.correlationId,
    causationId: event.causationId,
    policyVersion: event.policyVersion,
    ...(event.traceContext ? { traceContext: event.traceContext } : {}),
    $correlationId: event.correlationId,
    ...(event.causationId === null ? {} : { $causationId: event.causationId }),
  };
}

/** What the adapter reads of a recorded event: the client's RecordedEvent has all of it. */
export interface RecordedEventFields {
  readonly streamId: string;
  readonly id: string;
  readonly type: string;
  readonly revision: bigint;
  readonly data: unknown;
  readonly metadata: unknown;
  readonly position?: Position;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Uint8Array);
}

const isString = (value: unknown): value is string => typeof value === 'string';
const isNullableString = (value: unknown): value is string | null => value === null || typeof value === 'string';

/** What reading requires of the metadata: causation and policy version may be absent (null). */
type ReadMetadata = Omit<EnvelopeMetadata, '$correlationId' | '$causationId' | 'causationId' | 'policyVersion'> & {
  readonly causationId?: string | null;
  readonly policyVersion?: string | null;
};

/**
 * Whether an event's metadata is ours (toEventMetadata's shape). Events other clients write to a
 * shared server lack it: readAll passes over them; reading one of our own streams refuses them.
 */
export function hasEnvelopeMetadata(m: unknown): m is ReadMetadata {
  return (
    isRecord(m) &&
    typeof m.schemaVersion === 'number' &&
    isString(m.occurredAt) &&
    isString(m.tenantId) &&
    isString(m.region) &&
    isRecord(m.actor) &&
    isString(m.actor.id) &&
    isString(m.actor.role) &&
    isString(m.correlationId) &&
    isNullableString(m.causationId ?? null) &&
    isNullableString(m.policyVersion ?? null)
  );
}

/**
 * A recorded event as the port's envelope. Refuses an event without our metadata (written by
 * another client into one of our streams) instead of inventing fields, and one without a log
 * position (servers before 22.6 do not report it on stream reads; ADR 006).
 */
export function toEnvelope(event: RecordedEventFields): EventEnvelope {
  const m = event.metadata;
  if (!hasEnvelopeMetadata(m)) {
    throw new Error(`event ${event.id} (revision ${event.revision} of ${event.streamId}) carries no aftersales envelope metadata`);
  }
  if (!event.position) {
    throw new Error(`event ${event.id} of ${event.streamId} came without a log position: EventStoreDB 22.6 or later is required`);
  }
  const traceContext = readTraceContext((m as { traceContext?: unknown }).traceContext);
  return {
    id: event.id.toLowerCase(),
    type: event.type,
    schemaVersion: m.schemaVersion,
    stream: event.streamId,
    revision: event.revision,
    position: event.position.commit,
    occurredAt: m.occurredAt,
    tenantId: m.tenantId,
    region: m.region,
    actor: { id: m.actor.id, role: m.actor.role },
    correlationId: m.correlationId,
    causationId: m.causationId ?? null,
    policyVersion: m.policyVersion ?? null,
    ...(traceContext ? { traceContext } : {}),
    data: event.data === undefined ? null : event.data,
  };
}

/**
 * Where a forward read of $all starts for "strictly after `after`". Positions are commit
 * positions of events appended in one gRPC call, whose prepare position is the same (ADR 006);
 * the read may include the event at `after` itself, which the caller drops.
 */
export function readPositionAfter(after: bigint | null | undefined): ReadPosition {
  return after === null || after === undefined || after <= 0n ? START : { commit: after, prepare: after };
}

/**
 * Whether an event of `streamId` belongs in a readAll or subscription: never EventStoreDB's
 * system streams (`$…`) nor the adapter's own id streams; with prefixes, only streams that start
 * with one of them.
 */
export function isDeliverable(streamId: string, eventType: string, prefixes?: readonly string[]): boolean {
  if (streamId.startsWith('$') || eventType.startsWith('$') || streamId.startsWith(EVENT_ID_STREAM_PREFIX)) return false;
  return prefixes === undefined || prefixes.some((prefix) => streamId.startsWith(prefix));
}
