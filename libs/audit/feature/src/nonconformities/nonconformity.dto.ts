import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean, IsString, MaxLength } from 'class-validator';
import { NONCONFORMITY_SEVERITIES, NONCONFORMITY_STATUSES } from '@aftersales/audit-domain';
import type { NonconformitySeverity, NonconformityStatus } from '@aftersales/audit-domain';
import { ApiNullable, EXTERNAL_ID, INSTANT, IsLocalDate, LIMITS, LOCAL_DATE, OneOf, OptionalOneOf, OptionalText, PageQuery, PageResponseOf, REGION, REVISION, Text, UUID, text } from '@aftersales/platform';

/** POST /audit/nonconformities. */
export class RaiseNonconformityDto {
  @ApiProperty({ example: 'cn-east', description: 'A calendar region (its time zone ends the corrective action\'s due date)' })
  @IsString()
  @MaxLength(LIMITS.id)
  region!: string;

  @Text(LIMITS.id, { example: 'GB/T 27922 5.3', maxLength: LIMITS.id, description: 'The requirement or clause the finding is against' })
  clause!: string;

  @Text(LIMITS.text, { example: '3月两次上门超时未记录原因', maxLength: LIMITS.text })
  finding!: string;

  @OneOf(NONCONFORMITY_SEVERITIES, { example: 'minor' })
  severity!: NonconformitySeverity;
}

/** POST /audit/nonconformities/{id}/corrective-action. */
export class PlanCorrectiveActionDto {
  @Text(LIMITS.text, { example: '派工系统强制填写超时原因', maxLength: LIMITS.text })
  action!: string;

  @Text(LIMITS.id, { example: 'ops-1', maxLength: LIMITS.id, description: 'Who carries it out' })
  ownerId!: string;

  @ApiProperty({ ...LOCAL_DATE, description: 'Due by the end of this day in the region' })
  @IsLocalDate()
  dueOn!: string;
}

/** POST /audit/nonconformities/{id}/effectiveness-check. */
export class CheckEffectivenessDto {
  @ApiProperty({ description: 'The action worked: the nonconformity closes; otherwise it needs another corrective action' })
  @IsBoolean()
  effective!: boolean;

  @Text(LIMITS.text, { example: '抽查4月20单，均已填写', maxLength: LIMITS.text })
  note!: string;
}

export class ListNonconformitiesQuery extends PageQuery {
  @OptionalOneOf(NONCONFORMITY_STATUSES)
  status?: NonconformityStatus;

  @OptionalText(64, { description: 'Only this region', example: 'cn-east' })
  region?: string;
}

export class EffectivenessCheckResponse {
  @ApiProperty()
  effective!: boolean;

  @ApiProperty(text(LIMITS.text))
  note!: string;

  @ApiProperty(EXTERNAL_ID)
  checkedBy!: string;

  @ApiProperty(INSTANT)
  checkedAt!: string;

  @ApiProperty({ description: 'Checked after the action was due' })
  late!: boolean;
}

export class CorrectiveActionResponse {
  @ApiProperty({ minimum: 1 })
  round!: number;

  @ApiProperty(text(LIMITS.text))
  action!: string;

  @ApiProperty(EXTERNAL_ID)
  ownerId!: string;

  @ApiProperty(LOCAL_DATE)
  dueOn!: string;

  @ApiProperty(INSTANT)
  dueAt!: string;

  @ApiProperty(EXTERNAL_ID)
  plannedBy!: string;

  @ApiProperty(INSTANT)
  plannedAt!: string;

  @ApiProperty({ description: 'Recorded past its due time' })
  overdue!: boolean;

  @ApiNullable({ type: EffectivenessCheckResponse })
  check!: EffectivenessCheckResponse | null;
}

export class NonconformityResponse {
  @ApiProperty(UUID)
  nonconformityId!: string;

  @ApiProperty({ ...EXTERNAL_ID, example: 'acme' })
  tenantId!: string;

  @ApiProperty(REGION)
  region!: string;

  @ApiProperty(text(LIMITS.id))
  clause!: string;

  @ApiProperty(text(LIMITS.text))
  finding!: string;

  @ApiProperty({ enum: NONCONFORMITY_SEVERITIES })
  severity!: NonconformitySeverity;

  @ApiProperty({ enum: NONCONFORMITY_STATUSES })
  status!: NonconformityStatus;

  @ApiProperty(EXTERNAL_ID)
  raisedBy!: string;

  @ApiProperty(INSTANT)
  raisedAt!: string;

  @ApiProperty({ type: [CorrectiveActionResponse], maxItems: 1000 })
  actions!: readonly CorrectiveActionResponse[];

  @ApiProperty(INSTANT)
  updatedAt!: string;

  @ApiProperty(REVISION)
  revision!: string;
}

export class NonconformityPageResponse extends PageResponseOf(NonconformityResponse, 'NonconformityPageBase') {}
