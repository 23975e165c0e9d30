import { AggregateRequest } from '@aftersales/platform';
import { ArchiveSubmissionView } from '../../use-case-kit';
import { SubmitArchiveSubmissionDto } from './submit-archive-submission.request.dto';

export class SubmitArchiveSubmission extends AggregateRequest<ArchiveSubmissionView, SubmitArchiveSubmissionDto> {}
