import { CommandHandler } from '@nestjs/cqrs';
import { WorkOrderCommand } from '@aftersales/dispatch-domain';
import { WorkOrderCommandHandler, actorOf } from '../../use-case-kit';
import { ReportComplaint } from './report-complaint.command';

/** DI-7: Pass a customer complaint found on site to intake (its report-up clock starts there). */
@CommandHandler(ReportComplaint)
export class ReportComplaintHandler extends WorkOrderCommandHandler<ReportComplaint> {
  decide({ caller, id, request }: ReportComplaint): WorkOrderCommand {
    return { type: 'ReportComplaint', workOrderId: id, text: request.text, actor: actorOf(caller.user), now: this.clock.now() };
  }
}
