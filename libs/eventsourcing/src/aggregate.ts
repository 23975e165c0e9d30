import { matchesExpectedRevision } from './append-preparation';
import { Decider, DomainEvent, fold, newEventOf, toDomainEvent } from './decider';
import { DeadlineChange, DeadlineTracking, DueHandler, DueStreamHandler, TrackedDeadline } from './deadlines';
import { DocumentCollection, DocumentStore, IndexSpec } from './document-store';
import { EventEnvelope, EventMetadata, NewEvent } from './envelope';
import { DomainError, ExpectedRevision, WrongExpectedRevisionError } from './errors';
import { EventStore } from './event-store';
import { ObligationChange } from './obligations';
import { Projection, foldIntoDocuments } from './projection';
import { TenantDocument } from './tenant-scope';
import { Upcasters } from './upcasting';

/**
 * The read model of an aggregate: one document per stream, built by one pure reducer that serves
 * both the list (the projection, from the log) and a single case (folded from its own stream, so a
 * client reads its own writes at once).
 */
export interface AggregateViewDefinition<TView extends TenantDocument> {
  /** The collection of the list's read model, e.g. `intake.complaints`. */
  readonly collection: string;
  /** Every query the list serves is backed by one of these (ARCHITECTURE.md "Delivery"). */
  readonly indexes: readonly IndexSpec[];
  /** The projection's name and version; bump the version when `apply` changes what it stores (it rebuilds). */
  readonly projection: { readonly name: string; readonly version: number };
  /** Applies one stored event to the view (null before the stream's first event). Pure and total. */
  apply(view: TView | null, event: EventEnvelope): TView | null;
}

/**
 * An aggregate, declared once (issue 12, ARCHITECTURE.md "Events"): its stream prefix, decider,
 * view, obligations and who may read it. The platform derives the rest from it: load, execute (one
 * stream read per command), get, timeline, the deadline's "missed" command, the list's projection,
 * deadline tracking and tenant isolation (`Aggregate`, `aggregateProjection`, `deadlineTrackingOf`).
 */
export interface AggregateDefinition<TCommand, TEvent extends DomainEvent, TState, TView extends TenantDocument, TReader = never> {
  /** The bounded context (`intake`, `qa`): its deadlines live in `<context>.deadlines`. */
  readonly context: string;
  /** The prefix of every stream of this aggregate, e.g. `intake.complaint-`: the id follows it. */
  readonly streamPrefix: string;
  /** The event types of its streams (the projection's and the tracker's subscription). */
  readonly eventTypes: readonly TEvent['type'][];
  readonly decider: Decider<TCommand, TEvent, TState>;
  readonly view: AggregateViewDefinition<TView>;
  /** The context's 404 for an id that does not exist, or exists for another tenant or reader. */
  notFound(id: string): DomainError;
  /** The obligations its events open, meet, miss and end (obligations.ts), and the command that records a miss. */
  readonly obligations?: {
    changes(event: TEvent): readonly ObligationChange[];
    missed(id: string, obligation: string, now: Date): TCommand;
  };
  /** Who may read one (within the tenant, which is always checked); everyone of the tenant when absent. */
  mayRead?(reader: TReader, view: TView): boolean;
  /** Brings events stored at older schema versions to the versions `evolve` and `apply` know. */
  readonly upcasters?: Upcasters;
}

/** What a command handler knows of the aggregate before deciding, from one read of its stream. */
export interface Current<TState, TView> {
  readonly state: TState;
  readonly view: TView | null;
  readonly revision: bigint | null;
}

export interface ExecuteRequest<TCommand, TState, TView, TReader> {
  readonly id: string;
  /** The tenant acting: a stream of another tenant reads as not found (a tenant never learns it exists). */
  readonly tenantId: string;
  /** When given, an aggregate this reader may not read is not found either. */
  readonly reader?: TReader;
  /** The command, or one made from the current view (the aggregate must exist: 404 otherwise). */
  readonly command: TCommand | ((current: Current<TState, TView> & { readonly view: TView }) => TCommand);
  /** Who, where, correlation; a function when it depends on the aggregate (its region). */
  readonly metadata: EventMetadata | ((current: Current<TState, TView>) => EventMetadata);
  /** When the command happened (the injected clock); stamped as occurredAt. */
  readonly now: Date;
  /**
   * An exact revision or `no_stream` pins the state the caller decided on: a racing writer is a
   * conflict, not retried. `no_stream` skips the read: a new stream starts from the initial state.
   */
  readonly expectedRevision?: ExpectedRevision;
}

