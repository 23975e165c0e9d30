import { CodedError } from '@aftersales/eventsourcing';

/**
 * Errors this adapter raises besides the port's WrongExpectedRevisionError. Each has a stable code;
 * the codes are named as if the port owned them (see the closing note of ADR 002), so callers can
 * switch on them today and keep doing so once they move to libs/eventsourcing.
 */

/** An event id that is already in the store: deterministic ids make a repeated command a no-op. */
export class DuplicateEventIdError extends CodedError {
  static readonly CODE = 'EVENTSTORE.DUPLICATE_EVENT_ID';
  readonly code = DuplicateEventIdError.CODE;
  constructor(readonly stream: string) {
    super(`stream ${stream}: an event id of this append is already stored`, { stream });
  }
}

/** An append with no events, or more than one transaction can number (ADR 002). */
export class InvalidAppendError extends CodedError {
  static readonly CODE = 'EVENTSTORE.INVALID_APPEND';
  readonly code = InvalidAppendError.CODE;
  constructor(readonly stream: string, reason: string) {
    super(`stream ${stream}: ${reason}`, { stream, reason });
  }
}

/** The store was closed; nothing was written. */
export class EventStoreClosedError extends CodedError {
  static readonly CODE = 'EVENTSTORE.CLOSED';
  readonly code = EventStoreClosedError.CODE;
  constructor() {
    super('the event store is closed');
  }
}

/**
 * A database error raised inside one member of a group commit and caught there (see
 * append_events_isolated): rebuilt with the fields the drivers' own errors carry, so callers
 * handle it the same way. `code` is the SQLSTATE.
 */
export class IsolatedAppendDatabaseError extends Error {
  constructor(
    readonly code: string,
    readonly constraint: string | undefined,
    message: string,
  ) {
    super(message);
    this.name = 'IsolatedAppendDatabaseError';
  }
}

/** Postgres error fields both drivers (pg and PGlite) expose. */
export interface PostgresErrorFields {
  code?: string;
  constraint?: string;
}

/** Structural, not instanceof: PGlite's errors may come from another realm (see pglite-sql-client.ts). */
export function isPostgresError(err: unknown, sqlState: string): err is Error & PostgresErrorFields {
  return typeof err === 'object' && err !== null && (err as PostgresErrorFields).code === sqlState;
}

export const SQLSTATE = {
  UNIQUE_VIOLATION: '23505',
} as const;
