import { DISPOSITIONS, type Disposition } from '@aftersales/qa-domain';
import { LIMITS, Text, OneOf } from '@aftersales/platform';

export class PreliminaryReportDto {
  @Text(LIMITS.longText, { example: 'Root cause needs a lab test (2 weeks); exchange the unit now' })
  summary!: string;

  @OneOf(DISPOSITIONS)
  proposedDisposition!: Disposition;
}