export interface ExecuteResult<TEvent, TState, TView> {
  readonly events: readonly TEvent[];
  readonly state: TState;
  /** The view after the command, as GET would fold it (null only if the stream still does not exist). */
  readonly view: TView | null;
  readonly revision: bigint | null;
  readonly position: bigint | null;
}

export interface AggregateOptions {
  /** Attempts on optimistic-concurrency conflicts before the conflict is surfaced (default 3). */
  readonly maxAttempts?: number;
}

/** One aggregate's write and read paths over the event store, derived from its definition. */
export class Aggregate<TCommand, TEvent extends DomainEvent, TState, TView extends TenantDocument, TReader = never> {
  private readonly upcasters: Upcasters;
  private readonly maxAttempts: number;

  constructor(
    private readonly store: EventStore,
    private readonly documents: DocumentStore,
    readonly definition: AggregateDefinition<TCommand, TEvent, TState, TView, TReader>,
    options: AggregateOptions = {},
  ) {
    this.upcasters = definition.upcasters ?? new Upcasters();
    this.maxAttempts = Math.max(1, options.maxAttempts ?? 3);
  }

  streamOf(id: string): string {
    return `${this.definition.streamPrefix}${id}`;
  }

  idOf(stream: string): string {
    return stream.slice(this.definition.streamPrefix.length);
  }

  /** The list's read model, with its declared indexes. */
  collection(): DocumentCollection<TView> {
    return this.documents.collection<TView>(this.definition.view.collection, this.definition.view.indexes);
  }

  /**
   * The stream's events as this tenant (and reader) may see them: empty when it does not exist, is
   * another tenant's, or the reader may not read it. Upcast to the versions the code knows.
   */
  async read(tenantId: string, id: string, reader?: TReader): Promise<{ envelopes: EventEnvelope[]; current: Current<TState, TView> }> {
    const stored = await this.store.readStream(this.streamOf(id));
    if (stored.length === 0 || stored[0].tenantId !== tenantId) return { envelopes: [], current: this.nothing() };
    const envelopes = stored.map((e) => this.upcasters.apply(e));
    const current = this.fold(envelopes);
    if (reader !== undefined && current.view && this.definition.mayRead && !this.definition.mayRead(reader, current.view)) {
      return { envelopes: [], current: this.nothing() };
    }
    return { envelopes, current };
  }

  /**
   * The state and view after these events of one stream (upcast first), folded with the same
   * decider and view as every read: the audit service's replay of a case to an instant (AU-2).
   */
  replay(envelopes: readonly EventEnvelope[]): Current<TState, TView> {
    return this.fold(envelopes.map((e) => this.upcasters.apply(e)));
  }

  /** The decider's state (initial when absent or another tenant's). */
  async load(tenantId: string, id: string): Promise<Current<TState, TView>> {
    return (await this.read(tenantId, id)).current;
  }

  /** One aggregate folded from its own stream: reads its own writes; not found for another tenant or a reader it is not for. */
  async get(tenantId: string, id: string, reader?: TReader): Promise<TView> {
    const { view } = (await this.read(tenantId, id, reader)).current;
    if (!view) throw this.definition.notFound(id);
    return view;
  }

  /** Every event of one aggregate, when this tenant and reader may see it. */
  async events(tenantId: string, id: string, reader?: TReader): Promise<EventEnvelope[]> {
    const { envelopes } = await this.read(tenantId, id, reader);
    if (envelopes.length === 0) throw this.definition.notFound(id);
    return envelopes;
  }

