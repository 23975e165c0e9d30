import { AggregateRequest } from '@aftersales/platform';
import { WorkOrderView } from '../../use-case-kit';
import { RecordExtraWorkConsentDto } from './record-extra-work-consent.request.dto';

export class RecordExtraWorkConsent extends AggregateRequest<WorkOrderView, RecordExtraWorkConsentDto> {}
