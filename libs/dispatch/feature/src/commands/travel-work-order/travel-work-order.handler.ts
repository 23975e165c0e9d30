import { CommandHandler } from '@nestjs/cqrs';
import { WorkOrderCommand } from '@aftersales/dispatch-domain';
import { WorkOrderCommandHandler, actorOf } from '../../use-case-kit';
import { TravelWorkOrder } from './travel-work-order.command';

/** DI-4: Set out for the site (the assigned technician). */
@CommandHandler(TravelWorkOrder)
export class TravelWorkOrderHandler extends WorkOrderCommandHandler<TravelWorkOrder> {
  decide({ caller, id, request }: TravelWorkOrder): WorkOrderCommand {
    return { type: 'AdvanceJob', workOrderId: id, step: 'travel', actor: actorOf(caller.user), note: request.note ?? null, policy: this.context.policy, now: this.clock.now() };
  }
}
