import { CommandHandler } from '@nestjs/cqrs';
import { RatioFigure, ReturnRequestCommand } from '@aftersales/warehouse-returns-domain';
import { ReturnRequestFactsHandler, ReturnRequestView, actorOf } from '../../use-case-kit';
import { SignReturnStep } from './sign-return-step.command';

/** WR-2, WR-3, WR-7: a signature on the request's content by the step's role; the ratio check's step reads finance's latest figure for the customer first. */
@CommandHandler(SignReturnStep)
export class SignReturnStepHandler extends ReturnRequestFactsHandler<SignReturnStep, RatioFigure | null> {
  async gather({ caller, request }: SignReturnStep, current: ReturnRequestView): Promise<RatioFigure | null> {
    const step = this.loaded.policy.steps[current.reason].find((s) => s.id === request.step);
    return step?.ratioCheck ? this.facts.ratioFor(caller.user.tenantId, current.customerId) : null;
  }

  decide({ id, caller, request }: SignReturnStep, ratio: RatioFigure | null): ReturnRequestCommand {
    return { type: 'Sign', returnRequestId: id, step: request.step, comment: request.comment ?? '', by: actorOf(caller), policy: this.loaded.policy, ratio, now: this.clock.now() };
  }
}
