import { ApiProperty } from '@nestjs/swagger';
import { ApiNullable, EXTERNAL_ID, INSTANT, LIMITS, LOCAL_DATE, PageResponseOf, REGION, REVISION, TimelineEntryResponse, UUID, text } from '@aftersales/platform';
import { ARCHIVE_SUBMISSION_KINDS, ARCHIVE_SUBMISSION_OBLIGATIONS, ARCHIVE_SUBMISSION_STATUSES } from '@aftersales/audit-domain';
import type { ArchiveSubmissionKind, ArchiveSubmissionObligation, ArchiveSubmissionStatus } from '@aftersales/audit-domain';
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

export class ArchivePeriodResponse {
  @ApiProperty({ ...text(10), example: '2026-03', description: '`2026-Q1` (quarter), `2026-03` (month) or `2026-W10` (ISO week)' })
  key!: string;

  @ApiProperty({ ...LOCAL_DATE, description: 'First day of the period (local date in the region)' })
  start!: string;

  @ApiProperty({ ...LOCAL_DATE, description: 'The day after the period (exclusive)' })
  end!: string;

  @ApiProperty({ ...LOCAL_DATE, description: 'Due by the end of this day in the region (AU-3)' })
  dueOn!: string;
}

export class SubmittedDocumentResponse {
  @ApiProperty({ ...text(LIMITS.text), example: '2026年3月派工单' })
  title!: string;

  @ApiProperty({ ...text(LIMITS.id), example: 'ARC-2026-03-WO', description: 'Where the archived copy is (file number, document-system reference)' })
  reference!: string;
}

export class ArchiveSubmissionRecordResponse {
  @ApiProperty(EXTERNAL_ID)
  submittedBy!: string;

  @ApiProperty(INSTANT)
  submittedAt!: string;

  @ApiProperty({ type: SubmittedDocumentResponse })
  document!: SubmittedDocumentResponse;

  @ApiNullable(text(LIMITS.text))
  note!: string | null;

  @ApiProperty({ description: 'Submitted after its due time' })
  late!: boolean;
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

  @ApiProperty({ enum: ARCHIVE_SUBMISSION_KINDS, description: 'What the archive schedule asks for (AU-3)' })
  kind!: ArchiveSubmissionKind;

  @ApiProperty({ type: ArchivePeriodResponse })
  period!: ArchivePeriodResponse;

  @ApiProperty({ ...text(LIMITS.id), example: 'archive-schedule/2026.1' })
  scheduleVersion!: string;

  @ApiProperty({ ...INSTANT, description: 'Due at the end of `period.dueOn` in the region' })
  dueAt!: string;

  @ApiNullable({ type: ArchiveSubmissionRecordResponse, description: 'Who handed what to the archive, and when; null while expected' })
  submission!: ArchiveSubmissionRecordResponse | null;

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
