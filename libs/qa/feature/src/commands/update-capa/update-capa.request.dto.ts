import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, ValidateIf } from 'class-validator';
import { DEPARTMENTS, type Department } from '@aftersales/qa-domain';
import { IsLocalDate, LIMITS, OptionalText, Reason } from '@aftersales/platform';

export class UpdateCapaDto {
  @ApiPropertyOptional({ enum: DEPARTMENTS })
  @ValidateIf((_, value) => value !== undefined)
  @IsIn(DEPARTMENTS)
  department?: Department;

  @ApiPropertyOptional()
  @OptionalText(LIMITS.id)
  ownerId?: string;

  @ApiPropertyOptional({ example: '2026-03-27' })
  @ValidateIf((_, value) => value !== undefined)
  @IsLocalDate()
  dueOn?: string;

  @ApiPropertyOptional()
  @OptionalText(LIMITS.longText)
  correctiveAction?: string;

  @ApiPropertyOptional()
  @OptionalText(LIMITS.longText)
  preventiveAction?: string;

  @ApiProperty({ description: 'Why the plan changed' })
  @Reason(LIMITS.longText)
  reason!: string;
}
