import { CommandHandler } from '@nestjs/cqrs';
import { ReturnRequestCommand } from '@aftersales/warehouse-returns-domain';
import { ReturnRequestCommandHandler, actorOf } from '../../use-case-kit';
import { RecordOutcome } from './record-outcome.command';

/** WR-5: A quality return's outcome as the customer asks (exchange or refund), only once QA signed the inspection. */
@CommandHandler(RecordOutcome)
export class RecordOutcomeHandler extends ReturnRequestCommandHandler<RecordOutcome> {
  decide({ id, caller, request }: RecordOutcome): ReturnRequestCommand {
    return { type: 'RecordCustomerChoice', returnRequestId: id, choice: request.choice, by: actorOf(caller), now: this.clock.now() };
  }
}
