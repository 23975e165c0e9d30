import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { CLOCK, Clock, DocumentFilter, TenantScopedReader } from '@aftersales/eventsourcing';
import { Page, allOf, readPage } from '@aftersales/platform';
import { WORK_ORDERS, WorkOrders, WorkOrderView } from '../../use-case-kit';
import { ListWorkOrders } from './list-work-orders.query';

/** The work orders list: the caller's tenant only, newest first, every filter served by a declared index. */
@QueryHandler(ListWorkOrders)
export class ListWorkOrdersHandler implements IQueryHandler<ListWorkOrders> {
  constructor(
    @Inject(WORK_ORDERS) private readonly workOrders: WorkOrders,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute({ caller, request }: ListWorkOrders): Promise<Page<WorkOrderView>> {
    const conditions: DocumentFilter[] = [];
    if (request.status) conditions.push({ status: request.status });
    if (request.overdue !== undefined) {
      const now = this.clock.now().toISOString();
      conditions.push(request.overdue ? { earliestOwedDueAt: { $ne: null, $lte: now } } : { $or: [{ earliestOwedDueAt: null }, { earliestOwedDueAt: { $gt: now } }] });
    }
    const reader = new TenantScopedReader(this.workOrders.collection(), caller.user.tenantId);
    return readPage(reader, allOf(conditions), { openedAt: -1, _id: 1 }, request);
  }
}
