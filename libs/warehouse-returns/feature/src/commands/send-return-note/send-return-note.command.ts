import { AggregateRequest } from '@aftersales/platform';
import { ReturnRequestView } from '../../use-case-kit';
import { SendReturnNoteDto } from './send-return-note.request.dto';

export class SendReturnNote extends AggregateRequest<ReturnRequestView, SendReturnNoteDto> {}
