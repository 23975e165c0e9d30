import { LIMITS, NullableText } from '@aftersales/platform';

export class NoteDto {
  @NullableText(LIMITS.text, { example: 'Called the customer back; technician to call tomorrow', maxLength: LIMITS.text })
  note?: string;
}
