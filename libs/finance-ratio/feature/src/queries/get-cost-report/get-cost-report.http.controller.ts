import { Controller, Get, Query, StreamableFile } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, ApiOperation, ApiTags, getSchemaPath } from '@nestjs/swagger';
import { ApiErrors, Caller, PARAMETER_ERRORS, Roles } from '@aftersales/platform';
import { CostReportResponse, FinanceEndpoint, LEDGER_READERS } from '../../use-case-kit';
import { costReportCsv, costReportXlsx } from '../../ledger/report-files';
import { GetCostReport } from './get-cost-report.handler';
import { CostReportQuery } from './get-cost-report.request.dto';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

@ApiTags('finance')
@Controller('finance/ledger')
export class GetCostReportController extends FinanceEndpoint {
  @Get('report')
  @Roles(...LEDGER_READERS)
  @ApiOperation({ operationId: 'GetCostReport', summary: 'Quality cost (FR-3) per customer, region, rep, department or party over a period: JSON, CSV or XLSX; the sums equal the ledger' })
  @ApiExtraModels(CostReportResponse)
  @ApiOkResponse({
    description: 'The report in the format asked for',
    content: {
      'application/json': { schema: { $ref: getSchemaPath(CostReportResponse) } },
      'text/csv': { schema: { type: 'string', maxLength: 100_000_000 } },
      [XLSX]: { schema: { type: 'string', format: 'binary' } },
    },
  })
  @ApiErrors(PARAMETER_ERRORS)
  async report(@Caller() caller: Caller, @Query() query: CostReportQuery): Promise<CostReportResponse | StreamableFile> {
    const report = await this.queries.execute(new GetCostReport(caller, query));
    const name = `quality-cost-${query.groupBy}-${query.from}-${query.to}`;
    if (query.format === 'csv') return new StreamableFile(Buffer.from(costReportCsv(report), 'utf8'), { type: 'text/csv; charset=utf-8', disposition: `attachment; filename="${name}.csv"` });
    if (query.format === 'xlsx') return new StreamableFile(await costReportXlsx(report), { type: XLSX, disposition: `attachment; filename="${name}.xlsx"` });
    return { ...report, rows: report.rows.map((r) => ({ ...r })), totals: report.totals.map((t) => ({ ...t })) };
  }
}
