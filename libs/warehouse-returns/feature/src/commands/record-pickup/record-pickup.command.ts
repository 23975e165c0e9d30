import { AggregateRequest } from '@aftersales/platform';
import { ReturnRequestView } from '../../use-case-kit';
import { RecordPickupDto } from './record-pickup.request.dto';

export class RecordPickup extends AggregateRequest<ReturnRequestView, RecordPickupDto> {}
