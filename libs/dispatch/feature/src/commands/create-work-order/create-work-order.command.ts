import { CreateRequest } from '@aftersales/platform';
import { WorkOrderView } from '../../use-case-kit';
import { CreateWorkOrderDto } from './create-work-order.request.dto';

/** `replayed` when an Idempotency-Key retry met the work order a first, unanswered attempt stored. */
export class CreateWorkOrder extends CreateRequest<{ view: WorkOrderView; replayed: boolean }, CreateWorkOrderDto> {}
