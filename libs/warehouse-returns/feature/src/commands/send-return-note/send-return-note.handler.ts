import { CommandHandler } from '@nestjs/cqrs';
import { ReturnRequestCommand } from '@aftersales/warehouse-returns-domain';
import { ReturnRequestCommandHandler, actorOf } from '../../use-case-kit';
import { SendReturnNote } from './send-return-note.command';

/** WR-6: The return note was sent to the customer (on time by 12:00 the next working day, or late). */
@CommandHandler(SendReturnNote)
export class SendReturnNoteHandler extends ReturnRequestCommandHandler<SendReturnNote> {
  decide({ id, caller }: SendReturnNote): ReturnRequestCommand {
    return { type: 'SendReturnNote', returnRequestId: id, by: actorOf(caller), now: this.clock.now() };
  }
}
