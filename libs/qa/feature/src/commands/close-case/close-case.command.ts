import { AggregateRequest } from '@aftersales/platform';
import { QualityCaseView } from '../../case-view';
import { SummaryDto } from './close-case.request.dto';

export class CloseCase extends AggregateRequest<QualityCaseView, SummaryDto> {}
