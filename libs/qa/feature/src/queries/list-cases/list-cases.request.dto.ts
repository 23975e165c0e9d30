import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { CASE_STATUSES, RESPONSIBILITIES, SEVERITIES, type CaseStatus, type Responsibility, type Severity } from '@aftersales/qa-domain';
import { LIMITS, PageQuery } from '@aftersales/platform';

/** A month as YYYY-MM. */
export const MONTH = /^(19[7-9]\d|2\d{3})-(0[1-9]|1[0-2])$/;

export const toBoolean = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

export const CASE_SORTS = ['receivedAt', '-receivedAt', '-updatedAt'] as const;
export type CaseSort = (typeof CASE_SORTS)[number];

export class ListCasesQuery extends PageQuery {
  @ApiPropertyOptional({ enum: CASE_STATUSES })
  @IsOptional()
  @IsIn(CASE_STATUSES)
  status?: CaseStatus;

  @ApiPropertyOptional({ enum: SEVERITIES })
  @IsOptional()
  @IsIn(SEVERITIES)
  severity?: Severity;

  @ApiPropertyOptional({ enum: RESPONSIBILITIES })
  @IsOptional()
  @IsIn(RESPONSIBILITIES)
  responsibility?: Responsibility;

  @ApiPropertyOptional({ example: 'cn-east' })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.id)
  region?: string;

  @ApiPropertyOptional({ description: 'The intake complaint the case came from' })
  @IsOptional()
  @IsUUID('all', { message: 'complaintId must be a UUID' })
  complaintId?: string;

  @ApiPropertyOptional({ example: 'PX-200' })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.code)
  model?: string;

  @ApiPropertyOptional({ example: 'C-10086' })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.id)
  customer?: string;

  @ApiPropertyOptional({ example: '2026-03', description: 'Received in this month (region time)' })
  @IsOptional()
  @Matches(MONTH, { message: 'month must be YYYY-MM' })
  month?: string;

  @ApiPropertyOptional({ type: Boolean, description: 'Owes an obligation whose due time has passed (QA-3)' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  overdue?: boolean;

  @ApiPropertyOptional({ enum: CASE_SORTS, default: '-receivedAt' })
  @IsOptional()
  @IsIn(CASE_SORTS)
  sort?: CaseSort;
}