  /**
   * Decides and appends with one read of the stream: the state and the view come from the same
   * events, the command is decided on the state, and the new events are applied to the view, so
   * the caller gets the aggregate as GET would show it without reading it again. On a conflict
   * (another writer appended meanwhile) it reads again and decides again, a bounded number of times.
   */
  async execute(request: ExecuteRequest<TCommand, TState, TView, TReader>): Promise<ExecuteResult<TEvent, TState, TView>> {
    const pinned = typeof request.expectedRevision === 'bigint' || request.expectedRevision === 'no_stream';
    for (let attempt = 1; ; attempt++) {
      // A new stream is decided from the initial state without a read; the append still refuses it if it exists.
      const current =
        request.expectedRevision === 'no_stream' && typeof request.command !== 'function'
          ? this.nothing()
          : (await this.read(request.tenantId, request.id, request.reader)).current;
      if (request.expectedRevision !== undefined && !matchesExpectedRevision(request.expectedRevision, current.revision)) {
        throw new WrongExpectedRevisionError(this.streamOf(request.id), request.expectedRevision, current.revision);
      }
      let command: TCommand;
      if (typeof request.command === 'function') {
        const existing = current.view;
        if (existing === null) throw this.definition.notFound(request.id);
        command = (request.command as (c: Current<TState, TView> & { view: TView }) => TCommand)({ ...current, view: existing });
      } else {
        command = request.command;
      }
      const events = this.definition.decider.decide(command, current.state);
      if (events.length === 0) return { events, state: current.state, view: current.view, revision: current.revision, position: null };
      const metadata = typeof request.metadata === 'function' ? request.metadata(current) : request.metadata;
      const newEvents = events.map((e) => newEventOf(e, metadata, request.now));
      try {
        const result = await this.store.append(this.streamOf(request.id), newEvents, {
          expectedRevision: current.revision === null ? 'no_stream' : current.revision,
        });
        const first = result.nextExpectedRevision - BigInt(newEvents.length) + 1n;
        const appended = newEvents.map((e, i) => this.toEnvelope(request.id, e, first + BigInt(i), result.position));
        return {
          events,
          state: events.reduce((s, e) => this.definition.decider.evolve(s, e), current.state),
          view: appended.reduce((v, e) => this.definition.view.apply(v, e), current.view),
          revision: result.nextExpectedRevision,
          position: result.position,
        };
      } catch (err) {
        if (!(err instanceof WrongExpectedRevisionError) || pinned || attempt >= this.maxAttempts) throw err;
      }
    }
  }

  /** From the deadline scheduler: the decider records the miss, or decides nothing when it was met or recorded. */
  markDeadlineMissed(deadline: Pick<TrackedDeadline, 'tenantId' | 'region' | 'stream' | 'obligation'>, now: Date): Promise<void> {
    return this.markDeadlinesMissed([deadline], now);
  }

  /**
   * Every due deadline of one stream at once (the scheduler hands over a stream's due deadlines
   * together): one read and one append for all of them, where one `markDeadlineMissed` each would
   * read and append once per deadline. Each miss is decided on the state the previous ones left,
   * as one at a time would; a conflict reads and decides again. A decider error fails them all
   * (the scheduler then hands them over one at a time).
   */
  async markDeadlinesMissed(deadlines: readonly Pick<TrackedDeadline, 'tenantId' | 'region' | 'stream' | 'obligation'>[], now: Date): Promise<void> {
    const obligations = this.definition.obligations;
    if (!obligations) throw new Error(`${this.definition.streamPrefix} has no obligations`);
    if (deadlines.length === 0) return;
    const [{ tenantId, stream }] = deadlines;
    if (deadlines.some((d) => d.stream !== stream || d.tenantId !== tenantId)) throw new Error('deadlines of one stream and tenant only');
    const id = this.idOf(stream);
    for (let attempt = 1; ; attempt++) {
      const { current } = await this.read(tenantId, id);
      let state = current.state;
      const newEvents: NewEvent[] = [];
      for (const deadline of deadlines) {
        const events = this.definition.decider.decide(obligations.missed(id, deadline.obligation, now), state);
        state = events.reduce((s, e) => this.definition.decider.evolve(s, e), state);
        const metadata = this.missedMetadata(deadline);
        newEvents.push(...events.map((e) => newEventOf(e, metadata, now)));
      }
      if (newEvents.length === 0) return;
      try {
        await this.store.append(stream, newEvents, { expectedRevision: current.revision === null ? 'no_stream' : current.revision });
        return;
      } catch (err) {
        if (!(err instanceof WrongExpectedRevisionError) || attempt >= this.maxAttempts) throw err;
      }
    }
  }

