import { LIMITS, OneOf, Reason, Text } from '@aftersales/platform';
import { SERIAL_RESOLUTIONS, SerialResolution } from '@aftersales/warehouse-returns-domain';

/** POST /returns/{id}/receipts/serial-mismatches. */
export class ResolveSerialMismatchDto {
  @Text(LIMITS.id, { example: 'L1' })
  lineId!: string;

  @OneOf(SERIAL_RESOLUTIONS, { example: 'accept_received' })
  resolution!: SerialResolution;

  @Reason(LIMITS.text, { example: 'Label swapped at dispatch; the unit is the one delivered' })
  comment!: string;
}
