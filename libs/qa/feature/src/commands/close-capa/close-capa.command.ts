import { AggregateRequest } from '@aftersales/platform';
import { CapaView } from '../../case-view';
import { CloseCapaDto } from './close-capa.request.dto';

export class CloseCapa extends AggregateRequest<CapaView, CloseCapaDto> {}
