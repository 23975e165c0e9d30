import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, ValidateIf } from 'class-validator';
import { DEPARTMENTS, type Department } from '@aftersales/qa-domain';
import { IsLocalDate, LIMITS, OptionalText, Reason } from '@aftersales/platform';

export class UpdateCapaDto {
  @ApiPropertyOptional({ enum: DEPARTMENTS })
  @ValidateIf((_, value) => value !== undefined)
  @IsIn(DEPARTMENTS)
  department?: Department;

  @OptionalText(LIMITS.id, {})
  ownerId?: string;

  @ApiPropertyOptional({ example: '2026-03-27' })
  @ValidateIf((_, value) => value !== undefined)
  @IsLocalDate()
  dueOn?: string;

  @OptionalText(LIMITS.longText, {})
  correctiveAction?: string;

  @OptionalText(LIMITS.longText, {})
  preventiveAction?: string;

  @Reason(LIMITS.longText, { description: 'Why the plan changed' })
  reason!: string;
}
