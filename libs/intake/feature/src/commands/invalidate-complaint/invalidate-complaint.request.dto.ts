import { INVALIDITY_REASONS, type InvalidityReason } from '@aftersales/intake-domain';
import { LIMITS, Text, OneOf } from '@aftersales/platform';

export class InvalidateDto {
  @OneOf(INVALIDITY_REASONS, { example: 'not_our_product' })
  reason!: InvalidityReason;

  @Text(LIMITS.text, { example: '经核实该产品非本公司生产，感谢您的反馈。', description: 'IN-6: the courteous explanation given to the customer', maxLength: LIMITS.text })
  explanationToCustomer!: string;
}
