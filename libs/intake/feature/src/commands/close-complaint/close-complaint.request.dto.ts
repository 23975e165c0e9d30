import { ApiProperty } from '@nestjs/swagger';
import { LIMITS, Text } from '@aftersales/platform';

export class CloseDto {
  @ApiProperty({ example: 'Panel replaced on site; customer satisfied', maxLength: LIMITS.text })
  @Text(LIMITS.text)
  resolutionSummary!: string;
}
