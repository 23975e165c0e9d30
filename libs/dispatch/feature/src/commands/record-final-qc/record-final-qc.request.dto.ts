import { LIMITS, NullableText } from '@aftersales/platform';

/** POST /work-orders/{id}/final-qc. */
export class RecordFinalQcDto {
  @NullableText(LIMITS.text, { example: 'Seal worn on the drive side' })
  note?: string;
}
