import { LIMITS, Text } from '@aftersales/platform';

export class CloseDto {
  @Text(LIMITS.text, { example: 'Panel replaced on site; customer satisfied', maxLength: LIMITS.text })
  resolutionSummary!: string;
}
