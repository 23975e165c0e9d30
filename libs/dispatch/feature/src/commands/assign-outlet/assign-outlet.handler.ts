import { Inject } from '@nestjs/common';
import { CommandHandler } from '@nestjs/cqrs';
import { CLOCK, Clock } from '@aftersales/eventsourcing';
import { WorkOrderCommand } from '@aftersales/dispatch-domain';
import { executeFor } from '@aftersales/platform';
import { OUTLETS, Outlets, WORK_ORDERS, WorkOrderView, WorkOrders, outletFacts } from '../../use-case-kit';
import { AssignOutlet } from './assign-outlet.command';

/** DI-1, DI-2: gives a work order nobody is assigned to yet to an outlet, read from its own stream; the decider checks it is open, its scopes and its region. */
@CommandHandler(AssignOutlet)
export class AssignOutletHandler {
  constructor(
    @Inject(WORK_ORDERS) private readonly workOrders: WorkOrders,
    @Inject(OUTLETS) private readonly outlets: Outlets,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ caller, id, request }: AssignOutlet): Promise<WorkOrderView> {
    const outlet = outletFacts(await this.outlets.get(caller.user.tenantId, request.outletId.toLowerCase()));
    const now = this.clock.now();
    return executeFor(this.workOrders, caller, id, (): WorkOrderCommand => ({ type: 'AssignOutlet', workOrderId: id, outlet, scope: request.scope, assignedBy: caller.user.id, now }), now);
  }
}
