import { CreateRequest } from '@aftersales/platform';
import { ArchiveSubmissionView } from '../../use-case-kit';
import { OpenArchiveSubmissionDto } from './open-archive-submission.request.dto';

/** `replayed` when an Idempotency-Key retry met the archive submission a first, unanswered attempt stored. */
export class OpenArchiveSubmission extends CreateRequest<{ view: ArchiveSubmissionView; replayed: boolean }, OpenArchiveSubmissionDto> {}
