import { Inject } from '@nestjs/common';
import { Aggregate, AggregateDefinition, CLOCK, Clock, NotFoundError } from '@aftersales/eventsourcing';
import { AggregateCommandHandler, AggregateCommandMessage } from '@aftersales/platform';
import {
  WAREHOUSE_RETURNS,
  RETURN_REQUEST_EVENT_TYPES,
  WAREHOUSE_RETURNS_RETURN_REQUEST_STREAM_PREFIX,
  ReturnRequestCommand,
  ReturnRequestEvent,
  ReturnRequestObligation,
  ReturnRequestState,
  returnRequestDecider,
  returnRequestObligationChanges,
} from '@aftersales/warehouse-returns-domain';
import { ReturnRequestView, applyToReturnRequestView } from './return-request-view';

export const RETURN_REQUESTS_COLLECTION = 'warehouse-returns.return-requests';

export function returnRequestNotFound(returnRequestId: string): NotFoundError {
  return new NotFoundError(WAREHOUSE_RETURNS.RETURN_REQUEST_NOT_FOUND, `return request ${returnRequestId} does not exist`, { returnRequestId });
}

/** The return request, declared once: the platform derives its write path, reads, list and deadlines. */
export const returnRequestAggregate: AggregateDefinition<ReturnRequestCommand, ReturnRequestEvent, ReturnRequestState, ReturnRequestView> = {
  context: 'warehouse-returns',
  streamPrefix: WAREHOUSE_RETURNS_RETURN_REQUEST_STREAM_PREFIX,
  eventTypes: RETURN_REQUEST_EVENT_TYPES,
  decider: returnRequestDecider,
  notFound: returnRequestNotFound,
  obligations: {
    changes: returnRequestObligationChanges,
    missed: (returnRequestId, obligation, now) => ({ type: 'MarkDeadlineMissed', returnRequestId, obligation: obligation as ReturnRequestObligation, now }),
  },
  view: {
    collection: RETURN_REQUESTS_COLLECTION,
    // Bump the version when applyToReturnRequestView changes what it stores: the projection rebuilds.
    projection: { name: 'warehouse-returns-return-requests', version: 1 },
    apply: applyToReturnRequestView,
    // Every filter and sort of the list is served by one of these, each leading with the tenant.
    indexes: [
      { fields: { tenantId: 1, openedAt: -1 } },
      { fields: { tenantId: 1, status: 1, openedAt: -1 } },
      // The overdue filter (what is owed and past due, by the clock).
      { fields: { tenantId: 1, earliestOwedDueAt: 1 } },
    ],
  },
};

/** The provider token of the return request aggregate (platform provideAggregate). */
export const RETURN_REQUESTS = Symbol('warehouse-returns.ReturnRequests');

export type ReturnRequests = Aggregate<ReturnRequestCommand, ReturnRequestEvent, ReturnRequestState, ReturnRequestView>;

/** Every lifecycle command's handler: says how its request becomes the return request command (platform AggregateCommandHandler). */
export abstract class ReturnRequestCommandHandler<TMessage extends AggregateCommandMessage> extends AggregateCommandHandler<TMessage, ReturnRequestCommand, ReturnRequestView> {
  constructor(
    @Inject(RETURN_REQUESTS) protected readonly aggregate: ReturnRequests,
    @Inject(CLOCK) protected readonly clock: Clock,
  ) {
    super();
  }
}
