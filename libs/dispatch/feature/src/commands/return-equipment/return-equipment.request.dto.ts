import { LIMITS, Text } from '@aftersales/platform';

/** POST /work-orders/{id}/equipment-returns. */
export class ReturnEquipmentDto {
  @Text(LIMITS.code, { example: 'EQ-2026-0007' })
  receiptNumber!: string;
}
