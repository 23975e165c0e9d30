import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { WORK_ORDERS, WorkOrders, WorkOrderView } from '../../use-case-kit';
import { GetWorkOrder } from './get-work-order.query';

/** One work order, folded from its own stream: reads its own writes; 404 for another tenant, and for a technician it is not assigned to. */
@QueryHandler(GetWorkOrder)
export class GetWorkOrderHandler implements IQueryHandler<GetWorkOrder> {
  constructor(@Inject(WORK_ORDERS) private readonly workOrders: WorkOrders) {}

  execute({ caller, id }: GetWorkOrder): Promise<WorkOrderView> {
    return this.workOrders.get(caller.user.tenantId, id, caller.user);
  }
}
