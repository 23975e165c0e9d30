import { AggregateRequest } from '@aftersales/platform';
import { AlertView } from '../../alerts.projection';
import { AcknowledgeAlertDto } from './acknowledge-alert.request.dto';

/** `id` is the alert's. */
export class AcknowledgeAlert extends AggregateRequest<AlertView, AcknowledgeAlertDto> {}
