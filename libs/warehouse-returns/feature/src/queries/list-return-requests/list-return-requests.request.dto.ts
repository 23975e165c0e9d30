import { RETURN_REASONS, RETURN_REQUEST_STATUSES } from '@aftersales/warehouse-returns-domain';
import type { ReturnReason, ReturnRequestStatus } from '@aftersales/warehouse-returns-domain';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { LIMITS, OptionalOneOf, PageQuery, QueryFlag } from '@aftersales/platform';

/** GET /returns: every filter is a typed value; none reaches the query language unchecked. */
export class ListReturnRequestsQuery extends PageQuery {
  @OptionalOneOf(RETURN_REQUEST_STATUSES)
  status?: ReturnRequestStatus;

  @OptionalOneOf(RETURN_REASONS)
  reason?: ReturnReason;

  @ApiPropertyOptional({ maxLength: LIMITS.id, example: 'C-10086' })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.id)
  customerId?: string;

  @ApiPropertyOptional({ format: 'uuid', maxLength: 36, description: 'The QA case whose disposition made the request' })
  @IsOptional()
  @IsUUID()
  caseId?: string;

  @QueryFlag({ description: 'Owes the return note past its due time' })
  overdue?: boolean;
}
