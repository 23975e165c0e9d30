import { LIMITS, OptionalText } from '@aftersales/platform';

/** POST /returns/{id}/return-note. */
export class SendReturnNoteDto {
  @OptionalText(LIMITS.text, { example: 'Sent by e-mail to purchasing@customer.example' })
  note?: string;
}
