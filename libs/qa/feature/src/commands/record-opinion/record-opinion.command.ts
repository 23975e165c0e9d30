import { AggregateRequest } from '@aftersales/platform';
import { QualityCaseView } from '../../case-view';
import { OpinionDto } from './record-opinion.request.dto';

export class RecordOpinion extends AggregateRequest<QualityCaseView, OpinionDto> {}
