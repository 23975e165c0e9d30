import { ApiProperty } from '@nestjs/swagger';
import { ApiNullable, EXTERNAL_ID, INSTANT, LIMITS, PageResponseOf, REGION, REVISION, TimelineEntryResponse, UUID, text } from '@aftersales/platform';
import { ARCHIVE_SUBMISSION_OBLIGATIONS, ARCHIVE_SUBMISSION_STATUSES } from '@aftersales/audit-domain';
import type { ArchiveSubmissionObligation, ArchiveSubmissionStatus } from '@aftersales/audit-domain';
import type { ObligationOutcome } from '@aftersales/eventsourcing';

/*
 * The archive submission as GET/POST /archive-submissions answer it (ArchiveSubmissionResponse in presentation.ts). The
 * controllers return these classes, so tsc refuses a presentation that drifts from the document.
 */

const DEADLINE_STATES = ['open', 'met', 'missed', 'met_late', 'cancelled'] as const satisfies readonly ObligationOutcome[];

export class ArchiveSubmissionDeadlineResponse {
  @ApiProperty({ enum: ARCHIVE_SUBMISSION_OBLIGATIONS })
  obligation!: ArchiveSubmissionObligation;

  @ApiProperty(INSTANT)
  dueAt!: string;

  @ApiProperty({ enum: DEADLINE_STATES })
  state!: ObligationOutcome;
}

export class ArchiveSubmissionResponseDto {
  @ApiProperty(UUID)
  archiveSubmissionId!: string;

  @ApiProperty({ ...EXTERNAL_ID, example: 'acme', description: "The caller's tenant" })
  tenantId!: string;

  @ApiProperty({ enum: ARCHIVE_SUBMISSION_STATUSES })
  status!: ArchiveSubmissionStatus;

  @ApiProperty(REGION)
  region!: string;

  @ApiProperty({ ...EXTERNAL_ID, example: 'C-10086' })
  customerId!: string;

  @ApiProperty(text(LIMITS.text))
  subject!: string;

  @ApiNullable(text(LIMITS.text))
  resolution!: string | null;

  @ApiProperty({ type: [ArchiveSubmissionDeadlineResponse], maxItems: 20 })
  deadlines!: readonly ArchiveSubmissionDeadlineResponse[];

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

export class ArchiveSubmissionPageResponse extends PageResponseOf(ArchiveSubmissionResponseDto, 'ArchiveSubmissionPageBase') {}

export class ArchiveSubmissionTimelineResponse {
  @ApiProperty(UUID)
  archiveSubmissionId!: string;

  @ApiProperty({ type: [TimelineEntryResponse], maxItems: 10000 })
  events!: readonly TimelineEntryResponse[];
}
