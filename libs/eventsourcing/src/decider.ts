import { EventEnvelope, EventMetadata, NewEvent } from './envelope';
import { EventStore } from './event-store';
import { ExpectedRevision, NotFoundError, STREAM, WrongExpectedRevisionError } from './errors';
import { Upcasters } from './upcasting';
import { matchesExpectedRevision } from './append-preparation';
import { newEventId } from './uuid';

/** The code of the 404 a command gets for a stream of another tenant. */
export const STREAM_NOT_FOUND = STREAM.NOT_FOUND;

/** A domain event as a decider sees it: a past-tense fact, without store metadata. */
export interface DomainEvent<TType extends string = string, TData = unknown> {
  readonly type: TType;
  readonly data: TData;
  readonly schemaVersion?: number;
  /** The policy version that made this decision, when one did (ARCHITECTURE.md "Policy"). */
  readonly policyVersion?: string | null;
  /** Deterministic id, when the event must be idempotent across redeliveries. */
  readonly id?: string;
}

/**
 * An aggregate as a decider (oskardudycz/EventSourcing.NodeJS samples/decider): pure functions,
 * `now` and policy arrive inside the command, never read from the world.
 */
export interface Decider<TCommand, TEvent extends DomainEvent, TState> {
  initialState(): TState;
  /** Returns the new events or throws a DomainError. */
  decide(command: TCommand, state: TState): readonly TEvent[];
  evolve(state: TState, event: TEvent): TState;
}

export function fold<TEvent extends DomainEvent, TState>(
  decider: Pick<Decider<unknown, TEvent, TState>, 'initialState' | 'evolve'>,
  events: readonly TEvent[],
): TState {
  return events.reduce((state, event) => decider.evolve(state, event), decider.initialState());
}

/** Turns stored envelopes back into the domain events a decider folds. */
export function toDomainEvent<TEvent extends DomainEvent>(envelope: EventEnvelope): TEvent {
  return {
    type: envelope.type,
    data: envelope.data,
    schemaVersion: envelope.schemaVersion,
    policyVersion: envelope.policyVersion,
    id: envelope.id,
  } as unknown as TEvent;
}

export interface HandleCommandRequest<TCommand> {
  readonly stream: string;
  readonly command: TCommand;
  /** Who, where, which tenant, correlation: copied onto every resulting event. */
  readonly metadata: EventMetadata;
  /** When the command happened (from the injected clock); stamped as occurredAt. */
  readonly now: Date;
  /**
   * A caller-supplied expectation, checked against the loaded stream before deciding. An exact
   * revision (e.g. from If-Match) or `no_stream` pins the state the caller decided on, so a racing
   * writer is surfaced as a conflict, not retried; `stream_exists` and `any` pin nothing, so a
   * race is retried like a command without an expectation.
   */
  readonly expectedRevision?: ExpectedRevision;
}

export interface HandleCommandResult<TEvent, TState> {
  readonly events: readonly TEvent[];
  readonly state: TState;
  /** The stream's revision after the append (unchanged when no event was decided). */
  readonly revision: bigint | null;
  /** Global position of the last appended event; null when nothing was appended. */
  readonly position: bigint | null;
}

export interface CommandHandlerOptions {
  /** Attempts on optimistic-concurrency conflicts before the conflict is surfaced (default 3). */
  readonly maxAttempts?: number;
  /** Brings events stored at older schema versions to the versions `evolve` knows. */
  readonly upcasters?: Upcasters;
}

/**
 * Loads the stream, folds it, decides and appends with the revision it read; on a conflict it
 * reloads and decides again, a bounded number of times (ARCHITECTURE.md "Events").
 */
export class DeciderCommandHandler<TCommand, TEvent extends DomainEvent, TState> {
  private readonly maxAttempts: number;
  private readonly upcasters: Upcasters;

  constructor(
    private readonly store: EventStore,
    private readonly decider: Decider<TCommand, TEvent, TState>,
    options: CommandHandlerOptions = {},
  ) {
    this.maxAttempts = Math.max(1, options.maxAttempts ?? 3);
    this.upcasters = options.upcasters ?? new Upcasters();
  }

  /**
   * Folds a stream into state. With `tenantId`, a stream another tenant owns (the tenant of its
   * first event) reads as not found: a tenant never learns that another's case exists.
   */
  async load(stream: string, tenantId?: string): Promise<{ state: TState; revision: bigint | null }> {
    const envelopes = await this.store.readStream(stream);
    if (tenantId !== undefined && envelopes.length > 0 && envelopes[0].tenantId !== tenantId) {
      throw new NotFoundError(STREAM_NOT_FOUND, `${stream} does not exist`, { stream });
    }
    const state = fold(this.decider, envelopes.map((e) => toDomainEvent<TEvent>(this.upcasters.apply(e))));
    const revision = envelopes.length === 0 ? null : envelopes[envelopes.length - 1].revision;
    return { state, revision };
  }

  async handle(request: HandleCommandRequest<TCommand>): Promise<HandleCommandResult<TEvent, TState>> {
    for (let attempt = 1; ; attempt++) {
      const { state, revision } = await this.load(request.stream, request.metadata.tenantId);
      if (request.expectedRevision !== undefined) {
        const expected = request.expectedRevision;
        if (!matchesExpectedRevision(expected, revision)) throw new WrongExpectedRevisionError(request.stream, expected, revision);
      }
      const events = this.decider.decide(request.command, state);
      if (events.length === 0) return { events, state, revision, position: null };
      const newState = events.reduce((s, e) => this.decider.evolve(s, e), state);
      try {
        const result = await this.store.append(request.stream, events.map((e) => newEventOf(e, request.metadata, request.now)), {
          expectedRevision: revision === null ? 'no_stream' : revision,
        });
        return { events, state: newState, revision: result.nextExpectedRevision, position: result.position };
      } catch (err) {
        const pinned = typeof request.expectedRevision === 'bigint' || request.expectedRevision === 'no_stream';
        const retryable = err instanceof WrongExpectedRevisionError && !pinned;
        if (!retryable || attempt >= this.maxAttempts) throw err;
      }
    }
  }

}

/**
 * What the store is handed for a decided event: the command's metadata, the instant it happened
 * as occurredAt, and an id chosen here (the event's own deterministic one, else a new v7), so what
 * a command handler folds after the append carries the stored id.
 */
export function newEventOf(event: DomainEvent, metadata: EventMetadata, now: Date): NewEvent & { readonly id: string } {
  return {
    ...metadata,
    id: event.id ?? newEventId(),
    type: event.type,
    schemaVersion: event.schemaVersion ?? 1,
    policyVersion: event.policyVersion ?? metadata.policyVersion ?? null,
    occurredAt: now.toISOString(),
    data: event.data,
  };
}
