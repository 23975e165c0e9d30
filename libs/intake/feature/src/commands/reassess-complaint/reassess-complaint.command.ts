import { AggregateRequest } from '@aftersales/platform';
import { ComplaintView } from '../../use-case-kit';
import { ReassessDto } from './reassess-complaint.request.dto';

export class ReassessComplaint extends AggregateRequest<ComplaintView, ReassessDto> {}
