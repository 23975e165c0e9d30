import { AggregateRequest } from '@aftersales/platform';
import { WorkOrderView } from '../../use-case-kit';
import { RecordFollowUpDto } from './record-follow-up.request.dto';

export class RecordFollowUp extends AggregateRequest<WorkOrderView, RecordFollowUpDto> {}
