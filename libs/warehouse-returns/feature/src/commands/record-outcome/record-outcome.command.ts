import { AggregateRequest } from '@aftersales/platform';
import { ReturnRequestView } from '../../use-case-kit';
import { RecordOutcomeDto } from './record-outcome.request.dto';

export class RecordOutcome extends AggregateRequest<ReturnRequestView, RecordOutcomeDto> {}
