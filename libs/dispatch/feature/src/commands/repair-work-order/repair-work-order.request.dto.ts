import { LIMITS, NullableText } from '@aftersales/platform';

/** POST /work-orders/{id}/repair. */
export class RepairWorkOrderDto {
  @NullableText(LIMITS.text, { example: 'Seal worn on the drive side' })
  note?: string;
}
