import { AggregateRequest } from '@aftersales/platform';
import { WorkOrderView } from '../../use-case-kit';
import { CloseWorkOrderDto } from './close-work-order.request.dto';

export class CloseWorkOrder extends AggregateRequest<WorkOrderView, CloseWorkOrderDto> {}
