import { LIMITS, OptionalText } from '@aftersales/platform';

/** POST /returns/{id}/pickup. */
export class RecordPickupDto {
  @OptionalText(LIMITS.text, { example: '2 pallets' })
  note?: string;
}
