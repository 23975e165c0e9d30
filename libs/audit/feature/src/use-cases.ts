import { ScheduleArchiveSubmissionsHandler } from './commands/schedule-archive-submissions/schedule-archive-submissions.handler';
import { ScheduleArchiveSubmissionsController } from './commands/schedule-archive-submissions/schedule-archive-submissions.http.controller';
import { SubmitArchiveSubmissionHandler } from './commands/submit-archive-submission/submit-archive-submission.handler';
import { SubmitArchiveSubmissionController } from './commands/submit-archive-submission/submit-archive-submission.http.controller';
import { GetArchiveSubmissionHandler } from './queries/get-archive-submission/get-archive-submission.handler';
import { GetArchiveSubmissionController } from './queries/get-archive-submission/get-archive-submission.http.controller';
import { GetArchiveSubmissionTimelineHandler } from './queries/get-archive-submission-timeline/get-archive-submission-timeline.handler';
import { GetArchiveSubmissionTimelineController } from './queries/get-archive-submission-timeline/get-archive-submission-timeline.http.controller';
import { ListArchiveSubmissionsHandler } from './queries/list-archive-submissions/list-archive-submissions.handler';
import { ListArchiveSubmissionsController } from './queries/list-archive-submissions/list-archive-submissions.http.controller';

/** Audit's use cases (one folder each): their HTTP controllers and their CommandBus/QueryBus handlers. */
export const AUDIT_USE_CASES = {
  controllers: [ScheduleArchiveSubmissionsController, ListArchiveSubmissionsController, GetArchiveSubmissionController, GetArchiveSubmissionTimelineController, SubmitArchiveSubmissionController],
  handlers: [ScheduleArchiveSubmissionsHandler, ListArchiveSubmissionsHandler, GetArchiveSubmissionHandler, GetArchiveSubmissionTimelineHandler, SubmitArchiveSubmissionHandler],
};
