import { COST_CATEGORIES, COST_CAUSES } from '@aftersales/finance-ratio-domain';
import type { CostCategory, CostCause } from '@aftersales/finance-ratio-domain';
import { ApiProperty } from '@nestjs/swagger';
import { IsLocalDate, LIMITS, OneOf, OptionalText, Text } from '@aftersales/platform';

/** POST /finance/ledger/entries: a manual quality-cost entry. */
export class RecordCostEntryDto {
  @OneOf(COST_CATEGORIES)
  category!: CostCategory;

  @Text(24, { example: '320.50', description: 'A positive decimal string in the currency, at most its minor digits' })
  amount!: string;

  @Text(3, { example: 'CNY' })
  currency!: string;

  @ApiProperty({ example: '2026-03-04', description: 'The local date the cost belongs to' })
  @IsLocalDate()
  occurredOn!: string;

  @Text(LIMITS.id, { example: 'C-10086' })
  customerId!: string;

  @Text(LIMITS.id, { example: 'cn-east' })
  region!: string;

  @OptionalText(LIMITS.id, { example: 'case-42', description: 'The case, work order or return' })
  caseRef?: string;

  @OneOf(COST_CAUSES, { description: 'What caused it: the attribution rules (FR-3) name the party that bears it' })
  cause!: CostCause;

  @OptionalText(LIMITS.id, { example: 'sales-7', description: 'Required when the cause is the sales rep\'s' })
  salesRepId?: string;

  @OptionalText(LIMITS.text, {})
  note?: string;
}

/** POST /finance/ledger/entries/{entryId}/adjustments: a new entry correcting one (never an edit). */
export class AdjustCostEntryDto {
  @Text(25, { example: '-20.00', description: 'A signed decimal string in the entry\'s currency: negative takes back' })
  amount!: string;

  @Text(LIMITS.text, { example: 'Freight was invoiced twice' })
  note!: string;
}
