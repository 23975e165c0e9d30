import { LIMITS, Text } from '@aftersales/platform';

/** POST /work-orders/{id}/equipment-receipts. */
export class IssueEquipmentReceiptDto {
  @Text(LIMITS.code, { example: 'EQ-2026-0007' })
  receiptNumber!: string;

  @Text(LIMITS.text, { example: 'Pump head PX-200, serial SN-1' })
  items!: string;
}
