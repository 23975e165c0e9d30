import { CommandHandler } from '@nestjs/cqrs';
import { ComplaintCommand } from '@aftersales/intake-domain';
import { ComplaintCommandHandler } from '../../use-case-kit';
import { InvalidateComplaint } from './invalidate-complaint.command';

/** IN-6: the complaint does not stand; the customer gets the explanation. */
@CommandHandler(InvalidateComplaint)
export class InvalidateComplaintHandler extends ComplaintCommandHandler<InvalidateComplaint> {
  decide({ id, request }: InvalidateComplaint): ComplaintCommand {
    return { type: 'Invalidate', complaintId: id, reason: request.reason, explanationToCustomer: request.explanationToCustomer };
  }
}
