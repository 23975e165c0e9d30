import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { DEPARTMENTS, RETURN_FINDINGS, type Department, type ReturnFinding } from '@aftersales/qa-domain';
import { LIMITS, OneOf, OptionalOneOf, OptionalText, Text } from '@aftersales/platform';

/** QA-6: what QA found on one returned line. */
export class LineFindingDto {
  @Text(LIMITS.id, { example: 'L1', description: 'A line of the return (as warehouse-returns received it)' })
  lineId!: string;

  @OneOf(RETURN_FINDINGS, { description: 'quality_intact (unsalable and customer-error returns), defect_confirmed, customer_damage (QA refuses to sign), not_resalable' })
  finding!: ReturnFinding;

  @OptionalOneOf(DEPARTMENTS, { description: 'Required for defect_confirmed, refused otherwise' })
  responsibleDepartment?: Department;

  @OptionalText(LIMITS.id, { example: 'prod-lead-1', description: 'Required for defect_confirmed, refused otherwise' })
  responsiblePerson?: string;

  @OptionalText(LIMITS.longText, { example: 'housing cracked; forklift marks on the crate', description: 'Required for customer_damage: the written reason' })
  note?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'For defect_confirmed: the CAPA (QA-4) opened on the case the return came from (POST /qa/capas)' })
  @IsOptional()
  @IsUUID('all', { message: 'capaId must be a UUID' })
  capaId?: string;
}

/** POST /qa/inspections/{id}/findings: findings for some or all lines; a line's later finding replaces its earlier one until the inspection completes. */
export class RecordInspectionFindingsDto {
  @ApiProperty({ type: [LineFindingDto], minItems: 1, maxItems: 500 })
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => LineFindingDto)
  findings!: LineFindingDto[];
}
