import { CommandHandler } from '@nestjs/cqrs';
import { WorkOrderCommand } from '@aftersales/dispatch-domain';
import { WorkOrderCommandHandler, actorOf } from '../../use-case-kit';
import { CloseWorkOrder } from './close-work-order.command';

/** DI-4, DI-7: Close a settled order with its report and no unapproved parts variance. */
@CommandHandler(CloseWorkOrder)
export class CloseWorkOrderHandler extends WorkOrderCommandHandler<CloseWorkOrder> {
  decide({ caller, id }: CloseWorkOrder): WorkOrderCommand {
    return { type: 'Close', workOrderId: id, actor: actorOf(caller.user), now: this.clock.now() };
  }
}
