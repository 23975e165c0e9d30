import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsBoolean,
  IsDefined,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import {
  CAPA_STATUSES,
  CASE_STATUSES,
  CATEGORIES,
  DEPARTMENTS,
  DISPOSITIONS,
  OUR_CAUSES,
  RESPONSIBILITIES,
  SEVERITIES,
  VERIFICATION_RESULTS,
} from '@aftersales/qa-domain';
import { IsInstantWithZone, IsLocalDate, LIMITS as SHARED_LIMITS, OptionalRefs, OptionalText, PageQuery, Reason, Refs, Text } from '@aftersales/platform';
import type { CapaStatus, CaseStatus, Category, Department, Disposition, OurCause, Responsibility, Severity, VerificationResult } from '@aftersales/qa-domain';

/** Field size limits: the platform's, and how many departments one instruction may name. */
export const LIMITS = { ...SHARED_LIMITS, departments: DEPARTMENTS.length } as const;

const MONTH = /^(19[7-9]\d|2\d{3})-(0[1-9]|1[0-2])$/;

const toBoolean = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

export class CaseProductDto {
  @ApiProperty({ example: 'PX-200' })
  @Text(LIMITS.code)
  model!: string;

  @ApiPropertyOptional({ example: 'SN-2026-000123' })
  @OptionalText(LIMITS.code)
  serialNumber?: string;

  @ApiPropertyOptional()
  @OptionalText(LIMITS.code)
  partNumber?: string;

  @ApiPropertyOptional({ example: 'HT-2026-0042' })
  @OptionalText(LIMITS.code)
  contractNumber?: string;

  @ApiPropertyOptional()
  @OptionalText(LIMITS.code)
  productLine?: string;
}

/** QA-1: a written quality feedback form a sales assistant enters by hand. */
export class OpenCaseDto {
  @ApiProperty({ example: 'cn-east' })
  @Text(LIMITS.id)
  region!: string;

  @ApiProperty({ example: '2026-03-03T10:00:00+08:00', description: 'When the form reached QA: deadlines run from here (QA-3)' })
  @IsInstantWithZone()
  receivedAt!: string;

  @ApiProperty({ enum: SEVERITIES })
  @IsIn(SEVERITIES)
  severity!: Severity;

  @ApiProperty({ example: 'C-10086' })
  @Text(LIMITS.id)
  customerId!: string;

  @ApiPropertyOptional({ example: '华东机械有限公司' })
  @OptionalText(LIMITS.name)
  customerName?: string;

  @ApiProperty({ type: CaseProductDto })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => CaseProductDto)
  product!: CaseProductDto;

  @ApiProperty({ enum: CATEGORIES })
  @IsIn(CATEGORIES)
  category!: Category;

  @ApiProperty({ example: 'pressure drop' })
  @Text(LIMITS.name)
  defectNature!: string;

  @ApiPropertyOptional({ example: 'valve seat' })
  @OptionalText(LIMITS.name)
  defectLocation?: string;

  @ApiProperty({ example: 2 })
  @IsInt()
  @Min(1)
  @Max(LIMITS.quantity)
  defectiveQuantity!: number;

  @ApiPropertyOptional({ example: 'exchange' })
  @OptionalText(LIMITS.code)
  requestedResolution?: string;

  @ApiPropertyOptional()
  @OptionalText(LIMITS.longText)
  description?: string;

  @ApiPropertyOptional({ example: 'QF-2026-0031', description: 'The paper form number' })
  @OptionalText(LIMITS.id)
  formRef?: string;

  @ApiPropertyOptional({ description: 'The sales rep who may read the case (besides the author)' })
  @OptionalText(LIMITS.id)
  salesRepId?: string;
}

export class SeverityDto {
  @ApiProperty({ enum: SEVERITIES })
  @IsIn(SEVERITIES)
  severity!: Severity;

  @ApiProperty({ example: 'Three units of one lot affected' })
  @Reason(LIMITS.longText)
  reason!: string;
}

export class OpinionDto {
  @ApiProperty({ example: 'Scratch from packing; production to check the packing line' })
  @Text(LIMITS.longText)
  opinion!: string;
}

export class InstructionDto {
  @ApiProperty({ enum: DEPARTMENTS })
  @IsIn(DEPARTMENTS)
  department!: Department;

  @ApiProperty({ example: 'Check the packing line fixtures and report the solution' })
  @Text(LIMITS.longText)
  instruction!: string;
}

export class InstructDto {
  @ApiProperty({ type: [InstructionDto] })
  @ArrayMinSize(1)
  @ArrayMaxSize(LIMITS.departments)
  @ArrayUnique((i: InstructionDto) => i?.department, { message: 'instructions must name each department once' })
  @ValidateNested({ each: true })
  @Type(() => InstructionDto)
  instructions!: InstructionDto[];
}

export class FindingsDto {
  @ApiProperty({ enum: DEPARTMENTS })
  @IsIn(DEPARTMENTS)
  department!: Department;

  @ApiProperty({ example: 'Fixture edge worn; scratches the panel when packed' })
  @Text(LIMITS.longText)
  findings!: string;

  @ApiPropertyOptional({ example: 'Replace the fixture; inspect panels before packing' })
  @OptionalText(LIMITS.longText)
  solution?: string;

