import { CommandHandler } from '@nestjs/cqrs';
import { ComplaintCommand } from '@aftersales/intake-domain';
import { ComplaintCommandHandler } from '../../use-case-kit';
import { CloseComplaint } from './close-complaint.command';

/** A complaint closes once someone has answered the customer. */
@CommandHandler(CloseComplaint)
export class CloseComplaintHandler extends ComplaintCommandHandler<CloseComplaint> {
  decide({ id, request }: CloseComplaint): ComplaintCommand {
    return { type: 'Close', complaintId: id, resolutionSummary: request.resolutionSummary };
  }
}
