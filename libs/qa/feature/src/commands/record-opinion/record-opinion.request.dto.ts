import { LIMITS, Text } from '@aftersales/platform';

export class OpinionDto {
  @Text(LIMITS.longText, { example: 'Scratch from packing; production to check the packing line' })
  opinion!: string;
}
