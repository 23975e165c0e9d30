import { CommandHandler } from '@nestjs/cqrs';
import { Deliveries, LineRequest, ReturnRequestCommand } from '@aftersales/warehouse-returns-domain';
import { ReturnRequestFactsHandler, ReturnRequestView, actorOf } from '../../use-case-kit';
import { lineRequests } from '../../return-line.request.dto';
import { AmendReturnLines } from './amend-return-lines.command';

/** WR-1, WR-2: the lines as they are now, checked against the deliveries; a changed line voids the signatures that covered it. */
@CommandHandler(AmendReturnLines)
export class AmendReturnLinesHandler extends ReturnRequestFactsHandler<AmendReturnLines, { lines: LineRequest[]; deliveries: Deliveries }> {
  async gather({ id, caller, request }: AmendReturnLines, current: ReturnRequestView) {
    const lines = lineRequests(request.lines);
    return { lines, deliveries: await this.facts.deliveriesFor(caller.user.tenantId, current.customerId, lines, id) };
  }

  decide({ id, caller }: AmendReturnLines, facts: { lines: LineRequest[]; deliveries: Deliveries }): ReturnRequestCommand {
    return { type: 'AmendLines', returnRequestId: id, lines: facts.lines, deliveries: facts.deliveries, by: actorOf(caller), now: this.clock.now() };
  }
}
