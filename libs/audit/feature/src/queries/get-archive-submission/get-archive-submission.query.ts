import { AggregateQuery } from '@aftersales/platform';
import { ArchiveSubmissionView } from '../../use-case-kit';

export class GetArchiveSubmission extends AggregateQuery<ArchiveSubmissionView> {}
