import { LIMITS, NullableText } from '@aftersales/platform';

/** POST /work-orders/{id}/diagnose. */
export class DiagnoseWorkOrderDto {
  @NullableText(LIMITS.text, { example: 'Seal worn on the drive side' })
  note?: string;
}
