import { LIMITS, NullableText } from '@aftersales/platform';

/** POST /work-orders/{id}/travel. */
export class TravelWorkOrderDto {
  @NullableText(LIMITS.text, { example: 'Seal worn on the drive side' })
  note?: string;
}
