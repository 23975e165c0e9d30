import { AggregateRequest } from '@aftersales/platform';
import { WorkOrderView } from '../../use-case-kit';
import { AcceptWorkOrderDto } from './accept-work-order.request.dto';

export class AcceptWorkOrder extends AggregateRequest<WorkOrderView, AcceptWorkOrderDto> {}
