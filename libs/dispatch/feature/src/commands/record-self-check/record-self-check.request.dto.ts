import { LIMITS, NullableText } from '@aftersales/platform';

/** POST /work-orders/{id}/self-check. */
export class RecordSelfCheckDto {
  @NullableText(LIMITS.text, { example: 'Seal worn on the drive side' })
  note?: string;
}
