import { LIMITS, Reason, Text } from '@aftersales/platform';

/** POST /returns/{id}/approvals/refuse. */
export class RefuseReturnStepDto {
  @Text(64, { example: 'business_head_approval', description: 'The step open for signature (the policy\'s step id)' })
  step!: string;

  @Reason(LIMITS.text, { example: 'The goods were discontinued at the customer\'s request' })
  explanation!: string;
}
