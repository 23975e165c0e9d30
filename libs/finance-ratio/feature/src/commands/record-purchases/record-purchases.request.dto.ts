import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsInt, Max, Min, ValidateNested } from 'class-validator';
import { IsLocalDate, LIMITS, OptionalText, Text } from '@aftersales/platform';

export class PurchaseLineDto {
  @Text(LIMITS.id, { example: 'PX-200', description: 'The model (QA\'s product.model): exchanges are valued at its unit price' })
  sku!: string;

  @ApiProperty({ example: 10, minimum: 1, maximum: LIMITS.quantity })
  @IsInt()
  @Min(1)
  @Max(LIMITS.quantity)
  quantity!: number;

  @Text(24, { example: '1230.50', description: 'A decimal string in the document\'s currency, at most its minor digits (never a JSON number: no float money)' })
  unitPrice!: string;
}

export class PurchaseDocumentDto {
  @Text(LIMITS.id, { example: 'SO-2026-00042', description: 'The sales system\'s number: the same document twice counts once; changed contents are a correction' })
  documentNumber!: string;

  @Text(LIMITS.id, { example: 'C-10086' })
  customerId!: string;

  @ApiProperty({ example: '2026-03-02', description: 'The document\'s date (local, in the policy\'s time zone)' })
  @IsLocalDate()
  documentDate!: string;

  @Text(LIMITS.id, { example: 'cn-east', description: 'The customer\'s region (its limit)' })
  region!: string;

  @OptionalText(LIMITS.id, { example: 'HT-2026-0042' })
  contractNumber?: string;

  @OptionalText(LIMITS.id, { example: 'sales-7', description: 'The sales rep: reads this customer\'s ratio' })
  salesRepId?: string;

  @Text(3, { example: 'CNY', description: 'ISO 4217' })
  currency!: string;

  @ApiProperty({ type: [PurchaseLineDto], minItems: 1, maxItems: 500 })
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => PurchaseLineDto)
  lines!: PurchaseLineDto[];
}

/** POST /finance/purchases: a batch of documents from the sales system. */
export class RecordPurchasesDto {
  @ApiProperty({ type: [PurchaseDocumentDto], minItems: 1, maxItems: 500 })
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => PurchaseDocumentDto)
  documents!: PurchaseDocumentDto[];
}
