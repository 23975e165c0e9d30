import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { LIMITS } from '@aftersales/platform';
import { MONTH } from '../list-cases/list-cases.request.dto';

export class MonthlyReportQuery {
  @ApiProperty({ example: '2026-03' })
  @Matches(MONTH, { message: 'month must be YYYY-MM' })
  month!: string;

  @ApiPropertyOptional({ example: 'cn-east', description: 'One region; all regions when absent' })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.id)
  region?: string;
}
