import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsUUID } from 'class-validator';
import { DEPARTMENTS, type Department } from '@aftersales/qa-domain';
import { IsLocalDate, LIMITS, Text } from '@aftersales/platform';

/** QA-4: a corrective and preventive action for a case. */
export class CreateCapaDto {
  @ApiProperty({ description: 'The quality case' })
  @IsUUID('all', { message: 'caseId must be a UUID' })
  caseId!: string;

  @ApiProperty({ enum: DEPARTMENTS })
  @IsIn(DEPARTMENTS)
  department!: Department;

  @ApiProperty({ example: 'prod-lead-1' })
  @Text(LIMITS.id)
  ownerId!: string;

  @ApiProperty({ example: '2026-03-20', description: 'Local date in the case region' })
  @IsLocalDate()
  dueOn!: string;

  @ApiProperty({ example: 'Replace the worn fixture on packing line 2' })
  @Text(LIMITS.longText)
  correctiveAction!: string;

  @ApiProperty({ example: 'Monthly fixture inspection in the maintenance plan' })
  @Text(LIMITS.longText)
  preventiveAction!: string;
}
