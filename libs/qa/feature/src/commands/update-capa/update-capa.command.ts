import { AggregateRequest } from '@aftersales/platform';
import { CapaView } from '../../case-view';
import { UpdateCapaDto } from './update-capa.request.dto';

export class UpdateCapa extends AggregateRequest<CapaView, UpdateCapaDto> {}
