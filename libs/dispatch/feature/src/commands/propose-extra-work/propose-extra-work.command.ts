import { AggregateRequest } from '@aftersales/platform';
import { WorkOrderView } from '../../use-case-kit';
import { ProposeExtraWorkDto } from './propose-extra-work.request.dto';

export class ProposeExtraWork extends AggregateRequest<WorkOrderView, ProposeExtraWorkDto> {}
