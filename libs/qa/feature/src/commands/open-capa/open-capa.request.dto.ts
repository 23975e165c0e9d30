import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { DEPARTMENTS, type Department } from '@aftersales/qa-domain';
import { IsLocalDate, LIMITS, Text, OneOf } from '@aftersales/platform';

/** QA-4: a corrective and preventive action for a case. */
export class CreateCapaDto {
  @ApiProperty({ description: 'The quality case' })
  @IsUUID('all', { message: 'caseId must be a UUID' })
  caseId!: string;

  @OneOf(DEPARTMENTS)
  department!: Department;

  @Text(LIMITS.id, { example: 'prod-lead-1' })
  ownerId!: string;

  @ApiProperty({ example: '2026-03-20', description: 'Local date in the case region' })
  @IsLocalDate()
  dueOn!: string;

  @Text(LIMITS.longText, { example: 'Replace the worn fixture on packing line 2' })
  correctiveAction!: string;

  @Text(LIMITS.longText, { example: 'Monthly fixture inspection in the maintenance plan' })
  preventiveAction!: string;
}
