import { AggregateRequest } from '@aftersales/platform';
import { ArchiveSubmissionView } from '../../use-case-kit';
import { CloseArchiveSubmissionDto } from './close-archive-submission.request.dto';

export class CloseArchiveSubmission extends AggregateRequest<ArchiveSubmissionView, CloseArchiveSubmissionDto> {}
