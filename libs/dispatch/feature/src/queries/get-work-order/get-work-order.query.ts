import { AggregateQuery } from '@aftersales/platform';
import { WorkOrderView } from '../../use-case-kit';

export class GetWorkOrder extends AggregateQuery<WorkOrderView> {}
