import { CommandHandler } from '@nestjs/cqrs';
import { QualityCaseCommand } from '@aftersales/qa-domain';
import { CaseCommandHandler } from '../../qa.aggregates';
import { RecordFindings } from './record-findings.command';

@CommandHandler(RecordFindings)
export class RecordFindingsHandler extends CaseCommandHandler<RecordFindings> {
  decide({ caller, id, request }: RecordFindings): QualityCaseCommand {
    return {
      type: 'RecordFindings',
      caseId: id,
      department: request.department,
      findings: request.findings,
      solution: request.solution ?? null,
      preventiveMeasures: request.preventiveMeasures ?? null,
      evidenceRefs: request.evidenceRefs ?? [],
      recordedBy: caller.user.id,
      now: this.clock.now(),
    };
  }
}
