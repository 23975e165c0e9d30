import { CommandHandler } from '@nestjs/cqrs';
import { ReturnRequestCommand } from '@aftersales/warehouse-returns-domain';
import { ReturnRequestCommandHandler, actorOf } from '../../use-case-kit';
import { RecordPickup } from './record-pickup.command';

/** WR-4: The goods were picked up under the return transport order (refused without one); a driver may record only this. */
@CommandHandler(RecordPickup)
export class RecordPickupHandler extends ReturnRequestCommandHandler<RecordPickup> {
  decide({ id, caller }: RecordPickup): ReturnRequestCommand {
    return { type: 'RecordPickup', returnRequestId: id, by: actorOf(caller), now: this.clock.now() };
  }
}
