import { CommandHandler } from '@nestjs/cqrs';
import { WorkOrderCommand } from '@aftersales/dispatch-domain';
import { WorkOrderCommandHandler, actorOf } from '../../use-case-kit';
import { ReportBack } from './report-back.command';

/** DI-7: The technician's report (cause, fix, parts, customer opinion) completes the dispatch log. */
@CommandHandler(ReportBack)
export class ReportBackHandler extends WorkOrderCommandHandler<ReportBack> {
  decide({ caller, id, request }: ReportBack): WorkOrderCommand {
    return { type: 'ReportBack', workOrderId: id, cause: request.cause, fix: request.fix, parts: request.parts, customerOpinion: request.customerOpinion, actor: actorOf(caller.user), now: this.clock.now() };
  }
}
