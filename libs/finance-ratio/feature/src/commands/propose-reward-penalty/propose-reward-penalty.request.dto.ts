import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { REWARD_PENALTY_KINDS, REWARD_PENALTY_STATUSES } from '@aftersales/finance-ratio-domain';
import type { RewardPenaltyKind, RewardPenaltyStatus } from '@aftersales/finance-ratio-domain';
import { LIMITS, OneOf, OptionalOneOf, OptionalText, PageQuery, Text } from '@aftersales/platform';

/** POST /finance/rewards-penalties. */
export class ProposeRewardPenaltyDto {
  @OneOf(REWARD_PENALTY_KINDS)
  kind!: RewardPenaltyKind;

  @Text(LIMITS.id, { example: 'tech-7', description: 'The person rewarded or fined' })
  subjectId!: string;

  @ApiProperty({ example: '2026-03', pattern: '^\\d{4}-(0[1-9]|1[0-2])$' })
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/)
  month!: string;

  @Text(24, { example: '200.00', description: 'A decimal string in the policy currency, within its range for the kind' })
  amount!: string;

  @Text(3, { example: 'CNY' })
  currency!: string;

  @Text(LIMITS.text, { example: 'Left the site without testing the repair: a second visit' })
  reason!: string;

  @Text(LIMITS.id, { example: 'cn-east' })
  region!: string;
}

/** POST /finance/rewards-penalties/{id}/approve. */
export class ApproveRewardPenaltyDto {
  @OptionalText(LIMITS.text, {})
  comment?: string;
}

/** POST /finance/rewards-penalties/{id}/reject. */
export class RejectRewardPenaltyDto {
  @Text(LIMITS.text, { example: 'No loss was caused' })
  reason!: string;
}

/** GET /finance/rewards-penalties. */
export class ListRewardsPenaltiesQuery extends PageQuery {
  @OptionalOneOf(REWARD_PENALTY_STATUSES)
  status?: RewardPenaltyStatus;
}
