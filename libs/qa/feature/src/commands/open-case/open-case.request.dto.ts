import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, IsIn, IsInt, IsObject, Max, Min, ValidateNested } from 'class-validator';
import { CATEGORIES, SEVERITIES, type Category, type Severity } from '@aftersales/qa-domain';
import { IsInstantWithZone, LIMITS, OptionalText, Text } from '@aftersales/platform';

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
