import { CommandHandler } from '@nestjs/cqrs';
import { WorkOrderCommand } from '@aftersales/dispatch-domain';
import { WorkOrderCommandHandler, actorOf } from '../../use-case-kit';
import { RecordParts } from './record-parts.command';

/** DI-4: Record parts issued to, used on or returned from the order; after sign-off it invalidates the sign-off. */
@CommandHandler(RecordParts)
export class RecordPartsHandler extends WorkOrderCommandHandler<RecordParts> {
  decide({ caller, id, request }: RecordParts): WorkOrderCommand {
    return { type: 'RecordParts', workOrderId: id, movement: request.movement, partNumber: request.partNumber, quantity: request.quantity, actor: actorOf(caller.user), now: this.clock.now() };
  }
}
