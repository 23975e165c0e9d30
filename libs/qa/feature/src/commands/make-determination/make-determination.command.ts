import { AggregateRequest } from '@aftersales/platform';
import { QualityCaseView } from '../../case-view';
import { DeterminationDto } from './make-determination.request.dto';

export class MakeDetermination extends AggregateRequest<QualityCaseView, DeterminationDto> {}
