import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, IsInt, IsObject, Max, Min, ValidateNested } from 'class-validator';
import { CATEGORIES, SEVERITIES, type Category, type Severity } from '@aftersales/qa-domain';
import { IsInstantWithZone, LIMITS, OptionalText, Text, OneOf } from '@aftersales/platform';

export class CaseProductDto {
  @Text(LIMITS.code, { example: 'PX-200' })
  model!: string;

  @OptionalText(LIMITS.code, { example: 'SN-2026-000123' })
  serialNumber?: string;

  @OptionalText(LIMITS.code, {})
  partNumber?: string;

  @OptionalText(LIMITS.code, { example: 'HT-2026-0042' })
  contractNumber?: string;

  @OptionalText(LIMITS.code, {})
  productLine?: string;
}

/** QA-1: a written quality feedback form a sales assistant enters by hand. */
export class OpenCaseDto {
  @Text(LIMITS.id, { example: 'cn-east' })
  region!: string;

  @ApiProperty({ example: '2026-03-03T10:00:00+08:00', description: 'When the form reached QA: deadlines run from here (QA-3)' })
  @IsInstantWithZone()
  receivedAt!: string;

  @OneOf(SEVERITIES)
  severity!: Severity;

  @Text(LIMITS.id, { example: 'C-10086' })
  customerId!: string;

  @OptionalText(LIMITS.name, { example: '华东机械有限公司' })
  customerName?: string;

  @ApiProperty({ type: CaseProductDto })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => CaseProductDto)
  product!: CaseProductDto;

  @OneOf(CATEGORIES)
  category!: Category;

  @Text(LIMITS.name, { example: 'pressure drop' })
  defectNature!: string;

  @OptionalText(LIMITS.name, { example: 'valve seat' })
  defectLocation?: string;

  @ApiProperty({ example: 2 })
  @IsInt()
  @Min(1)
  @Max(LIMITS.quantity)
  defectiveQuantity!: number;

  @OptionalText(LIMITS.code, { example: 'exchange' })
  requestedResolution?: string;

  @OptionalText(LIMITS.longText, {})
  description?: string;

  @OptionalText(LIMITS.id, { example: 'QF-2026-0031', description: 'The paper form number' })
  formRef?: string;

  @OptionalText(LIMITS.id, { description: 'The sales rep who may read the case (besides the author)' })
  salesRepId?: string;
}
