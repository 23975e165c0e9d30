import { LIMITS, Text } from '@aftersales/platform';

/** POST /finance/alerts/{alertId}/acknowledge. */
export class AcknowledgeAlertDto {
  @Text(LIMITS.text, { example: 'Called the customer; a batch of PX-200 had a bad seal, CAPA open', maxLength: LIMITS.text })
  comment!: string;
}
