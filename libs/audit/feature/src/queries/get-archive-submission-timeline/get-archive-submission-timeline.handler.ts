import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { TimelineEntry, toTimeline } from '@aftersales/platform';
import { ARCHIVE_SUBMISSIONS, ArchiveSubmissions } from '../../use-case-kit';
import { GetArchiveSubmissionTimeline } from './get-archive-submission-timeline.query';

/** Every event of one archive submission with its actor and time; 404 for another tenant. */
@QueryHandler(GetArchiveSubmissionTimeline)
export class GetArchiveSubmissionTimelineHandler implements IQueryHandler<GetArchiveSubmissionTimeline> {
  constructor(@Inject(ARCHIVE_SUBMISSIONS) private readonly archiveSubmissions: ArchiveSubmissions) {}

  async execute({ caller, id }: GetArchiveSubmissionTimeline): Promise<TimelineEntry[]> {
    return toTimeline(await this.archiveSubmissions.events(caller.user.tenantId, id));
  }
}
