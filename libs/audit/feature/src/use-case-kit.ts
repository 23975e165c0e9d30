/** What audit's use cases share (one import for each use-case file): the aggregate, its view and answer, the HTTP conventions. */
export { ARCHIVE_SUBMISSIONS, ArchiveSubmissionCommandHandler } from './archive-submission.aggregate';
export type { ArchiveSubmissions } from './archive-submission.aggregate';
export type { ArchiveSubmissionView } from './archive-submission-view';
export { ArchiveSubmissionCommandRoute, ArchiveSubmissionEndpoint, ACTORS, IDEMPOTENCY_KEY, NOT_FOUND, READERS } from './audit.http';
export { ArchiveSubmissionPageResponse, ArchiveSubmissionResponseDto, ArchiveSubmissionTimelineResponse } from './archive-submission.response.dto';
