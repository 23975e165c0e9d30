import { CreateRequest } from '@aftersales/platform';
import { RatioAlertView } from '../../use-case-kit';
import { OpenRatioAlertDto } from './open-ratio-alert.request.dto';

/** `replayed` when an Idempotency-Key retry met the ratio alert a first, unanswered attempt stored. */
export class OpenRatioAlert extends CreateRequest<{ view: RatioAlertView; replayed: boolean }, OpenRatioAlertDto> {}
