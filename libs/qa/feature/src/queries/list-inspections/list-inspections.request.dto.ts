import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';
import { INSPECTION_STATUSES, RETURN_REASONS, type InspectionStatus, type ReturnReason } from '@aftersales/qa-domain';
import { LIMITS, NullableText, OptionalOneOf, PageQuery } from '@aftersales/platform';

export class ListInspectionsQuery extends PageQuery {
  @OptionalOneOf(INSPECTION_STATUSES)
  status?: InspectionStatus;

  @OptionalOneOf(RETURN_REASONS)
  reason?: ReturnReason;

  @NullableText(LIMITS.id, { example: 'C-10086' })
  customerId?: string;

  @ApiPropertyOptional({ description: "warehouse-returns' return request" })
  @IsOptional()
  @IsUUID('all', { message: 'returnRequestId must be a UUID' })
  returnRequestId?: string;

  @ApiPropertyOptional({ description: 'The QA case the return came from' })
  @IsOptional()
  @IsUUID('all', { message: 'caseId must be a UUID' })
  caseId?: string;
}
