import { AggregateRequest } from '@aftersales/platform';
import { WorkOrderView } from '../../use-case-kit';
import { ReportComplaintDto } from './report-complaint.request.dto';

export class ReportComplaint extends AggregateRequest<WorkOrderView, ReportComplaintDto> {}
