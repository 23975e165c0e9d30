import { AggregateRequest } from '@aftersales/platform';
import { WorkOrderView } from '../../use-case-kit';
import { RecordHandOverDto } from './record-hand-over.request.dto';

export class RecordHandOver extends AggregateRequest<WorkOrderView, RecordHandOverDto> {}
