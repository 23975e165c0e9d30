import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { DISPOSITIONS, type Disposition } from '@aftersales/qa-domain';
import { LIMITS, Text } from '@aftersales/platform';

export class PreliminaryReportDto {
  @ApiProperty({ example: 'Root cause needs a lab test (2 weeks); exchange the unit now' })
  @Text(LIMITS.longText)
  summary!: string;

  @ApiProperty({ enum: DISPOSITIONS })
  @IsIn(DISPOSITIONS)
  proposedDisposition!: Disposition;
}
