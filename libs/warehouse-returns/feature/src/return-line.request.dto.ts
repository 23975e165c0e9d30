import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsInt, Max, Min, ValidateNested } from 'class-validator';
import { LIMITS, NullableText, Text } from '@aftersales/platform';
import type { LineRequest } from '@aftersales/warehouse-returns-domain';

/** One line of a return request as entered (WR-1): the price, date and sales rep come from finance's delivery. */
export class ReturnLineDto {
  @Text(LIMITS.id, { example: 'L1', description: 'Unique within the request; an amendment names the lines it keeps by it' })
  lineId!: string;

  @Text(LIMITS.id, { example: 'PUMP-3' })
  sku!: string;

  @NullableText(LIMITS.id, { type: String, nullable: true, example: 'SN-100', description: 'The serial authorised to come back, null where none is known' })
  serialNumber?: string | null;

  @ApiProperty({ example: 2, minimum: 1, maximum: LIMITS.quantity })
  @IsInt()
  @Min(1)
  @Max(LIMITS.quantity)
  quantity!: number;

  @Text(LIMITS.id, { example: 'D-2026-0001', description: 'The purchase (delivery) document finance published (finance-ratio.public.PurchaseDocumentRecorded)' })
  deliveryDocument!: string;
}

/** The lines field of a create or an amendment. */
export function ReturnLines(): PropertyDecorator {
  return (target, key) => {
    ApiProperty({ type: [ReturnLineDto], minItems: 1, maxItems: 200 })(target, key);
    ArrayMinSize(1)(target, key);
    ArrayMaxSize(200)(target, key);
    ValidateNested({ each: true })(target, key);
    Type(() => ReturnLineDto)(target, key);
  };
}

/** The domain's line requests from the body. */
export function lineRequests(lines: readonly ReturnLineDto[]): LineRequest[] {
  return lines.map((l) => ({ lineId: l.lineId, sku: l.sku, serialNumber: l.serialNumber ?? null, quantity: l.quantity, deliveryDocument: l.deliveryDocument }));
}
