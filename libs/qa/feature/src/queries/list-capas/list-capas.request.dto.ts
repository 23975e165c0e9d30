import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsUUID } from 'class-validator';
import { CAPA_STATUSES, DEPARTMENTS, type CapaStatus, type Department } from '@aftersales/qa-domain';
import { PageQuery } from '@aftersales/platform';
import { toBoolean } from '../list-cases/list-cases.request.dto';

export class ListCapasQuery extends PageQuery {
  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID('all', { message: 'caseId must be a UUID' })
  caseId?: string;

  @ApiPropertyOptional({ enum: CAPA_STATUSES })
  @IsOptional()
  @IsIn(CAPA_STATUSES)
  status?: CapaStatus;

  @ApiPropertyOptional({ enum: DEPARTMENTS })
  @IsOptional()
  @IsIn(DEPARTMENTS)
  department?: Department;

  @ApiPropertyOptional({ type: Boolean, description: 'Open past its due date' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  overdue?: boolean;
}
