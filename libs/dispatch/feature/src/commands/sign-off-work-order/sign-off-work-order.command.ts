import { AggregateRequest } from '@aftersales/platform';
import { WorkOrderView } from '../../use-case-kit';
import { SignOffWorkOrderDto } from './sign-off-work-order.request.dto';

export class SignOffWorkOrder extends AggregateRequest<WorkOrderView, SignOffWorkOrderDto> {}
