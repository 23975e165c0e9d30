import { LIMITS, Text } from '@aftersales/platform';

export class SummaryDto {
  @Text(LIMITS.longText, { example: 'Panel exchanged; fixture replaced' })
  summary!: string;
}
