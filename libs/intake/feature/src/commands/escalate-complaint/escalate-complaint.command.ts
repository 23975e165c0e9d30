import { AggregateRequest } from '@aftersales/platform';
import { ComplaintView } from '../../use-case-kit';
import { EscalateDto } from './escalate-complaint.request.dto';

export class EscalateComplaint extends AggregateRequest<ComplaintView, EscalateDto> {}
