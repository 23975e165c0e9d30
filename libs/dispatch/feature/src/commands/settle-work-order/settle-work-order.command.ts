import { AggregateRequest } from '@aftersales/platform';
import { WorkOrderView } from '../../use-case-kit';
import { SettleWorkOrderDto } from './settle-work-order.request.dto';

export class SettleWorkOrder extends AggregateRequest<WorkOrderView, SettleWorkOrderDto> {}
