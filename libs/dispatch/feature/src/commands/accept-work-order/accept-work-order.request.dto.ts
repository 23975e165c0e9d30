import { LIMITS, NullableText } from '@aftersales/platform';

/** POST /work-orders/{id}/accept. */
export class AcceptWorkOrderDto {
  @NullableText(LIMITS.text, { example: 'Seal worn on the drive side' })
  note?: string;
}
