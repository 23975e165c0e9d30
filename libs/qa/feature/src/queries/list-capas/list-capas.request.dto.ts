import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';
import { CAPA_STATUSES, DEPARTMENTS, type CapaStatus, type Department } from '@aftersales/qa-domain';
import { PageQuery, OptionalOneOf, QueryFlag } from '@aftersales/platform';

export class ListCapasQuery extends PageQuery {
  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID('all', { message: 'caseId must be a UUID' })
  caseId?: string;

  @OptionalOneOf(CAPA_STATUSES)
  status?: CapaStatus;

  @OptionalOneOf(DEPARTMENTS)
  department?: Department;

  @QueryFlag({ description: 'Open past its due date' })
  overdue?: boolean;
}
