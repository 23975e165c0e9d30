import { AggregateRequest } from '@aftersales/platform';
import { CapaView } from '../../case-view';
import { VerificationDto } from './record-verification.request.dto';

export class RecordVerification extends AggregateRequest<CapaView, VerificationDto> {}
