import { AggregateRequest } from '@aftersales/platform';
import { WorkOrderView } from '../../use-case-kit';
import { RecordChargeDto } from './record-charge.request.dto';

export class RecordCharge extends AggregateRequest<WorkOrderView, RecordChargeDto> {}
