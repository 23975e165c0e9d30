import { AggregateRequest } from '@aftersales/platform';
import { ComplaintView } from '../../complaint-view';
import { EscalateDto } from './escalate-complaint.request.dto';

export class EscalateComplaint extends AggregateRequest<ComplaintView, EscalateDto> {}
