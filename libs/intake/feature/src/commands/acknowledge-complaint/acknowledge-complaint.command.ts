import { AggregateRequest } from '@aftersales/platform';
import { ComplaintView } from '../../use-case-kit';
import { NoteDto } from './acknowledge-complaint.request.dto';

export class AcknowledgeComplaint extends AggregateRequest<ComplaintView, NoteDto> {}
