import { LIMITS, OptionalText, Text } from '@aftersales/platform';

/** POST /returns/{id}/approvals/sign. */
export class SignReturnStepDto {
  @Text(64, { example: 'after_sales_check', description: 'The step signed: the next of the reason\'s chain, or the exception or consent step (the policy\'s step ids)' })
  step!: string;

  @OptionalText(LIMITS.text, { example: 'Within the contract\'s exchange ratio' })
  comment?: string;
}
