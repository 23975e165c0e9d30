import { AggregateRequest } from '@aftersales/platform';
import { ReturnRequestView } from '../../use-case-kit';
import { CloseReturnRequestDto } from './close-return-request.request.dto';

export class CloseReturnRequest extends AggregateRequest<ReturnRequestView, CloseReturnRequestDto> {}
