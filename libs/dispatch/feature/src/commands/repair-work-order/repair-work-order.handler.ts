import { CommandHandler } from '@nestjs/cqrs';
import { WorkOrderCommand } from '@aftersales/dispatch-domain';
import { WorkOrderCommandHandler, actorOf } from '../../use-case-kit';
import { RepairWorkOrder } from './repair-work-order.command';

/** DI-4: Record the repair (the assigned technician); refused while extra work awaits consent. */
@CommandHandler(RepairWorkOrder)
export class RepairWorkOrderHandler extends WorkOrderCommandHandler<RepairWorkOrder> {
  decide({ caller, id, request }: RepairWorkOrder): WorkOrderCommand {
    return { type: 'AdvanceJob', workOrderId: id, step: 'repair', actor: actorOf(caller.user), note: request.note ?? null, policy: this.context.policy, now: this.clock.now() };
  }
}
