import { AggregateRequest } from '@aftersales/platform';
import { WorkOrderView } from '../../use-case-kit';
import { PerformExtraWorkDto } from './perform-extra-work.request.dto';

export class PerformExtraWork extends AggregateRequest<WorkOrderView, PerformExtraWorkDto> {}
