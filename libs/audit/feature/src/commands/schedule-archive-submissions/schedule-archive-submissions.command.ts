import { CreateRequest } from '@aftersales/platform';
import { ArchiveSubmissionView } from '../../use-case-kit';
import { ScheduleArchiveSubmissionsDto } from './schedule-archive-submissions.request.dto';

/** The expected submissions of the range, and how many of them this request opened (the others existed). */
export class ScheduleArchiveSubmissions extends CreateRequest<{ views: ArchiveSubmissionView[]; created: number; scheduleVersion: string }, ScheduleArchiveSubmissionsDto> {}
