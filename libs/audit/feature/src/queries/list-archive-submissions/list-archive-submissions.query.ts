import { CallerQuery, Page } from '@aftersales/platform';
import { ArchiveSubmissionView } from '../../use-case-kit';
import { ListArchiveSubmissionsQuery } from './list-archive-submissions.request.dto';

export class ListArchiveSubmissions extends CallerQuery<Page<ArchiveSubmissionView>, ListArchiveSubmissionsQuery> {}
