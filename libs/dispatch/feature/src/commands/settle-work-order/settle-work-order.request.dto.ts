import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean } from 'class-validator';
import { LIMITS, OptionalText } from '@aftersales/platform';

/** POST /work-orders/{id}/settlement. */
export class SettleWorkOrderDto {
  @ApiProperty({ example: true, description: 'The customer confirmed the free items' })
  @IsBoolean()
  freeItemsConfirmed!: boolean;

  @OptionalText(LIMITS.code, { example: 'RCPT-2026-0001', description: 'Required when anything is charged' })
  receiptNumber?: string;
}
