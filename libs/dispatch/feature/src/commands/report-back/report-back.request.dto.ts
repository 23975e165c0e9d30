import { LIMITS, Text } from '@aftersales/platform';

/** POST /work-orders/{id}/report. */
export class ReportBackDto {
  @Text(LIMITS.text, { example: 'Worn shaft seal' })
  cause!: string;

  @Text(LIMITS.text, { example: 'Seal replaced, pressure tested' })
  fix!: string;

  @Text(LIMITS.text, { example: 'SEAL-9 x1' })
  parts!: string;

  @Text(LIMITS.text, { example: 'Satisfied' })
  customerOpinion!: string;
}
