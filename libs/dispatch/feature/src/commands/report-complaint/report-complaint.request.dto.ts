import { LIMITS, Text } from '@aftersales/platform';

/** POST /work-orders/{id}/complaints. */
export class ReportComplaintDto {
  @Text(LIMITS.text, { example: 'The customer says the pump arrived damaged' })
  text!: string;
}
