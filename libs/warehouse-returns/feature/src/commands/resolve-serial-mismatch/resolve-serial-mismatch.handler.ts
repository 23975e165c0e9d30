import { CommandHandler } from '@nestjs/cqrs';
import { ReturnRequestCommand } from '@aftersales/warehouse-returns-domain';
import { ReturnRequestCommandHandler, actorOf } from '../../use-case-kit';
import { ResolveSerialMismatch } from './resolve-serial-mismatch.command';

/** WR-5: Resolve a serial received that is not the one authorised: accept it (the line changes, its signatures are voided) or reject the line. */
@CommandHandler(ResolveSerialMismatch)
export class ResolveSerialMismatchHandler extends ReturnRequestCommandHandler<ResolveSerialMismatch> {
  decide({ id, caller, request }: ResolveSerialMismatch): ReturnRequestCommand {
    return { type: 'ResolveSerialMismatch', returnRequestId: id, lineId: request.lineId, resolution: request.resolution, comment: request.comment, by: actorOf(caller), now: this.clock.now() };
  }
}
