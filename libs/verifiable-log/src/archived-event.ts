import { canonicalizeEx } from 'json-canonicalize';
import { EventEnvelope } from '@aftersales/eventsourcing';
import { leafHash } from './merkle';

/**
 * What the audit log commits to for one event, and how it becomes the leaf's bytes (ADR 014).
 * Changing anything here changes every leaf hash: a new CANONICALIZATION version, never an edit.
 */

/**
 * The canonicalization of a leaf: the archived event inside `{canonicalization, event}`, serialized
 * by RFC 8785 (JSON Canonicalization Scheme) to UTF-8. The version is part of the hashed bytes, so a
 * leaf cannot be read under another version than it was written with.
 */
export const CANONICALIZATION = 'aftersales-event-jcs/1';

/**
 * The event as its context recorded it: the whole envelope but the global position, which is the
 * source store's bookkeeping (another store, a migration, Kafka's offsets number it differently) and
 * is kept beside the leaf as its source, not inside it. The revision is a decimal string (JSON has
 * no 64-bit integers).
 */
export interface ArchivedEvent {
  readonly id: string;
  readonly type: string;
  readonly schemaVersion: number;
  readonly stream: string;
  readonly revision: string;
  readonly occurredAt: string;
  readonly tenantId: string;
  readonly region: string;
  readonly actor: { readonly id: string; readonly role: string };
  readonly correlationId: string;
  readonly causationId: string | null;
  readonly policyVersion: string | null;
  readonly data: unknown;
}

export function archivedEventOf(event: EventEnvelope): ArchivedEvent {
  return {
    id: event.id,
    type: event.type,
    schemaVersion: event.schemaVersion,
    stream: event.stream,
    revision: event.revision.toString(),
    occurredAt: event.occurredAt,
    tenantId: event.tenantId,
    region: event.region,
    actor: { id: event.actor.id, role: event.actor.role },
    correlationId: event.correlationId,
    causationId: event.causationId ?? null,
    policyVersion: event.policyVersion ?? null,
    data: event.data,
  };
}

/** The context that owns a stream: its prefix before the first dot (`intake.complaint-…` → `intake`). */
export function contextOfStream(stream: string): string {
  const dot = stream.indexOf('.');
  return dot > 0 ? stream.slice(0, dot) : stream;
}

/** The leaf's bytes: RFC 8785 canonical JSON of `{canonicalization, event}`, UTF-8. */
export function canonicalBytes(event: ArchivedEvent, canonicalization: string = CANONICALIZATION): Buffer {
  if (canonicalization !== CANONICALIZATION) throw new Error(`canonicalization ${canonicalization} is not known (this build knows ${CANONICALIZATION})`);
  // strictUndefined: `undefined` is not JSON; an event holding one is refused, never silently changed.
  return Buffer.from(canonicalizeEx({ canonicalization, event }, { strictUndefined: true }), 'utf8');
}

/** The Merkle leaf hash of an archived event: H(0x00 || canonical bytes). */
export function eventLeafHash(event: ArchivedEvent, canonicalization: string = CANONICALIZATION): Buffer {
  return leafHash(canonicalBytes(event, canonicalization));
}
