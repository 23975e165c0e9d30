import { CommandHandler } from '@nestjs/cqrs';
import { WorkOrderCommand } from '@aftersales/dispatch-domain';
import { WorkOrderCommandHandler, actorOf } from '../../use-case-kit';
import { ReturnEquipment } from './return-equipment.command';

/** DI-6: Return equipment taken away, closing its receipt. */
@CommandHandler(ReturnEquipment)
export class ReturnEquipmentHandler extends WorkOrderCommandHandler<ReturnEquipment> {
  decide({ caller, id, request }: ReturnEquipment): WorkOrderCommand {
    return { type: 'ReturnEquipment', workOrderId: id, receiptNumber: request.receiptNumber, actor: actorOf(caller.user), now: this.clock.now() };
  }
}
