import { AggregateRequest } from '@aftersales/platform';
import { WorkOrderView } from '../../use-case-kit';
import { ReportBackDto } from './report-back.request.dto';

export class ReportBack extends AggregateRequest<WorkOrderView, ReportBackDto> {}
