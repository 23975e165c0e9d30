import { AggregateRequest } from '@aftersales/platform';
import { WorkOrderView } from '../../use-case-kit';
import { ApprovePartsVarianceDto } from './approve-parts-variance.request.dto';

export class ApprovePartsVariance extends AggregateRequest<WorkOrderView, ApprovePartsVarianceDto> {}
