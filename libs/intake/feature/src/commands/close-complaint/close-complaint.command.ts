import { AggregateRequest } from '@aftersales/platform';
import { ComplaintView } from '../../use-case-kit';
import { CloseDto } from './close-complaint.request.dto';

export class CloseComplaint extends AggregateRequest<ComplaintView, CloseDto> {}
