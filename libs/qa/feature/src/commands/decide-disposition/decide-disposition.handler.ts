import { CommandHandler } from '@nestjs/cqrs';
import { QualityCaseCommand } from '@aftersales/qa-domain';
import { CaseCommandHandler } from '../../qa.aggregates';
import { DecideDisposition } from './decide-disposition.command';

@CommandHandler(DecideDisposition)
export class DecideDispositionHandler extends CaseCommandHandler<DecideDisposition> {
  decide({ id, request }: DecideDisposition): QualityCaseCommand {
    return { type: 'DecideDisposition', caseId: id, disposition: request.disposition, note: request.note ?? null };
  }
}
