import { CommandHandler } from '@nestjs/cqrs';
import { ReturnRequestCommand } from '@aftersales/warehouse-returns-domain';
import { ReturnRequestCommandHandler, actorOf } from '../../use-case-kit';
import { RefuseReturnStep } from './refuse-return-step.command';

/** WR-2: Refuse the step open for signature, with the explanation (by the step's role). */
@CommandHandler(RefuseReturnStep)
export class RefuseReturnStepHandler extends ReturnRequestCommandHandler<RefuseReturnStep> {
  decide({ id, caller, request }: RefuseReturnStep): ReturnRequestCommand {
    return { type: 'Refuse', returnRequestId: id, step: request.step, explanation: request.explanation, by: actorOf(caller), policy: this.loaded.policy, now: this.clock.now() };
  }
}
