import { CommandHandler } from '@nestjs/cqrs';
import { ArchiveSubmissionCommand } from '@aftersales/audit-domain';
import { ArchiveSubmissionCommandHandler } from '../../use-case-kit';
import { SubmitArchiveSubmission } from './submit-archive-submission.command';

/** AU-3: records who handed what to the archive and when; late when its due time has passed. */
@CommandHandler(SubmitArchiveSubmission)
export class SubmitArchiveSubmissionHandler extends ArchiveSubmissionCommandHandler<SubmitArchiveSubmission> {
  decide({ caller, id, request }: SubmitArchiveSubmission): ArchiveSubmissionCommand {
    return { type: 'Submit', archiveSubmissionId: id, submittedBy: caller.user.id, document: { title: request.document.title, reference: request.document.reference }, note: request.note ?? null, now: this.clock.now() };
  }
}
