import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { INVALIDITY_REASONS, type InvalidityReason } from '@aftersales/intake-domain';
import { LIMITS, Text } from '@aftersales/platform';

export class InvalidateDto {
  @ApiProperty({ enum: INVALIDITY_REASONS, example: 'not_our_product' })
  @IsIn(INVALIDITY_REASONS)
  reason!: InvalidityReason;

  @ApiProperty({ example: '经核实该产品非本公司生产，感谢您的反馈。', description: 'IN-6: the courteous explanation given to the customer', maxLength: LIMITS.text })
  @Text(LIMITS.text)
  explanationToCustomer!: string;
}
