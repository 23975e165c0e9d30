import { LIMITS, Text } from '@aftersales/platform';

/** POST /finance-ratio/ratio-alerts/{id}/close. */
export class CloseRatioAlertDto {
  @Text(LIMITS.text, { example: 'Seal replaced on site', maxLength: LIMITS.text })
  resolution!: string;
}
