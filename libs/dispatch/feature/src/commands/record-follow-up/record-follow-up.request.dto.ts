import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { FOLLOW_UP_OUTCOMES } from '@aftersales/dispatch-domain';
import type { FollowUpOutcome } from '@aftersales/dispatch-domain';
import { LIMITS, OneOf, OptionalText } from '@aftersales/platform';

/** POST /work-orders/{id}/follow-up. */
export class RecordFollowUpDto {
  @OneOf(FOLLOW_UP_OUTCOMES, { example: 'reached' })
  outcome!: FollowUpOutcome;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 5, example: 4 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(5)
  satisfaction?: number | null;

  @OptionalText(LIMITS.text, { example: 'The leak is back' })
  complaint?: string;

  @OptionalText(LIMITS.text, {})
  notes?: string;
}
