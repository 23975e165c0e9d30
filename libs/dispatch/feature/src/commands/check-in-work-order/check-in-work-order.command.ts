import { AggregateRequest } from '@aftersales/platform';
import { WorkOrderView } from '../../use-case-kit';
import { CheckInWorkOrderDto } from './check-in-work-order.request.dto';

export class CheckInWorkOrder extends AggregateRequest<WorkOrderView, CheckInWorkOrderDto> {}
