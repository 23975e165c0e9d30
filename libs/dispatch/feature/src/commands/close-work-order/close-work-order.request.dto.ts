import { LIMITS, Text } from '@aftersales/platform';

/** POST /dispatch/work-orders/{id}/close. */
export class CloseWorkOrderDto {
  @Text(LIMITS.text, { example: 'Seal replaced on site', maxLength: LIMITS.text })
  resolution!: string;
}
