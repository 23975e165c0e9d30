import { Actor, EventEnvelope, readTraceContext } from '@aftersales/eventsourcing';

/**
 * The columns of `events e`. int8 comes back as text: the drivers disagree on int8, and JS numbers
 * lose precision. The text aliases shadow the column names, so ORDER BY must name `e.position` or
 * `e.revision`: a bare name would sort the text ('10' before '2').
 */
export const EVENT_COLUMNS = `e.position::text AS position, e.stream, e.revision::text AS revision, e.id::text AS id,
  e.type, e.schema_version, e.occurred_at, e.tenant_id, e.region, e.actor, e.correlation_id, e.causation_id,
  e.policy_version, e.data, e.trace_context`;

export interface EventRow {
  position: string;
  stream: string;
  revision: string;
  id: string;
  type: string;
  schema_version: number;
  occurred_at: string;
  tenant_id: string;
  region: string;
  actor: Actor;
  correlation_id: string;
  causation_id: string | null;
  policy_version: string | null;
  data: unknown;
  /** Null on events appended with tracing off or before the column (ADR 016). */
  trace_context: unknown;
}

export function toEnvelope(row: EventRow): EventEnvelope {
  const traceContext = row.trace_context === null ? undefined : readTraceContext(row.trace_context);
  return {
    id: row.id,
    type: row.type,
    schemaVersion: row.schema_version,
    stream: row.stream,
    revision: BigInt(row.revision),
    position: BigInt(row.position),
    occurredAt: row.occurred_at,
    tenantId: row.tenant_id,
    region: row.region,
    actor: { id: row.actor.id, role: row.actor.role },
    correlationId: row.correlation_id,
    causationId: row.causation_id,
    policyVersion: row.policy_version,
    ...(traceContext ? { traceContext } : {}),
    data: row.data,
  };
}
