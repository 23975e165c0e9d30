import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { CLOCK, Clock, DocumentFilter, TenantScopedReader } from '@aftersales/eventsourcing';
import { Page, allOf, readPage } from '@aftersales/platform';
import { WORK_ORDERS, WorkOrders, WorkOrderView, readsEveryWorkOrder } from '../../use-case-kit';
import { ListWorkOrders } from './list-work-orders.query';

/** The work orders list: the caller's tenant only (a technician's own orders only), newest first, every filter served by a declared index. */
@QueryHandler(ListWorkOrders)
export class ListWorkOrdersHandler implements IQueryHandler<ListWorkOrders> {
  constructor(
    @Inject(WORK_ORDERS) private readonly workOrders: WorkOrders,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute({ caller, request }: ListWorkOrders): Promise<Page<WorkOrderView>> {
    const conditions: DocumentFilter[] = [];
    // A technician sees only the orders assigned to them, whatever they ask for.
    if (!readsEveryWorkOrder(caller.user)) conditions.push({ technicianId: caller.user.id });
    else if (request.technicianId) conditions.push({ technicianId: request.technicianId });
    if (request.status) conditions.push({ status: request.status });
    if (request.caseId) conditions.push({ 'source.caseId': request.caseId.toLowerCase() });
    if (request.openEquipmentReceipt !== undefined) conditions.push(request.openEquipmentReceipt ? { openEquipmentReceipts: { $gt: 0 } } : { openEquipmentReceipts: 0 });
    if (request.overdue !== undefined) {
      const now = this.clock.now().toISOString();
      conditions.push(request.overdue ? { earliestOwedDueAt: { $ne: null, $lte: now } } : { $or: [{ earliestOwedDueAt: null }, { earliestOwedDueAt: { $gt: now } }] });
    }
    const reader = new TenantScopedReader(this.workOrders.collection(), caller.user.tenantId);
    return readPage(reader, allOf(conditions), { createdAt: -1, _id: 1 }, request);
  }
}
