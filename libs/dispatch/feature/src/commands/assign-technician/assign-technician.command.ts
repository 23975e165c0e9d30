import { AggregateRequest } from '@aftersales/platform';
import { WorkOrderView } from '../../use-case-kit';
import { AssignTechnicianDto } from './assign-technician.request.dto';

export class AssignTechnician extends AggregateRequest<WorkOrderView, AssignTechnicianDto> {}
