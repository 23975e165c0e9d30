import { CallerQuery } from '@aftersales/platform';
import { MonthlyReport } from '@aftersales/qa-domain';
import { MonthlyReportQuery } from './get-monthly-report.request.dto';

export class GetMonthlyReport extends CallerQuery<MonthlyReport, MonthlyReportQuery> {}
