import { AggregateRequest } from '@aftersales/platform';
import { WorkOrderView } from '../../use-case-kit';
import { RecordLeadCheckDto } from './record-lead-check.request.dto';

export class RecordLeadCheck extends AggregateRequest<WorkOrderView, RecordLeadCheckDto> {}
