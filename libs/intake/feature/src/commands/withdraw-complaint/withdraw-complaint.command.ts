import { AggregateRequest } from '@aftersales/platform';
import { ComplaintView } from '../../complaint-view';
import { ComplaintReasonDto } from './withdraw-complaint.request.dto';

export class WithdrawComplaint extends AggregateRequest<ComplaintView, ComplaintReasonDto> {}
