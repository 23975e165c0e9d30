import { LIMITS, OptionalText } from '@aftersales/platform';

/** POST /returns/{id}/arrival. */
export class RecordArrivalDto {
  @OptionalText(LIMITS.text, { example: 'Dock 2' })
  note?: string;
}
