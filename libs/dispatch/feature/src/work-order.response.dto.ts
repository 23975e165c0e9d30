import { ApiProperty } from '@nestjs/swagger';
import { ApiNullable, EXTERNAL_ID, INSTANT, LIMITS, PageResponseOf, REGION, REVISION, TimelineEntryResponse, UUID, text } from '@aftersales/platform';
import { WORK_ORDER_OBLIGATIONS, WORK_ORDER_STATUSES } from '@aftersales/dispatch-domain';
import type { WorkOrderObligation, WorkOrderStatus } from '@aftersales/dispatch-domain';
import type { ObligationOutcome } from '@aftersales/eventsourcing';

/*
 * The work order as GET/POST /work-orders answer it (WorkOrderResponse in presentation.ts). The
 * controllers return these classes, so tsc refuses a presentation that drifts from the document.
 */

const DEADLINE_STATES = ['open', 'met', 'missed', 'met_late', 'cancelled'] as const satisfies readonly ObligationOutcome[];

export class WorkOrderDeadlineResponse {
  @ApiProperty({ enum: WORK_ORDER_OBLIGATIONS })
  obligation!: WorkOrderObligation;

  @ApiProperty(INSTANT)
  dueAt!: string;

  @ApiProperty({ enum: DEADLINE_STATES })
  state!: ObligationOutcome;
}

export class WorkOrderResponseDto {
  @ApiProperty(UUID)
  workOrderId!: string;

  @ApiProperty({ ...EXTERNAL_ID, example: 'acme', description: "The caller's tenant" })
  tenantId!: string;

  @ApiProperty({ enum: WORK_ORDER_STATUSES })
  status!: WorkOrderStatus;

  @ApiProperty(REGION)
  region!: string;

  @ApiProperty({ ...EXTERNAL_ID, example: 'C-10086' })
  customerId!: string;

  @ApiProperty(text(LIMITS.text))
  subject!: string;

  @ApiNullable(text(LIMITS.text))
  resolution!: string | null;

  @ApiProperty({ type: [WorkOrderDeadlineResponse], maxItems: 20 })
  deadlines!: readonly WorkOrderDeadlineResponse[];

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

export class WorkOrderPageResponse extends PageResponseOf(WorkOrderResponseDto, 'WorkOrderPageBase') {}

export class WorkOrderTimelineResponse {
  @ApiProperty(UUID)
  workOrderId!: string;

  @ApiProperty({ type: [TimelineEntryResponse], maxItems: 10000 })
  events!: readonly TimelineEntryResponse[];
}
