import { LIMITS, OptionalText } from '@aftersales/platform';

/** POST /returns/{id}/booking. */
export class BookReturnDto {
  @OptionalText(LIMITS.text, { example: 'Bay 12' })
  note?: string;
}
