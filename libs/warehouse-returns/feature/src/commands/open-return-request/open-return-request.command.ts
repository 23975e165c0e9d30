import { CreateRequest } from '@aftersales/platform';
import { ReturnRequestView } from '../../use-case-kit';
import { OpenReturnRequestDto } from './open-return-request.request.dto';

/** `replayed` when an Idempotency-Key retry met the return request a first, unanswered attempt stored. */
export class OpenReturnRequest extends CreateRequest<{ view: ReturnRequestView; replayed: boolean }, OpenReturnRequestDto> {}
