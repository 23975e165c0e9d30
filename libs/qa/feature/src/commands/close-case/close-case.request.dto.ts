import { ApiProperty } from '@nestjs/swagger';
import { LIMITS, Text } from '@aftersales/platform';

export class SummaryDto {
  @ApiProperty({ example: 'Panel exchanged; fixture replaced' })
  @Text(LIMITS.longText)
  summary!: string;
}
