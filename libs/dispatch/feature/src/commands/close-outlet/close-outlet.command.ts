import { AggregateRequest } from '@aftersales/platform';
import { OutletView } from '../../use-case-kit';
import { CloseOutletDto } from './close-outlet.request.dto';

export class CloseOutlet extends AggregateRequest<OutletView, CloseOutletDto> {}
