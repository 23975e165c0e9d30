import { CommandHandler } from '@nestjs/cqrs';
import { QualityCaseCommand } from '@aftersales/qa-domain';
import { CaseCommandHandler } from '../../qa.aggregates';
import { QualityCaseView } from '../../case-view';
import { MakeDetermination } from './make-determination.command';

@CommandHandler(MakeDetermination)
export class MakeDeterminationHandler extends CaseCommandHandler<MakeDetermination> {
  decide({ id, request }: MakeDetermination, current: QualityCaseView): QualityCaseCommand {
    return {
      type: 'MakeDetermination',
      caseId: id,
      responsibility: request.responsibility,
      ourCause: request.ourCause ?? null,
      summary: request.summary,
      evidenceRefs: request.evidenceRefs,
      explanationToCustomer: request.explanationToCustomer ?? null,
      reason: request.reason ?? null,
      context: this.contexts.forRegion(current.region),
    };
  }
}
