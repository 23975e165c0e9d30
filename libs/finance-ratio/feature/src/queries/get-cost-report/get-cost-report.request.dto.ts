import { ApiProperty } from '@nestjs/swagger';
import { COST_GROUPINGS } from '@aftersales/finance-ratio-domain';
import type { CostGrouping } from '@aftersales/finance-ratio-domain';
import { IsLocalDate, OneOf, OptionalOneOf } from '@aftersales/platform';

export const REPORT_FORMATS = ['json', 'csv', 'xlsx'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** GET /finance/ledger/report. */
export class CostReportQuery {
  @OneOf(COST_GROUPINGS)
  groupBy!: CostGrouping;

  @ApiProperty({ example: '2026-03-01', description: 'First local date (inclusive)' })
  @IsLocalDate()
  from!: string;

  @ApiProperty({ example: '2026-03-31', description: 'Last local date (inclusive)' })
  @IsLocalDate()
  to!: string;

  @OptionalOneOf(REPORT_FORMATS, { description: 'json (default), csv or xlsx' })
  format?: ReportFormat;
}
