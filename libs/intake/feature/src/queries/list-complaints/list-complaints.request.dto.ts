import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { ACCEPTANCE_KINDS, CATEGORIES, SEVERITIES, STATUSES } from '@aftersales/intake-domain';
import type { AcceptanceKind, Category, ComplaintStatus, Severity } from '@aftersales/intake-domain';
import { IsInstantWithZone, LIMITS, PageQuery } from '@aftersales/platform';

const toBoolean = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

export const SORTS = ['receivedAt', '-receivedAt', 'nextDueAt', '-nextDueAt', 'priority', '-updatedAt'] as const;
export type ComplaintSort = (typeof SORTS)[number];

/** GET /complaints: every filter is a typed value; none reaches the query language unchecked. */
export class ListComplaintsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: STATUSES })
  @IsOptional()
  @IsIn(STATUSES)
  status?: ComplaintStatus;

  @ApiPropertyOptional({ enum: CATEGORIES })
  @IsOptional()
  @IsIn(CATEGORIES)
  category?: Category;

  @ApiPropertyOptional({ example: 'cn-east' })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.id)
  region?: string;

  @ApiPropertyOptional({ example: 'C-10086', description: 'Customer id' })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.id)
  customer?: string;

  @ApiPropertyOptional({ enum: SEVERITIES })
  @IsOptional()
  @IsIn(SEVERITIES)
  severity?: Severity;

  @ApiPropertyOptional({ enum: ACCEPTANCE_KINDS })
  @IsOptional()
  @IsIn(ACCEPTANCE_KINDS)
  acceptance?: AcceptanceKind;

  @ApiPropertyOptional({ type: Boolean, description: 'Owes an obligation whose due time has passed (IN-7, IN-8)' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  overdue?: boolean;

  @ApiPropertyOptional({ type: Boolean, description: 'IN-10 repeats only (or none)' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  repeat?: boolean;

  @ApiPropertyOptional({ type: Boolean, description: 'IN-9' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  highPriority?: boolean;

  @ApiPropertyOptional({ example: '2026-03-01T00:00:00+08:00', description: 'Received at or after' })
  @IsOptional()
  @IsInstantWithZone()
  receivedFrom?: string;

  @ApiPropertyOptional({ example: '2026-04-01T00:00:00+08:00', description: 'Received before' })
  @IsOptional()
  @IsInstantWithZone()
  receivedTo?: string;

  @ApiPropertyOptional({ enum: SORTS, default: '-receivedAt', description: '`priority`: high-priority first, then oldest first' })
  @IsOptional()
  @IsIn(SORTS)
  sort?: ComplaintSort;
}
