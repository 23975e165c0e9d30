import { SEVERITIES, type Severity } from '@aftersales/intake-domain';
import { LIMITS, Text, OptionalOneOf } from '@aftersales/platform';
import { ComplaintReasonDto } from '../withdraw-complaint/withdraw-complaint.request.dto';

export class EscalateDto extends ComplaintReasonDto {
  @Text(LIMITS.code, { example: 'business_head', description: 'Who it is reported to (IN-7)', maxLength: LIMITS.code })
  to!: string;

  @OptionalOneOf(SEVERITIES)
  severity?: Severity;
}
