import { AggregateRequest } from '@aftersales/platform';
import { RatioAlertView } from '../../use-case-kit';
import { CloseRatioAlertDto } from './close-ratio-alert.request.dto';

export class CloseRatioAlert extends AggregateRequest<RatioAlertView, CloseRatioAlertDto> {}
