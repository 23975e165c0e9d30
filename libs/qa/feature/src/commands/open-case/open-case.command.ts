import { CreateRequest } from '@aftersales/platform';
import { QualityCaseView } from '../../case-view';
import { OpenCaseDto } from './open-case.request.dto';

/** `replayed` when an Idempotency-Key retry met the case a first, unanswered attempt stored. */
export class OpenCase extends CreateRequest<{ view: QualityCaseView; replayed: boolean }, OpenCaseDto> {}
