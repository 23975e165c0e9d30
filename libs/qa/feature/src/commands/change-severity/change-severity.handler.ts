import { CommandHandler } from '@nestjs/cqrs';
import { QualityCaseCommand } from '@aftersales/qa-domain';
import { CaseCommandHandler } from '../../qa.aggregates';
import { QualityCaseView } from '../../case-view';
import { ChangeSeverity } from './change-severity.command';

@CommandHandler(ChangeSeverity)
export class ChangeSeverityHandler extends CaseCommandHandler<ChangeSeverity> {
  decide({ id, request }: ChangeSeverity, current: QualityCaseView): QualityCaseCommand {
    return { type: 'ChangeSeverity', caseId: id, severity: request.severity, reason: request.reason, context: this.contexts.forRegion(current.region) };
  }
}
