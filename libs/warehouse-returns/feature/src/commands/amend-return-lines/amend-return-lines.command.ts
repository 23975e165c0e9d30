import { AggregateRequest } from '@aftersales/platform';
import { ReturnRequestView } from '../../use-case-kit';
import { AmendReturnLinesDto } from './amend-return-lines.request.dto';

export class AmendReturnLines extends AggregateRequest<ReturnRequestView, AmendReturnLinesDto> {}
