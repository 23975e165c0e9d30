import { LIMITS, NullableText } from '@aftersales/platform';

/** POST /work-orders/{id}/lead-check. */
export class RecordLeadCheckDto {
  @NullableText(LIMITS.text, { example: 'Seal worn on the drive side' })
  note?: string;
}
