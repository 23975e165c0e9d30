import { Inject } from '@nestjs/common';
import { CommandHandler } from '@nestjs/cqrs';
import { CLOCK, Clock } from '@aftersales/eventsourcing';
import { TechnicianFacts, WorkOrderCommand } from '@aftersales/dispatch-domain';
import { executeFor } from '@aftersales/platform';
import { DispatchContext, TECHNICIANS, Technicians, WORK_ORDERS, WorkOrderView, WorkOrders, actsAsOutletStaff, staffOutletOf } from '../../use-case-kit';
import { workOrderNotFound } from '../../work-order.aggregate';
import { AssignTechnician } from './assign-technician.command';

/**
 * TR-2, DI-3: assigns a registered technician. Their qualifications are read from their own stream
 * and handed to the work order's decider, which refuses one without a qualification for the
 * product line in force on the planned date and records the one in force on the assignment, and
 * (DI-2) one not on the staff of the outlet the order is given to. An outlet's own staff assign only
 * the orders given to their outlet (another is 404, as it is to them everywhere), so only to its staff.
 */
@CommandHandler(AssignTechnician)
export class AssignTechnicianHandler {
  constructor(
    @Inject(WORK_ORDERS) private readonly workOrders: WorkOrders,
    @Inject(TECHNICIANS) private readonly technicians: Technicians,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly context: DispatchContext,
  ) {}

  async execute({ caller, id, request }: AssignTechnician): Promise<WorkOrderView> {
    const technician = await this.technicians.get(caller.user.tenantId, request.technicianId);
    const facts: TechnicianFacts = { technicianId: technician.technicianId, name: technician.name, qualifications: technician.qualifications, outletId: technician.outletId };
    const now = this.clock.now();
    return executeFor(
      this.workOrders,
      caller,
      id,
      ({ view }): WorkOrderCommand => {
        // One who is a technician too reads the orders assigned to them; as outlet staff they assign their outlet's only.
        if (actsAsOutletStaff(caller.user) && (view.outlet === null || view.outlet.outletId !== staffOutletOf(caller.user))) throw workOrderNotFound(id);
        return {
        type: 'Assign',
        workOrderId: id,
        technician: facts,
        plannedOn: request.plannedOn,
        assignedBy: caller.user.id,
        policy: this.context.policy,
        calendar: this.context.calendars.forRegion(view.region),
        now,
        };
      },
      now,
    );
  }
}
