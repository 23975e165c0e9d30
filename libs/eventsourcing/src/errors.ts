/**
 * The codes of the shared ports, each defined once (docs/errors.md is generated from this file and
 * the other errors files; test/errors/error-codes.spec.ts keeps code literals out of other sources).
 * An HTTP status leads a code's line where the edge always answers it with that one.
 */
export const EVENTSTORE = {
  /** 409: an append's expected revision did not match the stream (a concurrent change); re-decide and retry. */
  WRONG_EXPECTED_REVISION: 'EVENTSTORE.WRONG_EXPECTED_REVISION',
  /** 409: an event id already stored: a repeated command with a deterministic id. */
  DUPLICATE_EVENT_ID: 'EVENTSTORE.DUPLICATE_EVENT_ID',
  /** An append with no events, an event id that is not a UUID, or more events than one transaction can number (ADR 002). */
  INVALID_APPEND: 'EVENTSTORE.INVALID_APPEND',
  /** 503: the store was closed (the process is shutting down); nothing was written. */
  CLOSED: 'EVENTSTORE.CLOSED',
} as const;

export const STREAM = {
  /** 404: the stream a command addresses does not exist for this tenant. */
  NOT_FOUND: 'STREAM.NOT_FOUND',
} as const;

export const DOCUMENTSTORE = {
  /** A write that would give two documents the same key of a unique index (MongoDB's E11000). */
  DUPLICATE_KEY: 'DOCUMENTSTORE.DUPLICATE_KEY',
} as const;

export const MESSAGING = {
  /** A message on a topic that is not an envelope this code can read; it goes to the DLQ. */
  UNDECODABLE: 'MESSAGING.UNDECODABLE',
  /** One message larger than a publish may carry; the broker would refuse it for good. */
  MESSAGE_TOO_LARGE: 'MESSAGING.MESSAGE_TOO_LARGE',
  /** A consumer stopped while it was still joining its group. */
  CONSUMER_STOPPED: 'MESSAGING.CONSUMER_STOPPED',
  /** The brokers refused a topic's configured replication factor (fewer brokers than replicas). */
  INVALID_REPLICATION_FACTOR: 'MESSAGING.INVALID_REPLICATION_FACTOR',
} as const;

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
  static readonly CODE = EVENTSTORE.WRONG_EXPECTED_REVISION;
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
  static readonly CODE = EVENTSTORE.DUPLICATE_EVENT_ID;
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
  static readonly CODE = EVENTSTORE.INVALID_APPEND;
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
  static readonly CODE = EVENTSTORE.CLOSED;
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
