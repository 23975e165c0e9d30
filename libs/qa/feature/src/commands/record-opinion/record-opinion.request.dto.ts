import { ApiProperty } from '@nestjs/swagger';
import { LIMITS, Text } from '@aftersales/platform';

export class OpinionDto {
  @ApiProperty({ example: 'Scratch from packing; production to check the packing line' })
  @Text(LIMITS.longText)
  opinion!: string;
}
