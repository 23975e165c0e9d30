import { v7 } from 'uuid';
import { NewEvent } from './envelope';
import { DuplicateEventIdError, InvalidAppendError } from './errors';

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/**
 * The RFC 9562 (formerly 4122) text form of a UUID of a defined version (1 to 8) and the RFC's
 * variant, in either case: v7 from newEventId, v5 or v8 from name-based, deterministic ids.
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

/** A new UUID v7 (time-ordered, RFC 9562). */
export function newEventId(): string {
  return v7();
}

export function isUuidV7(value: string): boolean {
  return UUID_V7.test(value);
}

/** Whether `value` is an RFC 9562 UUID of any version, in upper, lower or mixed case. */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/**
 * The ids an append stores, one per event, checked the same way by every adapter: a given id
 * must be an RFC 9562 UUID (InvalidAppendError naming it otherwise) and is stored lower-case, so
 * `A…` and `a…` are one id everywhere, as in PostgreSQL's uuid type; an absent id becomes a new
 * UUID v7. Two events of one append with the same id throw DuplicateEventIdError. Whether an id
 * is already stored is the adapter's to check.
 */
export function prepareEventIds(stream: string, events: readonly NewEvent[]): string[] {
  const ids: string[] = [];
  const seen = new Set<string>();
  for (const e of events) {
    // Untyped callers (JSON, plain JS) may send null for "none".
    const given: unknown = e.id ?? null;
    if (given !== null && (typeof given !== 'string' || !isUuid(given))) {
      throw new InvalidAppendError(stream, `event id ${JSON.stringify(given)} is not a UUID (RFC 9562 text form)`, { id: given });
    }
    const id = given === null ? newEventId() : given.toLowerCase();
    if (seen.has(id)) throw new DuplicateEventIdError(stream, id);
    seen.add(id);
    ids.push(id);
  }
  return ids;
}
