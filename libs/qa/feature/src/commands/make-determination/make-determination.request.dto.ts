import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, ValidateIf } from 'class-validator';
import { OUR_CAUSES, RESPONSIBILITIES, type OurCause, type Responsibility } from '@aftersales/qa-domain';
import { LIMITS, OptionalText, Refs, Text, OneOf } from '@aftersales/platform';

export class DeterminationDto {
  @OneOf(RESPONSIBILITIES)
  responsibility!: Responsibility;

  @ApiPropertyOptional({ enum: OUR_CAUSES, description: 'Required when responsibility is ours' })
  @ValidateIf((_, value) => value !== undefined)
  @IsIn(OUR_CAUSES)
  ourCause?: OurCause;

  @Text(LIMITS.longText, { example: 'Worn fixture on packing line 2' })
  summary!: string;

  @Refs(LIMITS.refs, { type: [String], example: ['findings:production', 'att-photo-7'] })
  evidenceRefs!: string[];

  @OptionalText(LIMITS.longText, { description: 'Required when the cause is not ours: the written result for the customer (QA-2)' })
  explanationToCustomer?: string;

  @OptionalText(LIMITS.longText, { description: 'Required when changing an earlier determination' })
  reason?: string;
}
