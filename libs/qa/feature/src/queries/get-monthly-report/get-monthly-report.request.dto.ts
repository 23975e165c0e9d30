import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { LIMITS, NullableText } from '@aftersales/platform';
import { MONTH } from '../list-cases/list-cases.request.dto';

export class MonthlyReportQuery {
  @ApiProperty({ example: '2026-03' })
  @Matches(MONTH, { message: 'month must be YYYY-MM' })
  month!: string;

  @NullableText(LIMITS.id, { example: 'cn-east', description: 'One region; all regions when absent' })
  region?: string;
}
