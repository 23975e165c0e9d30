import { LIMITS, Reason } from '@aftersales/platform';

export class ComplaintReasonDto {
  @Reason(LIMITS.text, { example: 'The customer solved it with the manual', maxLength: LIMITS.text })
  reason!: string;
}
