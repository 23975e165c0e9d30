import { AggregateRequest } from '@aftersales/platform';
import { WorkOrderView } from '../../use-case-kit';
import { RecordPartsDto } from './record-parts.request.dto';

export class RecordParts extends AggregateRequest<WorkOrderView, RecordPartsDto> {}
