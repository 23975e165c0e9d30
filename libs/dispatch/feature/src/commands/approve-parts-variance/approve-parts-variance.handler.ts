import { CommandHandler } from '@nestjs/cqrs';
import { WorkOrderCommand } from '@aftersales/dispatch-domain';
import { WorkOrderCommandHandler, actorOf } from '../../use-case-kit';
import { ApprovePartsVariance } from './approve-parts-variance.command';

/** DI-4: Approve the parts variance (issued − used − returned ≠ 0) so the order may close. */
@CommandHandler(ApprovePartsVariance)
export class ApprovePartsVarianceHandler extends WorkOrderCommandHandler<ApprovePartsVariance> {
  decide({ caller, id, request }: ApprovePartsVariance): WorkOrderCommand {
    return { type: 'ApprovePartsVariance', workOrderId: id, reason: request.reason, actor: actorOf(caller.user), now: this.clock.now() };
  }
}
