import { CommandHandler } from '@nestjs/cqrs';
import { ReturnRequestCommand } from '@aftersales/warehouse-returns-domain';
import { ReturnRequestCommandHandler, actorOf } from '../../use-case-kit';
import { RecordArrival } from './record-arrival.command';

/** WR-4: The picked-up goods arrived at the warehouse. */
@CommandHandler(RecordArrival)
export class RecordArrivalHandler extends ReturnRequestCommandHandler<RecordArrival> {
  decide({ id, caller }: RecordArrival): ReturnRequestCommand {
    return { type: 'RecordArrival', returnRequestId: id, by: actorOf(caller), now: this.clock.now() };
  }
}
