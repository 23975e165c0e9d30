import { CONDUCT_KINDS } from '@aftersales/dispatch-domain';
import type { ConductKind } from '@aftersales/dispatch-domain';
import { LIMITS, NullableText, OneOf } from '@aftersales/platform';

/** POST /work-orders/{id}/conduct. */
export class RecordConductDto {
  @OneOf(CONDUCT_KINDS, { example: 'late_arrival' })
  kind!: ConductKind;

  @NullableText(LIMITS.text, { example: 'Arrived three hours late without notice' })
  note?: string;
}
