import { CommandHandler } from '@nestjs/cqrs';
import { QualityCaseCommand } from '@aftersales/qa-domain';
import { CaseCommandHandler } from '../../qa.aggregates';
import { QualityCaseView } from '../../case-view';
import { RecountCaseDeadlines } from './recount-deadlines.command';

/** QA-3: the deadlines still running counted again on the region's calendar in force now (ADR 013), recorded with both versions. */
@CommandHandler(RecountCaseDeadlines)
export class RecountCaseDeadlinesHandler extends CaseCommandHandler<RecountCaseDeadlines> {
  decide({ id, request }: RecountCaseDeadlines, current: QualityCaseView): QualityCaseCommand {
    return { type: 'RecountDeadlines', caseId: id, reason: request.reason, context: this.contexts.forRegion(current.region) };
  }
}
