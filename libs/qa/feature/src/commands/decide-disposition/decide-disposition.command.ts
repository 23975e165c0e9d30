import { AggregateRequest } from '@aftersales/platform';
import { QualityCaseView } from '../../case-view';
import { DispositionDto } from './decide-disposition.request.dto';

export class DecideDisposition extends AggregateRequest<QualityCaseView, DispositionDto> {}
