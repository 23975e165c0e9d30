import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { DEPARTMENTS, type Department } from '@aftersales/qa-domain';
import { LIMITS, OptionalRefs, OptionalText, Text } from '@aftersales/platform';

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
