import { AggregateRequest } from '@aftersales/platform';
import { QualityCaseView } from '../../case-view';
import { CancelCaseDto } from './cancel-case.request.dto';

export class CancelCase extends AggregateRequest<QualityCaseView, CancelCaseDto> {}
