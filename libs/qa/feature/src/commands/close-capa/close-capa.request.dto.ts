import { LIMITS, OptionalText } from '@aftersales/platform';

export class CloseCapaDto {
  @OptionalText(LIMITS.longText, {})
  note?: string;
}
