import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID, Matches } from 'class-validator';
import { CASE_STATUSES, RESPONSIBILITIES, SEVERITIES, type CaseStatus, type Responsibility, type Severity } from '@aftersales/qa-domain';
import { LIMITS, PageQuery, NullableText, OptionalOneOf, QueryFlag } from '@aftersales/platform';

/** A month as YYYY-MM. */
export const MONTH = /^(19[7-9]\d|2\d{3})-(0[1-9]|1[0-2])$/;

export const CASE_SORTS = ['receivedAt', '-receivedAt', '-updatedAt'] as const;
export type CaseSort = (typeof CASE_SORTS)[number];

export class ListCasesQuery extends PageQuery {
  @OptionalOneOf(CASE_STATUSES)
  status?: CaseStatus;

  @OptionalOneOf(SEVERITIES)
  severity?: Severity;

  @OptionalOneOf(RESPONSIBILITIES)
  responsibility?: Responsibility;

  @NullableText(LIMITS.id, { example: 'cn-east' })
  region?: string;

  @ApiPropertyOptional({ description: 'The intake complaint the case came from' })
  @IsOptional()
  @IsUUID('all', { message: 'complaintId must be a UUID' })
  complaintId?: string;

  @NullableText(LIMITS.code, { example: 'PX-200' })
  model?: string;

  @NullableText(LIMITS.id, { example: 'C-10086' })
  customer?: string;

  @ApiPropertyOptional({ example: '2026-03', description: 'Received in this month (region time)' })
  @IsOptional()
  @Matches(MONTH, { message: 'month must be YYYY-MM' })
  month?: string;

  @QueryFlag({ description: 'Owes an obligation whose due time has passed (QA-3)' })
  overdue?: boolean;

  @OptionalOneOf(CASE_SORTS, { default: '-receivedAt' })
  sort?: CaseSort;
}
