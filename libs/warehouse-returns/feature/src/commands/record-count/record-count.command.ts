import { AggregateRequest } from '@aftersales/platform';
import { ReturnRequestView } from '../../use-case-kit';
import { RecordCountDto } from './record-count.request.dto';

export class RecordCount extends AggregateRequest<ReturnRequestView, RecordCountDto> {}
