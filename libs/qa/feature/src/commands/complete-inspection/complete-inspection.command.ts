import { AggregateRequest } from '@aftersales/platform';
import { ReturnInspectionView } from '../../inspection-view';
import { CompleteInspectionDto } from './complete-inspection.request.dto';

export class CompleteInspection extends AggregateRequest<ReturnInspectionView, CompleteInspectionDto> {}
