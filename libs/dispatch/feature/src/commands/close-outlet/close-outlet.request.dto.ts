import { LIMITS, Reason } from '@aftersales/platform';

/** POST /outlets/{id}/close. */
export class CloseOutletDto {
  @Reason(LIMITS.text, { example: 'Moved to a new address' })
  reason!: string;
}
