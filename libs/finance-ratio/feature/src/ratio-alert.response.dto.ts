import { ApiProperty } from '@nestjs/swagger';
import { ApiNullable, EXTERNAL_ID, INSTANT, LIMITS, PageResponseOf, REGION, REVISION, TimelineEntryResponse, UUID, text } from '@aftersales/platform';
import { RATIO_ALERT_OBLIGATIONS, RATIO_ALERT_STATUSES } from '@aftersales/finance-ratio-domain';
import type { RatioAlertObligation, RatioAlertStatus } from '@aftersales/finance-ratio-domain';
import type { ObligationOutcome } from '@aftersales/eventsourcing';

/*
 * The ratio alert as GET/POST /ratio-alerts answer it (RatioAlertResponse in presentation.ts). The
 * controllers return these classes, so tsc refuses a presentation that drifts from the document.
 */

const DEADLINE_STATES = ['open', 'met', 'missed', 'met_late', 'cancelled'] as const satisfies readonly ObligationOutcome[];

export class RatioAlertDeadlineResponse {
  @ApiProperty({ enum: RATIO_ALERT_OBLIGATIONS })
  obligation!: RatioAlertObligation;

  @ApiProperty(INSTANT)
  dueAt!: string;

  @ApiProperty({ enum: DEADLINE_STATES })
  state!: ObligationOutcome;
}

export class RatioAlertResponseDto {
  @ApiProperty(UUID)
  ratioAlertId!: string;

  @ApiProperty({ ...EXTERNAL_ID, example: 'acme', description: "The caller's tenant" })
  tenantId!: string;

  @ApiProperty({ enum: RATIO_ALERT_STATUSES })
  status!: RatioAlertStatus;

  @ApiProperty(REGION)
  region!: string;

  @ApiProperty({ ...EXTERNAL_ID, example: 'C-10086' })
  customerId!: string;

  @ApiProperty(text(LIMITS.text))
  subject!: string;

  @ApiNullable(text(LIMITS.text))
  resolution!: string | null;

  @ApiProperty({ type: [RatioAlertDeadlineResponse], maxItems: 20 })
  deadlines!: readonly RatioAlertDeadlineResponse[];

  @ApiNullable({ ...INSTANT, description: 'Earliest due time still ahead among obligations still owed; null when none' })
  nextDueAt!: string | null;

  @ApiProperty({ description: 'An obligation still owed is past its due time' })
  overdue!: boolean;

  @ApiProperty(EXTERNAL_ID)
  openedBy!: string;

  @ApiProperty(INSTANT)
  openedAt!: string;

  @ApiProperty(INSTANT)
  updatedAt!: string;

  @ApiProperty(REVISION)
  revision!: string;
}

export class RatioAlertPageResponse extends PageResponseOf(RatioAlertResponseDto, 'RatioAlertPageBase') {}

export class RatioAlertTimelineResponse {
  @ApiProperty(UUID)
  ratioAlertId!: string;

  @ApiProperty({ type: [TimelineEntryResponse], maxItems: 10000 })
  events!: readonly TimelineEntryResponse[];
}
