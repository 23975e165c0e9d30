import { INSPECTION_VERDICTS, type InspectionVerdict } from '@aftersales/qa-domain';
import { LIMITS, OneOf, OptionalText } from '@aftersales/platform';

/** POST /qa/inspections/{id}/complete: QA signs (no line is customer damage), or refuses with the written reason (some line is). */
export class CompleteInspectionDto {
  @OneOf(INSPECTION_VERDICTS, { description: 'signed: QA\'s signature for booking (WR-5); refused: some line is customer damage (QA-6)' })
  verdict!: InspectionVerdict;

  @OptionalText(LIMITS.longText, { example: 'The housing of L2 was cracked in the customer\'s handling; the return is refused', description: 'Required when refused: the basis for refusing the return' })
  reason?: string;
}
