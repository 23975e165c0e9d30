import { CommandHandler } from '@nestjs/cqrs';
import { QualityCaseCommand } from '@aftersales/qa-domain';
import { CaseCommandHandler } from '../../qa.aggregates';
import { IssuePreliminaryReport } from './issue-preliminary-report.command';

@CommandHandler(IssuePreliminaryReport)
export class IssuePreliminaryReportHandler extends CaseCommandHandler<IssuePreliminaryReport> {
  decide({ id, request }: IssuePreliminaryReport): QualityCaseCommand {
    return { type: 'IssuePreliminaryReport', caseId: id, summary: request.summary, proposedDisposition: request.proposedDisposition };
  }
}
