import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ARCHIVE_SUBMISSIONS, ArchiveSubmissions, ArchiveSubmissionView } from '../../use-case-kit';
import { GetArchiveSubmission } from './get-archive-submission.query';

/** One archive submission, folded from its own stream: reads its own writes, and is 404 for another tenant. */
@QueryHandler(GetArchiveSubmission)
export class GetArchiveSubmissionHandler implements IQueryHandler<GetArchiveSubmission> {
  constructor(@Inject(ARCHIVE_SUBMISSIONS) private readonly archiveSubmissions: ArchiveSubmissions) {}

  execute({ caller, id }: GetArchiveSubmission): Promise<ArchiveSubmissionView> {
    return this.archiveSubmissions.get(caller.user.tenantId, id);
  }
}
