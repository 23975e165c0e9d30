import { AggregateRequest } from '@aftersales/platform';
import { ComplaintView } from '../../use-case-kit';
import { ForwardDto } from './forward-complaint.request.dto';

export class ForwardComplaint extends AggregateRequest<ComplaintView, ForwardDto> {}
