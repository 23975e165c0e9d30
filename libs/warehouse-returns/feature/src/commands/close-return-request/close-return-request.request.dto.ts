import { LIMITS, Text } from '@aftersales/platform';

/** POST /warehouse-returns/return-requests/{id}/close. */
export class CloseReturnRequestDto {
  @Text(LIMITS.text, { example: 'Seal replaced on site', maxLength: LIMITS.text })
  resolution!: string;
}
