import { CommandHandler } from '@nestjs/cqrs';
import { QualityCaseCommand } from '@aftersales/qa-domain';
import { CaseCommandHandler } from '../../qa.aggregates';
import { CloseCase } from './close-case.command';

@CommandHandler(CloseCase)
export class CloseCaseHandler extends CaseCommandHandler<CloseCase> {
  decide({ id, request }: CloseCase): QualityCaseCommand {
    return { type: 'Close', caseId: id, summary: request.summary };
  }
}
