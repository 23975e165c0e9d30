import { Get, Headers, Query, Res } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, ApiOperation, getSchemaPath } from '@nestjs/swagger';
import { ApiErrors, Caller, PARAMETER_ERRORS, Roles } from '@aftersales/platform';
import { QA, monthlyReportCsv } from '@aftersales/qa-domain';
import { QaController, QaEndpoint } from '../../qa.http';
import { MonthlyReportResponse } from '../../qa.response.dto';
import { GetMonthlyReport } from './get-monthly-report.query';
import { MonthlyReportQuery } from './get-monthly-report.request.dto';

/** The part of the HTTP response this controller sets (a structural type: no framework import). */
interface HeaderSink {
  setHeader(name: string, value: string): void;
}

@QaController('reports')
export class GetMonthlyReportController extends QaEndpoint {
  @Get('monthly')
  @Roles('qa', 'general_manager', 'business_head', 'auditor', 'admin')
  @ApiOperation({ summary: 'Monthly quality analysis (QA-7): by determination, severity, product, defect, region; hot spots; deadlines; CAPA' })
  @ApiExtraModels(MonthlyReportResponse)
  @ApiOkResponse({
    description: 'JSON, or CSV when the client prefers text/csv (Accept)',
    content: {
      'application/json': { schema: { $ref: getSchemaPath(MonthlyReportResponse) } },
      'text/csv': { schema: { type: 'string', maxLength: 10_000_000 } },
    },
  })
  @ApiErrors(PARAMETER_ERRORS, { 422: [QA.REPORT_TOO_LARGE] })
  async monthly(
    @Caller() caller: Caller,
    @Query() query: MonthlyReportQuery,
    @Res({ passthrough: true }) res: HeaderSink,
    @Headers('accept') accept?: string,
  ): Promise<MonthlyReportResponse | string> {
    const report = await this.queries.execute(new GetMonthlyReport(caller, query));
    if (!wantsCsv(accept)) return report;
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="qa-monthly-${query.month}${query.region ? `-${query.region}` : ''}.csv"`);
    return monthlyReportCsv(report);
  }
}

/** CSV when the client prefers it to JSON (a plain `Accept: text/csv`, or ranked higher by q). */
export function wantsCsv(accept: string | undefined): boolean {
  if (!accept) return false;
  const q = (type: string) => {
    for (const part of accept.split(',')) {
      const [mediaType, ...params] = part.trim().toLowerCase().split(';');
      if (mediaType.trim() === type) {
        const weight = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
        return weight ? Number(weight.slice(2)) || 0 : 1;
      }
    }
    return -1;
  };
  const csv = q('text/csv');
  return csv > 0 && csv >= q('application/json');
}
