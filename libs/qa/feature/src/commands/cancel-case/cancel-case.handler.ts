import { CommandHandler } from '@nestjs/cqrs';
import { QualityCaseCommand } from '@aftersales/qa-domain';
import { CaseCommandHandler } from '../../qa.aggregates';
import { CancelCase } from './cancel-case.command';

@CommandHandler(CancelCase)
export class CancelCaseHandler extends CaseCommandHandler<CancelCase> {
  decide({ id, request }: CancelCase): QualityCaseCommand {
    return { type: 'Cancel', caseId: id, reason: request.reason };
  }
}
