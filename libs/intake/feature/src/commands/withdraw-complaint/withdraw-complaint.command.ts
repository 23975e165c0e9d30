import { AggregateRequest } from '@aftersales/platform';
import { ComplaintView } from '../../use-case-kit';
import { ComplaintReasonDto } from './withdraw-complaint.request.dto';

export class WithdrawComplaint extends AggregateRequest<ComplaintView, ComplaintReasonDto> {}
