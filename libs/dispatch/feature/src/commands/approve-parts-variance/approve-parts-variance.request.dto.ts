import { LIMITS, Reason } from '@aftersales/platform';

/** POST /work-orders/{id}/parts-variance-approval. */
export class ApprovePartsVarianceDto {
  @Reason(LIMITS.text, { example: 'One seal damaged while fitting' })
  reason!: string;
}
