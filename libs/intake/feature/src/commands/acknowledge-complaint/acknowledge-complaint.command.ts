import { AggregateRequest } from '@aftersales/platform';
import { ComplaintView } from '../../complaint-view';
import { NoteDto } from './acknowledge-complaint.request.dto';

export class AcknowledgeComplaint extends AggregateRequest<ComplaintView, NoteDto> {}
