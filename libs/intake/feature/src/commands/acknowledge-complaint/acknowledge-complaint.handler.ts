import { CommandHandler } from '@nestjs/cqrs';
import { ComplaintCommand } from '@aftersales/intake-domain';
import { ComplaintCommandHandler } from '../../use-case-kit';
import { AcknowledgeComplaint } from './acknowledge-complaint.command';

/** IN-7: the customer has been answered. */
@CommandHandler(AcknowledgeComplaint)
export class AcknowledgeComplaintHandler extends ComplaintCommandHandler<AcknowledgeComplaint> {
  decide({ id, request }: AcknowledgeComplaint): ComplaintCommand {
    return { type: 'Acknowledge', complaintId: id, note: request.note ?? null };
  }
}
