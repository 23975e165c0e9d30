import { CommandHandler } from '@nestjs/cqrs';
import { ComplaintCommand } from '@aftersales/intake-domain';
import { ComplaintCommandHandler } from '../../use-case-kit';
import { EscalateComplaint } from './escalate-complaint.command';

/** IN-7: reported up; a repeated escalation goes one level higher. */
@CommandHandler(EscalateComplaint)
export class EscalateComplaintHandler extends ComplaintCommandHandler<EscalateComplaint> {
  decide({ id, request }: EscalateComplaint): ComplaintCommand {
    return { type: 'Escalate', complaintId: id, to: request.to, reason: request.reason, severity: request.severity ?? null };
  }
}
