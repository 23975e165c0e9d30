import { AggregateRequest } from '@aftersales/platform';
import { ComplaintView } from '../../use-case-kit';
import { ComplaintReasonDto } from '../withdraw-complaint/withdraw-complaint.request.dto';

export class RecountComplaintDeadlines extends AggregateRequest<ComplaintView, ComplaintReasonDto> {}
