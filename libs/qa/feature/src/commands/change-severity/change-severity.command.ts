import { AggregateRequest } from '@aftersales/platform';
import { QualityCaseView } from '../../case-view';
import { SeverityDto } from './change-severity.request.dto';

export class ChangeSeverity extends AggregateRequest<QualityCaseView, SeverityDto> {}
