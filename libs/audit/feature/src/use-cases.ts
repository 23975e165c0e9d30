import { CloseArchiveSubmissionHandler } from './commands/close-archive-submission/close-archive-submission.handler';
import { CloseArchiveSubmissionController } from './commands/close-archive-submission/close-archive-submission.http.controller';
import { OpenArchiveSubmissionHandler } from './commands/open-archive-submission/open-archive-submission.handler';
import { OpenArchiveSubmissionController } from './commands/open-archive-submission/open-archive-submission.http.controller';
import { GetArchiveSubmissionHandler } from './queries/get-archive-submission/get-archive-submission.handler';
import { GetArchiveSubmissionController } from './queries/get-archive-submission/get-archive-submission.http.controller';
import { GetArchiveSubmissionTimelineHandler } from './queries/get-archive-submission-timeline/get-archive-submission-timeline.handler';
import { GetArchiveSubmissionTimelineController } from './queries/get-archive-submission-timeline/get-archive-submission-timeline.http.controller';
import { ListArchiveSubmissionsHandler } from './queries/list-archive-submissions/list-archive-submissions.handler';
import { ListArchiveSubmissionsController } from './queries/list-archive-submissions/list-archive-submissions.http.controller';

/** Audit's use cases (one folder each): their HTTP controllers and their CommandBus/QueryBus handlers. */
export const AUDIT_USE_CASES = {
  controllers: [OpenArchiveSubmissionController, ListArchiveSubmissionsController, GetArchiveSubmissionController, GetArchiveSubmissionTimelineController, CloseArchiveSubmissionController],
  handlers: [OpenArchiveSubmissionHandler, ListArchiveSubmissionsHandler, GetArchiveSubmissionHandler, GetArchiveSubmissionTimelineHandler, CloseArchiveSubmissionHandler],
};
