import { CommandHandler } from '@nestjs/cqrs';
import { ComplaintCommand } from '@aftersales/intake-domain';
import { ComplaintCommandHandler } from '../../use-case-kit';
import { ForwardComplaint } from './forward-complaint.command';

/** IN-8: forwarded to the supervisor and the sales assistant. */
@CommandHandler(ForwardComplaint)
export class ForwardComplaintHandler extends ComplaintCommandHandler<ForwardComplaint> {
  decide({ id, request }: ForwardComplaint): ComplaintCommand {
    return {
      type: 'Forward',
      complaintId: id,
      targets: request.targets.map((t) => ({ target: t.target, personId: t.personId ?? null })),
      note: request.note ?? null,
    };
  }
}
