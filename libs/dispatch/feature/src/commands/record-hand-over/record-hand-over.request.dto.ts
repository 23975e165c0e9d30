import { LIMITS, NullableText } from '@aftersales/platform';

/** POST /work-orders/{id}/hand-over. */
export class RecordHandOverDto {
  @NullableText(LIMITS.text, { example: 'Seal worn on the drive side' })
  note?: string;
}
