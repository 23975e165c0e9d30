import { Inject } from '@nestjs/common';
import { Aggregate, AggregateDefinition, CLOCK, Clock, NotFoundError } from '@aftersales/eventsourcing';
import { AggregateCommandHandler, AggregateCommandMessage } from '@aftersales/platform';
import {
  DISPATCH,
  WORK_ORDER_EVENT_TYPES,
  DISPATCH_WORK_ORDER_STREAM_PREFIX,
  WorkOrderCommand,
  WorkOrderEvent,
  WorkOrderObligation,
  WorkOrderState,
  workOrderDecider,
  workOrderObligationChanges,
} from '@aftersales/dispatch-domain';
import { WorkOrderView, applyToWorkOrderView } from './work-order-view';

export const WORK_ORDERS_COLLECTION = 'dispatch.work-orders';

export function workOrderNotFound(workOrderId: string): NotFoundError {
  return new NotFoundError(DISPATCH.WORK_ORDER_NOT_FOUND, `work order ${workOrderId} does not exist`, { workOrderId });
}

/** The work order, declared once: the platform derives its write path, reads, list and deadlines. */
export const workOrderAggregate: AggregateDefinition<WorkOrderCommand, WorkOrderEvent, WorkOrderState, WorkOrderView> = {
  context: 'dispatch',
  streamPrefix: DISPATCH_WORK_ORDER_STREAM_PREFIX,
  eventTypes: WORK_ORDER_EVENT_TYPES,
  decider: workOrderDecider,
  notFound: workOrderNotFound,
  obligations: {
    changes: workOrderObligationChanges,
    missed: (workOrderId, obligation, now) => ({ type: 'MarkDeadlineMissed', workOrderId, obligation: obligation as WorkOrderObligation, now }),
  },
  view: {
    collection: WORK_ORDERS_COLLECTION,
    // Bump the version when applyToWorkOrderView changes what it stores: the projection rebuilds.
    projection: { name: 'dispatch-work-orders', version: 1 },
    apply: applyToWorkOrderView,
    // Every filter and sort of the list is served by one of these, each leading with the tenant.
    indexes: [
      { fields: { tenantId: 1, openedAt: -1 } },
      { fields: { tenantId: 1, status: 1, openedAt: -1 } },
      // The overdue filter (what is owed and past due, by the clock).
      { fields: { tenantId: 1, earliestOwedDueAt: 1 } },
    ],
  },
};

/** The provider token of the work order aggregate (platform provideAggregate). */
export const WORK_ORDERS = Symbol('dispatch.WorkOrders');

export type WorkOrders = Aggregate<WorkOrderCommand, WorkOrderEvent, WorkOrderState, WorkOrderView>;

/** Every lifecycle command's handler: says how its request becomes the work order command (platform AggregateCommandHandler). */
export abstract class WorkOrderCommandHandler<TMessage extends AggregateCommandMessage> extends AggregateCommandHandler<TMessage, WorkOrderCommand, WorkOrderView> {
  constructor(
    @Inject(WORK_ORDERS) protected readonly aggregate: WorkOrders,
    @Inject(CLOCK) protected readonly clock: Clock,
  ) {
    super();
  }
}
