import { CommandHandler } from '@nestjs/cqrs';
import { WorkOrderCommand } from '@aftersales/dispatch-domain';
import { WorkOrderCommandHandler, actorOf } from '../../use-case-kit';
import { SettleWorkOrder } from './settle-work-order.command';

/** DI-6: Settle on a valid sign-off: free items confirmed by the customer, charged items with a receipt number. */
@CommandHandler(SettleWorkOrder)
export class SettleWorkOrderHandler extends WorkOrderCommandHandler<SettleWorkOrder> {
  decide({ caller, id, request }: SettleWorkOrder): WorkOrderCommand {
    return { type: 'Settle', workOrderId: id, freeItemsConfirmed: request.freeItemsConfirmed, receiptNumber: request.receiptNumber ?? null, actor: actorOf(caller.user), now: this.clock.now() };
  }
}
