import { SEVERITIES, type Severity } from '@aftersales/qa-domain';
import { LIMITS, Reason, OneOf } from '@aftersales/platform';

export class SeverityDto {
  @OneOf(SEVERITIES)
  severity!: Severity;

  @Reason(LIMITS.longText, { example: 'Three units of one lot affected' })
  reason!: string;
}
