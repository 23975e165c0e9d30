import { CommandHandler } from '@nestjs/cqrs';
import { WorkOrderCommand } from '@aftersales/dispatch-domain';
import { WorkOrderCommandHandler, actorOf } from '../../use-case-kit';
import { AcceptWorkOrder } from './accept-work-order.command';

/** DI-4: Accept the assignment (the assigned technician). */
@CommandHandler(AcceptWorkOrder)
export class AcceptWorkOrderHandler extends WorkOrderCommandHandler<AcceptWorkOrder> {
  decide({ caller, id, request }: AcceptWorkOrder): WorkOrderCommand {
    return { type: 'AdvanceJob', workOrderId: id, step: 'accept', actor: actorOf(caller.user), note: request.note ?? null, policy: this.context.policy, now: this.clock.now() };
  }
}
