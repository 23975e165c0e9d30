import { LIMITS, Text } from '@aftersales/platform';

/** POST /audit/archive-submissions/{id}/close. */
export class CloseArchiveSubmissionDto {
  @Text(LIMITS.text, { example: 'Seal replaced on site', maxLength: LIMITS.text })
  resolution!: string;
}
