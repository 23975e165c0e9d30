import { LIMITS, Reason } from '@aftersales/platform';

export class CancelCaseDto {
  @Reason(LIMITS.longText, {})
  reason!: string;
}
