import { AggregateRequest } from '@aftersales/platform';
import { QualityCaseView } from '../../case-view';
import { RecountDeadlinesDto } from './recount-deadlines.request.dto';

export class RecountCaseDeadlines extends AggregateRequest<QualityCaseView, RecountDeadlinesDto> {}
