import { CommandHandler } from '@nestjs/cqrs';
import { WorkOrderCommand } from '@aftersales/dispatch-domain';
import { WorkOrderCommandHandler, actorOf } from '../../use-case-kit';
import { RecordFollowUp } from './record-follow-up.command';

/** DI-8: Record the follow-up call (outcome, satisfaction); a low rating or a complaint opens a complaint in intake. */
@CommandHandler(RecordFollowUp)
export class RecordFollowUpHandler extends WorkOrderCommandHandler<RecordFollowUp> {
  decide({ caller, id, request }: RecordFollowUp): WorkOrderCommand {
    return { type: 'RecordFollowUp', workOrderId: id, outcome: request.outcome, satisfaction: request.satisfaction ?? null, complaint: request.complaint ?? null, notes: request.notes ?? null, actor: actorOf(caller.user), policy: this.context.policy, now: this.clock.now() };
  }
}
