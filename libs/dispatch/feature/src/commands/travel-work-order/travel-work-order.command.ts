import { AggregateRequest } from '@aftersales/platform';
import { WorkOrderView } from '../../use-case-kit';
import { TravelWorkOrderDto } from './travel-work-order.request.dto';

export class TravelWorkOrder extends AggregateRequest<WorkOrderView, TravelWorkOrderDto> {}
