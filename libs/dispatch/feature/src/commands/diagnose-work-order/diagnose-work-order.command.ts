import { AggregateRequest } from '@aftersales/platform';
import { WorkOrderView } from '../../use-case-kit';
import { DiagnoseWorkOrderDto } from './diagnose-work-order.request.dto';

export class DiagnoseWorkOrder extends AggregateRequest<WorkOrderView, DiagnoseWorkOrderDto> {}
