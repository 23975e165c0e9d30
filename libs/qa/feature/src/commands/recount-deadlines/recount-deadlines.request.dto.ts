import { LIMITS, Reason } from '@aftersales/platform';

export class RecountDeadlinesDto {
  @Reason(LIMITS.longText, { example: 'the 2027 holidays were published' })
  reason!: string;
}
