import { AggregateRequest } from '@aftersales/platform';
import { QualityCaseView } from '../../case-view';
import { PreliminaryReportDto } from './issue-preliminary-report.request.dto';

export class IssuePreliminaryReport extends AggregateRequest<QualityCaseView, PreliminaryReportDto> {}
