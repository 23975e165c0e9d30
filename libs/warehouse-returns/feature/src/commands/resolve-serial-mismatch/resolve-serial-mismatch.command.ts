import { AggregateRequest } from '@aftersales/platform';
import { ReturnRequestView } from '../../use-case-kit';
import { ResolveSerialMismatchDto } from './resolve-serial-mismatch.request.dto';

export class ResolveSerialMismatch extends AggregateRequest<ReturnRequestView, ResolveSerialMismatchDto> {}
