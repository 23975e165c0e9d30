import { CommandHandler } from '@nestjs/cqrs';
import { ArchiveSubmissionCommand } from '@aftersales/audit-domain';
import { ArchiveSubmissionCommandHandler } from '../../use-case-kit';
import { CloseArchiveSubmission } from './close-archive-submission.command';

/** Closing resolves the archive submission: on time, or late when its due time has passed. */
@CommandHandler(CloseArchiveSubmission)
export class CloseArchiveSubmissionHandler extends ArchiveSubmissionCommandHandler<CloseArchiveSubmission> {
  decide({ id, request }: CloseArchiveSubmission): ArchiveSubmissionCommand {
    return { type: 'Close', archiveSubmissionId: id, resolution: request.resolution, now: this.clock.now() };
  }
}
