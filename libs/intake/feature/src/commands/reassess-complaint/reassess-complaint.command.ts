import { AggregateRequest } from '@aftersales/platform';
import { ComplaintView } from '../../complaint-view';
import { ReassessDto } from './reassess-complaint.request.dto';

export class ReassessComplaint extends AggregateRequest<ComplaintView, ReassessDto> {}
