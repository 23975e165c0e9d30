import { CommandHandler } from '@nestjs/cqrs';
import { ComplaintCommand } from '@aftersales/intake-domain';
import { ComplaintCommandHandler } from '../../use-case-kit';
import { WithdrawComplaint } from './withdraw-complaint.command';

/** The customer withdrew the complaint. */
@CommandHandler(WithdrawComplaint)
export class WithdrawComplaintHandler extends ComplaintCommandHandler<WithdrawComplaint> {
  decide({ id, request }: WithdrawComplaint): ComplaintCommand {
    return { type: 'Withdraw', complaintId: id, reason: request.reason };
  }
}
