import { EventEnvelope, NewEvent } from './envelope';
import { ExpectedRevision } from './errors';

export const EVENT_STORE = Symbol('EventStore');

export interface AppendOptions {
  /** `no_stream`: must not exist; `stream_exists`: must exist; `any`: no check; a bigint: the last revision. */
  readonly expectedRevision: ExpectedRevision;
}

export interface AppendResult {
  /** Revision of the last appended event: pass it as expectedRevision of the next append. */
  readonly nextExpectedRevision: bigint;
  /** Global position of the last appended event. */
  readonly position: bigint;
}

export interface ReadStreamOptions {
  readonly direction?: 'forwards' | 'backwards';
  /** Inclusive start revision (the end for backwards reads); defaults to the stream's start or end. */
  readonly fromRevision?: bigint;
  readonly maxCount?: number;
}

export interface ReadAllOptions {
  /**
   * Exclusive: events strictly after this position. Absent, null, zero or negative = from the
   * beginning (every store's positions are positive).
   */
  readonly after?: bigint | null;
  readonly maxCount?: number;
  /** Only streams whose name starts with one of these prefixes (e.g. `intake.`). */
  readonly streamPrefixes?: readonly string[];
}

export interface SubscribeOptions extends Omit<ReadAllOptions, 'maxCount'> {
  /** Largest batch handed to the handler at once. */
  readonly batchSize?: number;
  /**
   * Called with `lastPosition` whenever a read came back short: everything up to there was handed
   * to the handler and completed, or filtered out (streamPrefixes). A caller may store it as its
   * checkpoint, so a restart does not read again through the other streams' events it skipped
   * (ARCHITECTURE.md "Delivery": no start may cost time proportional to the length of the log).
   * A throw ends the subscription as a handler's would. Adapters that cannot tell may never call it.
   */
  readonly onIdle?: (position: bigint) => Promise<void>;
}

/** Receives events in global order; a throw stops the subscription (the caller decides to restart). */
export type EventBatchHandler = (events: readonly EventEnvelope[]) => Promise<void>;

export interface Subscription {
  /** Resolves once the subscription has delivered everything that existed when it started. */
  readonly caughtUp: Promise<void>;
  readonly isCaughtUp: boolean;
  /**
   * Where the subscription will resume reading: the position of the last event handed to the
   * handler and completed or, when later events up to the store's head were all filtered out
   * (streamPrefixes), that head position. It can therefore pass positions the handler never saw;
   * a checkpoint stored by the handler stays at the last delivered event, which is also safe.
   */
  readonly lastPosition: bigint | null;
  /** Resolves when the subscription ended because of a handler or store error (rejects with it). */
  readonly done: Promise<void>;
  stop(): Promise<void>;
}

/** The event store port: the system of record (ARCHITECTURE.md "Events"). */
export interface EventStore {
  /**
   * Appends atomically; resolves only when the events are durable. Event ids are checked and
   * lower-cased by prepareEventIds in every adapter. Throws WrongExpectedRevisionError,
   * InvalidAppendError (no events, an id that is not a UUID), DuplicateEventIdError (an id already
   * stored, or twice in the append), EventStoreClosedError.
   */
  append(stream: string, events: readonly NewEvent[], options: AppendOptions): Promise<AppendResult>;
  /** A stream that does not exist reads as empty. */
  readStream(stream: string, options?: ReadStreamOptions): Promise<EventEnvelope[]>;
  /**
   * Events in global order. May lag an append that has already resolved while an older
   * transaction is still open (PostgreSQL, ADR 002): readers never skip, they wait.
   */
  readAll(options?: ReadAllOptions): Promise<EventEnvelope[]>;
  /**
   * The highest position a reader can see now (null when there is none), whatever its stream: on
   * PostgreSQL the last event below the visibility bound of ADR 002. A readAll that starts after
   * this resolved returns every event up to it, so a reader that reached the end of its filtered
   * read may resume after the head.
   */
  headPosition(): Promise<bigint | null>;
  /** Catch up from `after`, then follow live appends, with no gap or duplicate at the switch. */
  subscribe(handler: EventBatchHandler, options?: SubscribeOptions): Subscription;
  close(): Promise<void>;
}
