import { AggregateRequest } from '@aftersales/platform';
import { QualityCaseView } from '../../case-view';
import { FindingsDto } from './record-findings.request.dto';

export class RecordFindings extends AggregateRequest<QualityCaseView, FindingsDto> {}
