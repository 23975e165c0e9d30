import { AggregateRequest } from '@aftersales/platform';
import { WorkOrderView } from '../../use-case-kit';
import { RecordFinalQcDto } from './record-final-qc.request.dto';

export class RecordFinalQc extends AggregateRequest<WorkOrderView, RecordFinalQcDto> {}
