import { CreateRequest } from '@aftersales/platform';
import { ComplaintView } from '../../use-case-kit';
import { RegisterComplaintDto } from './register-complaint.request.dto';

/** `replayed` when an Idempotency-Key retry met the complaint a first, unanswered attempt stored. */
export class RegisterComplaint extends CreateRequest<{ view: ComplaintView; replayed: boolean }, RegisterComplaintDto> {}
