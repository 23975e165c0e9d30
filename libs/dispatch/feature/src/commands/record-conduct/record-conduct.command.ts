import { AggregateRequest } from '@aftersales/platform';
import { WorkOrderView } from '../../use-case-kit';
import { RecordConductDto } from './record-conduct.request.dto';

export class RecordConduct extends AggregateRequest<WorkOrderView, RecordConductDto> {}
