import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, ValidateIf } from 'class-validator';
import { OUR_CAUSES, RESPONSIBILITIES, type OurCause, type Responsibility } from '@aftersales/qa-domain';
import { LIMITS, OptionalText, Refs, Text } from '@aftersales/platform';

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
