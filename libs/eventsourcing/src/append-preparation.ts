import { EventEnvelope, NewEvent, readTraceContext } from './envelope';
import { ExpectedRevision, InvalidAppendError } from './errors';
import { prepareEventIds } from './uuid';

/** A NewEvent as every adapter stores it: the envelope minus what the store assigns. */
export type PreparedEvent = Omit<EventEnvelope, 'stream' | 'revision' | 'position'>;

/**
 * The one place NewEvents become stored fields, so every adapter refuses and defaults alike: an
 * empty append is refused, ids are checked and lower-cased (prepareEventIds), schemaVersion
 * defaults to 1, causation and policy version to null, and absent data is stored as null (JSON
 * has no undefined). A trace context is kept when well-formed and left out otherwise (ADR 016): it
 * explains, it never refuses an append. Idempotent: prepared events pass through unchanged.
 */
export function prepareAppend(stream: string, events: readonly NewEvent[]): PreparedEvent[] {
  if (events.length === 0) throw new InvalidAppendError(stream, 'an append needs at least one event');
  const ids = prepareEventIds(stream, events);
  return events.map((e, i) => {
    const traceContext = e.traceContext === undefined ? undefined : readTraceContext(e.traceContext);
    return {
      id: ids[i],
      type: e.type,
      schemaVersion: e.schemaVersion ?? 1,
      occurredAt: e.occurredAt,
      tenantId: e.tenantId,
      region: e.region,
      actor: { id: e.actor.id, role: e.actor.role },
      correlationId: e.correlationId,
      causationId: e.causationId ?? null,
      policyVersion: e.policyVersion ?? null,
      ...(traceContext ? { traceContext } : {}),
      data: e.data === undefined ? null : e.data,
    };
  });
}

/** Whether a stream whose last revision is `actual` (null: no stream) meets `expected`. */
export function matchesExpectedRevision(expected: ExpectedRevision, actual: bigint | null): boolean {
  return (
    expected === 'any' ||
    (expected === 'no_stream' && actual === null) ||
    (expected === 'stream_exists' && actual !== null) ||
    (typeof expected === 'bigint' && actual === expected)
  );
}
