import { CommandHandler } from '@nestjs/cqrs';
import { ReturnRequestCommand } from '@aftersales/warehouse-returns-domain';
import { ReturnRequestCommandHandler, actorOf } from '../../use-case-kit';
import { RecordCount } from './record-count.command';

/** WR-5: the warehouse counts the goods against the request's lines; a serial other than the one authorised is flagged (QA inspects next). */
@CommandHandler(RecordCount)
export class RecordCountHandler extends ReturnRequestCommandHandler<RecordCount> {
  decide({ id, caller, request }: RecordCount): ReturnRequestCommand {
    const lines = request.lines.map((l) => ({ lineId: l.lineId, quantityReceived: l.quantityReceived, serialNumberReceived: l.serialNumberReceived ?? null }));
    return { type: 'RecordCount', returnRequestId: id, lines, by: actorOf(caller), now: this.clock.now() };
  }
}
