import { ARCHIVE_SUBMISSION_STATUSES } from '@aftersales/audit-domain';
import type { ArchiveSubmissionStatus } from '@aftersales/audit-domain';
import { OptionalOneOf, PageQuery, QueryFlag } from '@aftersales/platform';

/** GET /audit/archive-submissions: every filter is a typed value; none reaches the query language unchecked. */
export class ListArchiveSubmissionsQuery extends PageQuery {
  @OptionalOneOf(ARCHIVE_SUBMISSION_STATUSES)
  status?: ArchiveSubmissionStatus;

  @QueryFlag({ description: 'Owes an obligation whose due time has passed' })
  overdue?: boolean;
}
