import { AggregateRequest } from '@aftersales/platform';
import { ComplaintView } from '../../complaint-view';
import { ForwardDto } from './forward-complaint.request.dto';

export class ForwardComplaint extends AggregateRequest<ComplaintView, ForwardDto> {}
