import { AggregateRequest } from '@aftersales/platform';
import { WorkOrderView } from '../../use-case-kit';
import { RecordRemoteOutcomeDto } from './record-remote-outcome.request.dto';

export class RecordRemoteOutcome extends AggregateRequest<WorkOrderView, RecordRemoteOutcomeDto> {}
