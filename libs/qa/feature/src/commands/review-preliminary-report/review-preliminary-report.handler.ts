import { CommandHandler } from '@nestjs/cqrs';
import { QualityCaseCommand } from '@aftersales/qa-domain';
import { CaseCommandHandler } from '../../qa.aggregates';
import { ReviewPreliminaryReport } from './review-preliminary-report.command';

@CommandHandler(ReviewPreliminaryReport)
export class ReviewPreliminaryReportHandler extends CaseCommandHandler<ReviewPreliminaryReport> {
  decide({ caller, id, request }: ReviewPreliminaryReport): QualityCaseCommand {
    return { type: 'ReviewPreliminaryReport', caseId: id, approve: request.approve, note: request.note ?? null, reviewer: caller.user.id };
  }
}
