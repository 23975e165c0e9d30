/**
 * Errors that cross a boundary carry a stable `code` (e.g. `EVENTSTORE.WRONG_EXPECTED_REVISION`);
 * callers switch on the code, never on `instanceof` across processes.
 */
export abstract class CodedError extends Error {
  abstract readonly code: string;
  constructor(message: string, readonly details: Record<string, unknown> = {}) {
    super(message);
    this.name = new.target.name;
  }
}

export type ExpectedRevision = bigint | 'no_stream' | 'stream_exists' | 'any';

/** An append whose expected revision did not match the stream. */
export class WrongExpectedRevisionError extends CodedError {
  static readonly CODE = 'EVENTSTORE.WRONG_EXPECTED_REVISION';
  readonly code = WrongExpectedRevisionError.CODE;
  constructor(
    readonly stream: string,
    readonly expected: ExpectedRevision,
    readonly actual: bigint | null,
  ) {
    super(`stream ${stream}: expected revision ${String(expected)}, actual ${actual === null ? 'no stream' : String(actual)}`, {
      stream,
      expected: String(expected),
      actual: actual === null ? null : String(actual),
    });
  }
}

/** An event id that is already in the store: deterministic ids make a repeated command a no-op. */
export class DuplicateEventIdError extends CodedError {
  static readonly CODE = 'EVENTSTORE.DUPLICATE_EVENT_ID';
  readonly code = DuplicateEventIdError.CODE;
  /** `id` when the adapter knows which one (two events of one append); a store's unique key may not say. */
  constructor(
    readonly stream: string,
    readonly id?: string,
  ) {
    super(
      id === undefined
        ? `stream ${stream}: an event id of this append is already stored`
        : `stream ${stream}: event id ${id} is already stored or repeated in this append`,
      id === undefined ? { stream } : { stream, id },
    );
  }
}

/** An append with no events, an event id that is not a UUID, or more events than one transaction can number (ADR 002). */
export class InvalidAppendError extends CodedError {
  static readonly CODE = 'EVENTSTORE.INVALID_APPEND';
  readonly code = InvalidAppendError.CODE;
  constructor(
    readonly stream: string,
    reason: string,
    details: Record<string, unknown> = {},
  ) {
    super(`stream ${stream}: ${reason}`, { stream, reason, ...details });
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

/** A rule of the domain refused a command. `code` names the rule outcome, e.g. `INTAKE.WINDOW_EXPIRED`. */
export class DomainError extends CodedError {
  constructor(
    readonly code: string,
    message: string,
    details: Record<string, unknown> = {},
  ) {
    super(message, details);
  }
}

/** A command addressed something in a state that does not allow it (HTTP 409 at the edge). */
export class InvalidStateError extends DomainError {}

/** The thing addressed does not exist for this caller (HTTP 404 at the edge). */
export class NotFoundError extends DomainError {}

export function isCoded(err: unknown): err is CodedError {
  return err instanceof CodedError;
}
