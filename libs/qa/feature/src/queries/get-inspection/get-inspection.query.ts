import { AggregateQuery } from '@aftersales/platform';
import { ReturnInspectionView } from '../../inspection-view';

export class GetInspection extends AggregateQuery<ReturnInspectionView> {}
