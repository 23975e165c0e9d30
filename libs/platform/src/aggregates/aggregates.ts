import { InjectionToken, Provider } from '@nestjs/common';
import {
  Aggregate,
  AggregateDefinition,
  DOCUMENT_STORE,
  DocumentStore,
  DomainEvent,
  EVENT_STORE,
  EventStore,
  TenantDocument,
  aggregateProjection,
  deadlineTrackingOf,
} from '@aftersales/eventsourcing';
import { DeadlineSchedulerHost } from '../deadlines/deadline-scheduler-host';
import { ProjectionHost } from '../projections/projection-host';

/**
 * A context's aggregate as a provider: `definition` is the aggregate's declaration, or a factory of
 * it from other providers (`inject`), e.g. a view that needs the region calendars.
 */
export function provideAggregate<TCommand, TEvent extends DomainEvent, TState, TView extends TenantDocument, TReader>(
  token: InjectionToken,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  definition: AggregateDefinition<TCommand, TEvent, TState, TView, TReader> | ((...deps: any[]) => AggregateDefinition<TCommand, TEvent, TState, TView, TReader>),
  inject: InjectionToken[] = [],
): Provider {
  return {
    provide: token,
    useFactory: (store: EventStore, documents: DocumentStore, ...deps: unknown[]) =>
      new Aggregate(store, documents, typeof definition === 'function' ? definition(...deps) : definition),
    inject: [EVENT_STORE, DOCUMENT_STORE, ...inject],
  };
}

/**
 * Registers what a context's aggregates derive on the read side (call it in the context module's
 * init): each one's list projection, and one deadline tracker over those that owe something, whose
 * due deadlines go to their own deciders.
 */
export function registerReadSide(
  context: string,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  aggregates: readonly Aggregate<any, any, any, any, any>[],
  projections: ProjectionHost,
  deadlines: DeadlineSchedulerHost,
): void {
  for (const aggregate of aggregates) projections.register(aggregateProjection(aggregate));
  const { tracking, onDue, onDueOfStream } = deadlineTrackingOf(context, aggregates);
  if (tracking.streamPrefixes.length > 0) deadlines.register(tracking, onDue, onDueOfStream);
}
