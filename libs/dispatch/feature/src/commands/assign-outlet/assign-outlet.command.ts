import { AggregateRequest } from '@aftersales/platform';
import { WorkOrderView } from '../../use-case-kit';
import { AssignOutletDto } from './assign-outlet.request.dto';

export class AssignOutlet extends AggregateRequest<WorkOrderView, AssignOutletDto> {}
