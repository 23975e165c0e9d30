import { AggregateRequest } from '@aftersales/platform';
import { ComplaintView } from '../../use-case-kit';
import { InvalidateDto } from './invalidate-complaint.request.dto';

export class InvalidateComplaint extends AggregateRequest<ComplaintView, InvalidateDto> {}
