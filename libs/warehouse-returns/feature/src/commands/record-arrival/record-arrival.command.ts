import { AggregateRequest } from '@aftersales/platform';
import { ReturnRequestView } from '../../use-case-kit';
import { RecordArrivalDto } from './record-arrival.request.dto';

export class RecordArrival extends AggregateRequest<ReturnRequestView, RecordArrivalDto> {}
