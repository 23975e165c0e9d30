import { ApiProperty } from '@nestjs/swagger';
import { ApiNullable, EXTERNAL_ID, INSTANT, LIMITS, PageResponseOf, REGION, REVISION, TimelineEntryResponse, UUID, text } from '@aftersales/platform';
import { RETURN_REQUEST_OBLIGATIONS, RETURN_REQUEST_STATUSES } from '@aftersales/warehouse-returns-domain';
import type { ReturnRequestObligation, ReturnRequestStatus } from '@aftersales/warehouse-returns-domain';
import type { ObligationOutcome } from '@aftersales/eventsourcing';

/*
 * The return request as GET/POST /return-requests answer it (ReturnRequestResponse in presentation.ts). The
 * controllers return these classes, so tsc refuses a presentation that drifts from the document.
 */

const DEADLINE_STATES = ['open', 'met', 'missed', 'met_late', 'cancelled'] as const satisfies readonly ObligationOutcome[];

export class ReturnRequestDeadlineResponse {
  @ApiProperty({ enum: RETURN_REQUEST_OBLIGATIONS })
  obligation!: ReturnRequestObligation;

  @ApiProperty(INSTANT)
  dueAt!: string;

  @ApiProperty({ enum: DEADLINE_STATES })
  state!: ObligationOutcome;
}

export class ReturnRequestResponseDto {
  @ApiProperty(UUID)
  returnRequestId!: string;

  @ApiProperty({ ...EXTERNAL_ID, example: 'acme', description: "The caller's tenant" })
  tenantId!: string;

  @ApiProperty({ enum: RETURN_REQUEST_STATUSES })
  status!: ReturnRequestStatus;

  @ApiProperty(REGION)
  region!: string;

  @ApiProperty({ ...EXTERNAL_ID, example: 'C-10086' })
  customerId!: string;

  @ApiProperty(text(LIMITS.text))
  subject!: string;

  @ApiNullable(text(LIMITS.text))
  resolution!: string | null;

  @ApiProperty({ type: [ReturnRequestDeadlineResponse], maxItems: 20 })
  deadlines!: readonly ReturnRequestDeadlineResponse[];

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

export class ReturnRequestPageResponse extends PageResponseOf(ReturnRequestResponseDto, 'ReturnRequestPageBase') {}

export class ReturnRequestTimelineResponse {
  @ApiProperty(UUID)
  returnRequestId!: string;

  @ApiProperty({ type: [TimelineEntryResponse], maxItems: 10000 })
  events!: readonly TimelineEntryResponse[];
}
