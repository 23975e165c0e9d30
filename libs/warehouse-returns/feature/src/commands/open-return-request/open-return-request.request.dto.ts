import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';
import { LIMITS, OneOf, OptionalText, Text } from '@aftersales/platform';
import { RETURN_REASONS } from '@aftersales/warehouse-returns-domain';
import type { ReturnReason } from '@aftersales/warehouse-returns-domain';
import { ReturnLineDto, ReturnLines } from '../../return-line.request.dto';

/** POST /returns: a return request entered by the after-sales section (WR-1). */
export class OpenReturnRequestDto {
  @ApiProperty({ example: 'cn-east', description: 'A calendar region (its working days count the return note\'s due time)' })
  @IsString()
  @MaxLength(LIMITS.id)
  region!: string;

  @Text(LIMITS.id, { example: 'C-10086' })
  customerId!: string;

  @OneOf(RETURN_REASONS, { example: 'unsalable', description: 'unsalable stock, a quality defect, or the customer\'s over- or wrong ordering' })
  reason!: ReturnReason;

  @ReturnLines()
  lines!: ReturnLineDto[];

  @OptionalText(LIMITS.text, { example: 'Slow-moving stock at the distributor' })
  note?: string;
}
