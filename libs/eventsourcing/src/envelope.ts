/** Who caused an event: a user id (or a service id) and the role it acted in. */
export interface Actor {
  readonly id: string;
  readonly role: string;
}

/**
 * W3C Trace Context (https://www.w3.org/TR/trace-context/) of the span that appended an event or
 * sent a message: `traceparent` (`00-<trace id>-<span id>-<flags>`) and `tracestate` when the
 * trace has one. Strings only, so the envelope stays free of any tracing library (ADR 016).
 */
export interface TraceContext {
  readonly traceparent: string;
  readonly tracestate?: string;
}

/**
 * The envelope every event carries, in every store and on every topic (ARCHITECTURE.md "Events").
 * `revision` is the 0-based index in its stream; `position` is global, monotonic in the order
 * readers see events, and never reveals a gap that a slower commit fills later.
 */
export interface EventEnvelope<TData = unknown, TType extends string = string> {
  readonly id: string;
  readonly type: TType;
  readonly schemaVersion: number;
  readonly stream: string;
  readonly revision: bigint;
  readonly position: bigint;
  /** ISO-8601 UTC instant. */
  readonly occurredAt: string;
  readonly tenantId: string;
  readonly region: string;
  readonly actor: Actor;
  readonly correlationId: string;
  readonly causationId: string | null;
  readonly policyVersion: string | null;
  /**
   * The trace the event was appended in (ADR 016): absent on events appended with tracing off and
   * on every event older than the field. Readers link to it (a replay) or continue it (the relay).
   */
  readonly traceContext?: TraceContext;
  readonly data: TData;
}

/** What a writer hands to `EventStore.append`: the envelope minus what the store assigns. */
export interface NewEvent<TData = unknown, TType extends string = string> {
  /**
   * Any-version UUID, stored lower-case: a new v7 when absent; a name-based one (deterministicUuid)
   * when redelivery or a retry must produce the same id, so the store refuses the duplicate.
   */
  readonly id?: string;
  readonly type: TType;
  readonly schemaVersion?: number;
  readonly occurredAt: string;
  readonly tenantId: string;
  readonly region: string;
  readonly actor: Actor;
  readonly correlationId: string;
  readonly causationId?: string | null;
  readonly policyVersion?: string | null;
  /** Set by the platform's traced event store from the active span when tracing is on (ADR 016). */
  readonly traceContext?: TraceContext;
  readonly data: TData;
}

/** The metadata half of a NewEvent, as a command handler receives it from the edge. */
export type EventMetadata = Omit<NewEvent, 'id' | 'type' | 'schemaVersion' | 'data' | 'occurredAt'>;

/** A well-formed TraceContext, or undefined for anything else (a stored or received value is not trusted). */
export function readTraceContext(value: unknown): TraceContext | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { traceparent, tracestate } = value as { traceparent?: unknown; tracestate?: unknown };
  if (typeof traceparent !== 'string' || !TRACEPARENT.test(traceparent)) return undefined;
  return typeof tracestate === 'string' && tracestate !== '' && tracestate.length <= 512 ? { traceparent, tracestate } : { traceparent };
}

/** version-traceid-parentid-flags, lower-case hex; all-zero ids are invalid (W3C Trace Context §3.2). */
const TRACEPARENT = /^[0-9a-f]{2}-(?!0{32})[0-9a-f]{32}-(?!0{16})[0-9a-f]{16}-[0-9a-f]{2}$/;
