import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { CLOCK, Clock, DocumentFilter, TenantScopedReader } from '@aftersales/eventsourcing';
import { Page, allOf, readPage } from '@aftersales/platform';
import { WORK_ORDERS, WorkOrders, WorkOrderView, outletStaffOrders, readsEveryWorkOrder } from '../../use-case-kit';
import { ListWorkOrders } from './list-work-orders.query';

/** The work orders list: the caller's tenant only (a technician's own orders only, an outlet's staff their outlet's), newest first, every filter served by a declared index. */
@QueryHandler(ListWorkOrders)
export class ListWorkOrdersHandler implements IQueryHandler<ListWorkOrders> {
  constructor(
    @Inject(WORK_ORDERS) private readonly workOrders: WorkOrders,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute({ caller, request }: ListWorkOrders): Promise<Page<WorkOrderView>> {
    const conditions: DocumentFilter[] = [];
    // A technician sees only the orders assigned to them, an outlet's staff only those given to their outlet (DI-2), whatever they ask for.
    if (!readsEveryWorkOrder(caller.user)) {
      const own: DocumentFilter[] = [];
      if (caller.user.roles.includes('technician')) own.push({ technicianId: caller.user.id });
      if (caller.user.roles.includes('outlet_staff')) own.push(outletStaffOrders(caller.user));
      conditions.push(own.length === 1 ? own[0] : { $or: own });
      if (request.technicianId) conditions.push({ technicianId: request.technicianId });
    } else if (request.technicianId) conditions.push({ technicianId: request.technicianId });
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