  private missedMetadata(deadline: Pick<TrackedDeadline, 'tenantId' | 'region' | 'stream' | 'obligation'>): EventMetadata {
    return {
      tenantId: deadline.tenantId,
      region: deadline.region,
      actor: { id: 'deadline-scheduler', role: 'system' },
      correlationId: `deadline:${deadline.stream}#${deadline.obligation}`,
    };
  }

  private nothing(): Current<TState, TView> {
    return { state: this.definition.decider.initialState(), view: null, revision: null };
  }

  private fold(envelopes: readonly EventEnvelope[]): Current<TState, TView> {
    return {
      state: fold(this.definition.decider, envelopes.map((e) => toDomainEvent<TEvent>(e))),
      view: envelopes.reduce<TView | null>((v, e) => this.definition.view.apply(v, e), null),
      revision: envelopes.length === 0 ? null : envelopes[envelopes.length - 1].revision,
    };
  }

  /** The envelope the store now holds for an appended event (its view is applied from it). */
  private toEnvelope(id: string, event: NewEvent & { id: string }, revision: bigint, position: bigint): EventEnvelope {
    return {
      id: event.id,
      type: event.type,
      schemaVersion: event.schemaVersion ?? 1,
      stream: this.streamOf(id),
      revision,
      position,
      occurredAt: event.occurredAt,
      tenantId: event.tenantId,
      region: event.region,
      actor: event.actor,
      correlationId: event.correlationId,
      causationId: event.causationId ?? null,
      policyVersion: event.policyVersion ?? null,
      data: event.data,
    };
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDefinition = AggregateDefinition<any, any, any, any, any>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyAggregate = Aggregate<any, any, any, any, any>;

/** The list's read model of an aggregate: its view folded into one document per stream. */
export function aggregateProjection(aggregate: AnyAggregate): Projection {
  const definition = aggregate.definition;
  return {
    name: definition.view.projection.name,
    version: definition.view.projection.version,
    handles: definition.eventTypes,
    streamPrefixes: [definition.streamPrefix],
    // The ProjectionRunner brings every event to the newest version before `handle`.
    upcasters: definition.upcasters,
    handle: (events) => foldIntoDocuments(aggregate.collection(), events, definition.streamPrefix, (view, event) => definition.view.apply(view, event)),
    reset: () => aggregate.collection().clear(),
  };
}

/**
 * One context's deadline tracking over the aggregates that owe something: the tracker folds the
 * same obligation changes as their deciders and views, and a due deadline goes to the decider of
 * the aggregate whose stream it is.
 */
export function deadlineTrackingOf(
  context: string,
  aggregates: readonly AnyAggregate[],
): { tracking: DeadlineTracking; onDue: DueHandler; onDueOfStream: DueStreamHandler } {
  const owing = aggregates.filter((a) => a.definition.obligations !== undefined);
  const of = (stream: string): AnyAggregate | undefined => owing.find((a) => stream.startsWith(a.definition.streamPrefix));
  const definitionOf = (stream: string): AnyDefinition | undefined => of(stream)?.definition;
  return {
    tracking: {
      context,
      streamPrefixes: owing.map((a) => a.definition.streamPrefix),
      handles: [...new Set(owing.flatMap((a) => a.definition.eventTypes as readonly string[]))],
      // Each aggregate's own upcasters (the tracker spans several aggregates, so not the runner's).
      changes(envelope: EventEnvelope): readonly DeadlineChange[] {
        const definition = definitionOf(envelope.stream);
        if (!definition?.obligations) return [];
        const event = definition.upcasters ? definition.upcasters.apply(envelope) : envelope;
        return definition.obligations.changes(toDomainEvent(event));
      },
    },
    onDue: async (deadline, now) => {
      const aggregate = of(deadline.stream);
      if (!aggregate) throw new Error(`no aggregate of ${context} owns ${deadline.stream}`);
      await aggregate.markDeadlineMissed(deadline, now);
    },
    onDueOfStream: async (deadlines, now) => {
      const aggregate = of(deadlines[0].stream);
      if (!aggregate) throw new Error(`no aggregate of ${context} owns ${deadlines[0].stream}`);
      await aggregate.markDeadlinesMissed(deadlines, now);
    },
  };
}
