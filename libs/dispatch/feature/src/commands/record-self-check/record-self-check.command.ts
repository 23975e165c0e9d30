import { AggregateRequest } from '@aftersales/platform';
import { WorkOrderView } from '../../use-case-kit';
import { RecordSelfCheckDto } from './record-self-check.request.dto';

export class RecordSelfCheck extends AggregateRequest<WorkOrderView, RecordSelfCheckDto> {}
