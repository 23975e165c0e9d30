import { CommandHandler } from '@nestjs/cqrs';
import { WorkOrderCommand } from '@aftersales/dispatch-domain';
import { WorkOrderCommandHandler, actorOf } from '../../use-case-kit';
import { IssueEquipmentReceipt } from './issue-equipment-receipt.command';

/** DI-6: Issue an equipment receipt for equipment taken away; it stays open until the equipment is returned. */
@CommandHandler(IssueEquipmentReceipt)
export class IssueEquipmentReceiptHandler extends WorkOrderCommandHandler<IssueEquipmentReceipt> {
  decide({ caller, id, request }: IssueEquipmentReceipt): WorkOrderCommand {
    return { type: 'IssueEquipmentReceipt', workOrderId: id, receiptNumber: request.receiptNumber, items: request.items, actor: actorOf(caller.user), now: this.clock.now() };
  }
}
