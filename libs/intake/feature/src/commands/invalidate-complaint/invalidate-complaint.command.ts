import { AggregateRequest } from '@aftersales/platform';
import { ComplaintView } from '../../complaint-view';
import { InvalidateDto } from './invalidate-complaint.request.dto';

export class InvalidateComplaint extends AggregateRequest<ComplaintView, InvalidateDto> {}
