import { CreateRequest } from '@aftersales/platform';
import { CapaView } from '../../case-view';
import { CreateCapaDto } from './open-capa.request.dto';

/** `replayed` when an Idempotency-Key retry met the CAPA a first, unanswered attempt opened. */
export class OpenCapa extends CreateRequest<{ view: CapaView; replayed: boolean }, CreateCapaDto> {}
