import { ARCHIVE_SUBMISSION_KINDS, ARCHIVE_SUBMISSION_STATUSES } from '@aftersales/audit-domain';
import type { ArchiveSubmissionKind, ArchiveSubmissionStatus } from '@aftersales/audit-domain';
import { OptionalOneOf, OptionalText, PageQuery, QueryFlag } from '@aftersales/platform';

/** GET /audit/archive-submissions: every filter is a typed value; none reaches the query language unchecked. */
export class ListArchiveSubmissionsQuery extends PageQuery {
  @OptionalOneOf(ARCHIVE_SUBMISSION_STATUSES)
  status?: ArchiveSubmissionStatus;

  @OptionalOneOf(ARCHIVE_SUBMISSION_KINDS)
  kind?: ArchiveSubmissionKind;

  @OptionalText(64, { description: 'Only this region', example: 'cn-east' })
  region?: string;

  @QueryFlag({ description: 'Owes its submission past the due time (AU-3: missing)' })
  overdue?: boolean;
}
