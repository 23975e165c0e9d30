import { AggregateRequest } from '@aftersales/platform';
import { TechnicianView } from '../../use-case-kit';
import { ChangeTechnicianOutletDto } from './change-technician-outlet.request.dto';

export class ChangeTechnicianOutlet extends AggregateRequest<TechnicianView, ChangeTechnicianOutletDto> {}
