import { CommandHandler } from '@nestjs/cqrs';
import { ComplaintCommand } from '@aftersales/intake-domain';
import { ComplaintCommandHandler, ComplaintView } from '../../use-case-kit';
import { RecountComplaintDeadlines } from './recount-complaint-deadlines.command';

/** IN-7, IN-8: the deadlines still running counted again on the region's calendar in force now (ADR 013), recorded with both versions. */
@CommandHandler(RecountComplaintDeadlines)
export class RecountComplaintDeadlinesHandler extends ComplaintCommandHandler<RecountComplaintDeadlines> {
  decide({ id, request }: RecountComplaintDeadlines, current: ComplaintView): ComplaintCommand {
    return { type: 'RecountDeadlines', complaintId: id, reason: request.reason, context: this.contexts.forRegion(current.region) };
  }
}