  @ApiPropertyOptional()
  @OptionalText(LIMITS.longText)
  preventiveMeasures?: string;

  @ApiPropertyOptional({ type: [String], example: ['att-photo-7'] })
  @OptionalRefs()
  evidenceRefs?: string[];
}

export class DeterminationDto {
  @ApiProperty({ enum: RESPONSIBILITIES })
  @IsIn(RESPONSIBILITIES)
  responsibility!: Responsibility;

  @ApiPropertyOptional({ enum: OUR_CAUSES, description: 'Required when responsibility is ours' })
  @ValidateIf((_, value) => value !== undefined)
  @IsIn(OUR_CAUSES)
  ourCause?: OurCause;

  @ApiProperty({ example: 'Worn fixture on packing line 2' })
  @Text(LIMITS.longText)
  summary!: string;

  @ApiProperty({ type: [String], example: ['findings:production', 'att-photo-7'] })
  @Refs()
  evidenceRefs!: string[];

  @ApiPropertyOptional({ description: 'Required when the cause is not ours: the written result for the customer (QA-2)' })
  @OptionalText(LIMITS.longText)
  explanationToCustomer?: string;

  @ApiPropertyOptional({ description: 'Required when changing an earlier determination' })
  @OptionalText(LIMITS.longText)
  reason?: string;
}

export class PreliminaryReportDto {
  @ApiProperty({ example: 'Root cause needs a lab test (2 weeks); exchange the unit now' })
  @Text(LIMITS.longText)
  summary!: string;

  @ApiProperty({ enum: DISPOSITIONS })
  @IsIn(DISPOSITIONS)
  proposedDisposition!: Disposition;
}

export class ReviewDto {
  @ApiProperty({ description: 'true approves; false rejects (a note is then required)' })
  @IsBoolean()
  approve!: boolean;

  @ApiPropertyOptional()
  @OptionalText(LIMITS.longText)
  note?: string;
}

export class DispositionDto {
  @ApiProperty({ enum: DISPOSITIONS })
  @IsIn(DISPOSITIONS)
  disposition!: Disposition;

  @ApiPropertyOptional()
  @OptionalText(LIMITS.longText)
  note?: string;
}

export class SummaryDto {
  @ApiProperty({ example: 'Panel exchanged; fixture replaced' })
  @Text(LIMITS.longText)
  summary!: string;
}

export class CancelCaseDto {
  @ApiProperty()
  @Reason(LIMITS.longText)
  reason!: string;
}

export const CASE_SORTS = ['receivedAt', '-receivedAt', '-updatedAt'] as const;
export type CaseSort = (typeof CASE_SORTS)[number];

export class ListCasesQuery extends PageQuery {
  @ApiPropertyOptional({ enum: CASE_STATUSES })
  @IsOptional()
  @IsIn(CASE_STATUSES)
  status?: CaseStatus;

  @ApiPropertyOptional({ enum: SEVERITIES })
  @IsOptional()
  @IsIn(SEVERITIES)
  severity?: Severity;

  @ApiPropertyOptional({ enum: RESPONSIBILITIES })
  @IsOptional()
  @IsIn(RESPONSIBILITIES)
  responsibility?: Responsibility;

  @ApiPropertyOptional({ example: 'cn-east' })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.id)
  region?: string;

  @ApiPropertyOptional({ description: 'The intake complaint the case came from' })
  @IsOptional()
  @IsUUID('all', { message: 'complaintId must be a UUID' })
  complaintId?: string;

  @ApiPropertyOptional({ example: 'PX-200' })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.code)
  model?: string;

  @ApiPropertyOptional({ example: 'C-10086' })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.id)
  customer?: string;

  @ApiPropertyOptional({ example: '2026-03', description: 'Received in this month (region time)' })
  @IsOptional()
  @Matches(MONTH, { message: 'month must be YYYY-MM' })
  month?: string;

  @ApiPropertyOptional({ type: Boolean, description: 'Owes an obligation whose due time has passed (QA-3)' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  overdue?: boolean;

  @ApiPropertyOptional({ enum: CASE_SORTS, default: '-receivedAt' })
  @IsOptional()
  @IsIn(CASE_SORTS)
  sort?: CaseSort;
}

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

/** QA-4: one later shipment checked for the problem. */
export class VerificationDto {
  @ApiProperty({ example: 'SHP-2026-0410' })
  @Text(LIMITS.id)
  shipmentId!: string;

  @ApiPropertyOptional({ example: 'LOT-77' })
  @OptionalText(LIMITS.id)
  lotId?: string;

  @ApiProperty({ example: '2026-04-10' })
  @IsLocalDate()
  checkedOn!: string;

  @ApiProperty({ enum: VERIFICATION_RESULTS })
  @IsIn(VERIFICATION_RESULTS)
  result!: VerificationResult;

  @ApiPropertyOptional()
  @OptionalText(LIMITS.longText)
  note?: string;
}

export class CloseCapaDto {
  @ApiPropertyOptional()
  @OptionalText(LIMITS.longText)
  note?: string;
}

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

export class MonthlyReportQuery {
  @ApiProperty({ example: '2026-03' })
  @Matches(MONTH, { message: 'month must be YYYY-MM' })
  month!: string;

  @ApiPropertyOptional({ example: 'cn-east', description: 'One region; all regions when absent' })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.id)
  region?: string;
}
