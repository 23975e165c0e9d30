import { AggregateRequest } from '@aftersales/platform';
import { WorkOrderView } from '../../use-case-kit';
import { RepairWorkOrderDto } from './repair-work-order.request.dto';

export class RepairWorkOrder extends AggregateRequest<WorkOrderView, RepairWorkOrderDto> {}
