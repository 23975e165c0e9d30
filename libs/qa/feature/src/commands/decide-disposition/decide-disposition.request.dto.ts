import { DISPOSITIONS, type Disposition } from '@aftersales/qa-domain';
import { LIMITS, OptionalText, OneOf } from '@aftersales/platform';

export class DispositionDto {
  @OneOf(DISPOSITIONS)
  disposition!: Disposition;

  @OptionalText(LIMITS.longText, {})
  note?: string;
}
