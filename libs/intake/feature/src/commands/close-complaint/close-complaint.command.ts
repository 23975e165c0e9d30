import { AggregateRequest } from '@aftersales/platform';
import { ComplaintView } from '../../complaint-view';
import { CloseDto } from './close-complaint.request.dto';

export class CloseComplaint extends AggregateRequest<ComplaintView, CloseDto> {}
