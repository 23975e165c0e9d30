import { AggregateRequest } from '@aftersales/platform';
import { WorkOrderView } from '../../use-case-kit';

export class CloseWorkOrder extends AggregateRequest<WorkOrderView, undefined> {}
