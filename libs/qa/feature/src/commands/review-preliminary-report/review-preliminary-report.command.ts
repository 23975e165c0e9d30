import { AggregateRequest } from '@aftersales/platform';
import { QualityCaseView } from '../../case-view';
import { ReviewDto } from './review-preliminary-report.request.dto';

export class ReviewPreliminaryReport extends AggregateRequest<QualityCaseView, ReviewDto> {}
