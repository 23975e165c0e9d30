import { ApiExtraModels, ApiProperty, ApiPropertyOptions, getSchemaPath } from '@nestjs/swagger';
import { ApiNullable, COUNT, EXTERNAL_ID, INSTANT, LIMITS, LOCAL_DATE, MONTH, PageResponseOf, REGION, REVISION, TimelineEntryResponse, UUID, text } from '@aftersales/platform';
import { CASE_STATUSES, CATEGORIES, DEPARTMENTS, DISPOSITIONS, OUR_CAUSES, RESPONSIBILITIES, SEVERITIES, VERIFICATION_RESULTS } from '@aftersales/qa-domain';
import type { CaseSource, CaseStatus, Category, DeadlineOutcome, Department, Disposition, OurCause, Responsibility, Severity, VerificationResult } from '@aftersales/qa-domain';
import { REPAIR_STATUSES, RepairStatus } from './dispatch-repair-outcomes';

/*
 * Quality cases, CAPAs and the monthly report as the QA endpoints answer them (presentation.ts).
 * The controllers return these classes, so tsc refuses a presentation that drifts from the document.
 */

const DEADLINE_OUTCOMES = ['open', 'met', 'met_late', 'missed', 'cancelled'] as const satisfies readonly DeadlineOutcome[];
const OBLIGATION = text(40, { pattern: '^(qa_opinion|solution:[a-z_]+)$', example: 'qa_opinion', description: '`qa_opinion`, or `solution:<department>` (QA-3)' });

export class ComplaintSourceResponse {
  @ApiProperty({ enum: ['complaint'] })
  kind!: 'complaint';

  @ApiProperty(UUID)
  complaintId!: string;
}

export class FeedbackFormSourceResponse {
  @ApiProperty({ enum: ['feedback_form'] })
  kind!: 'feedback_form';

  @ApiNullable(text(LIMITS.code, { example: 'QF-2026-0031' }))
  formRef!: string | null;
}

export class CaseProductResponse {
  @ApiProperty(text(LIMITS.code, { example: 'PX-200' }))
  model!: string;

  @ApiNullable(text(LIMITS.code))
  serialNumber!: string | null;

  @ApiNullable(text(LIMITS.code))
  partNumber!: string | null;

  @ApiNullable(text(LIMITS.code))
  contractNumber!: string | null;

  @ApiNullable(text(LIMITS.id))
  productLine!: string | null;
}

export class CaseSubjectResponse {
  @ApiProperty(EXTERNAL_ID)
  customerId!: string;

  @ApiNullable(text(LIMITS.name))
  customerName!: string | null;

  @ApiProperty({ type: CaseProductResponse })
  product!: CaseProductResponse;

  @ApiProperty({ enum: CATEGORIES })
  category!: Category;

  @ApiProperty(text(LIMITS.name))
  defectNature!: string;

  @ApiNullable(text(LIMITS.name))
  defectLocation!: string | null;

  @ApiProperty({ type: Number, format: 'int32', minimum: 0, maximum: LIMITS.quantity })
  defectiveQuantity!: number;

  @ApiNullable(text(LIMITS.code))
  requestedResolution!: string | null;

  @ApiNullable(text(LIMITS.longText))
  description!: string | null;
}

export class OpinionResponse {
  @ApiProperty(text(LIMITS.longText))
  text!: string;

  @ApiProperty(EXTERNAL_ID)
  by!: string;

  @ApiProperty(INSTANT)
  at!: string;

  @ApiProperty({ description: 'Recorded after its QA-3 deadline' })
  late!: boolean;
}

export class InstructionResponse {
  @ApiProperty({ enum: DEPARTMENTS })
  department!: Department;

  @ApiProperty(text(LIMITS.longText))
  instruction!: string;

  @ApiProperty(INSTANT)
  at!: string;
}

export class FindingsResponse {
  @ApiProperty({ enum: DEPARTMENTS })
  department!: Department;

  @ApiProperty(text(LIMITS.longText))
  findings!: string;

  @ApiNullable(text(LIMITS.longText))
  solution!: string | null;

  @ApiNullable(text(LIMITS.longText))
  preventiveMeasures!: string | null;

  @ApiProperty({ type: 'array', items: { type: 'string', maxLength: LIMITS.name }, maxItems: LIMITS.refs })
  evidenceRefs!: readonly string[];

  @ApiProperty(EXTERNAL_ID)
  recordedBy!: string;

  @ApiProperty(INSTANT)
  recordedAt!: string;

  @ApiProperty()
  late!: boolean;
}

export class DeterminationResponse {
  @ApiProperty({ enum: RESPONSIBILITIES })
  responsibility!: Responsibility;

  @ApiNullable({ enum: OUR_CAUSES })
  ourCause!: OurCause | null;

  @ApiProperty(text(LIMITS.longText))
  summary!: string;

  @ApiProperty({ type: 'array', items: { type: 'string', maxLength: LIMITS.name }, maxItems: LIMITS.refs })
  evidenceRefs!: readonly string[];

  @ApiNullable(text(LIMITS.longText))
  explanationToCustomer!: string | null;

  @ApiProperty({ description: 'QA-4: ours and severe' })
  capaRequired!: boolean;

  @ApiProperty(EXTERNAL_ID)
  decidedBy!: string;

  @ApiProperty(INSTANT)
  decidedAt!: string;

  @ApiNullable(text(100))
  policyVersion!: string | null;
}

export class PreliminaryReportResponse {
  @ApiProperty({ enum: ['pending', 'approved', 'rejected'] })
  state!: 'pending' | 'approved' | 'rejected';

  @ApiProperty(text(LIMITS.longText))
  summary!: string;

  @ApiProperty({ enum: DISPOSITIONS })
  proposedDisposition!: Disposition;

  @ApiProperty(INSTANT)
  issuedAt!: string;

  @ApiNullable(EXTERNAL_ID)
  reviewedBy!: string | null;

  @ApiNullable(text(LIMITS.longText))
  note!: string | null;
}

export class DispositionResponse {
  @ApiProperty({ enum: DISPOSITIONS })
  kind!: Disposition;

  @ApiNullable(text(LIMITS.longText))
  note!: string | null;

  @ApiProperty({ description: 'Decided before the root cause was known (QA-3)' })
  interim!: boolean;

  @ApiProperty(INSTANT)
  decidedAt!: string;
}

export class CaseDeadlineResponse {
  @ApiProperty(OBLIGATION)
  obligation!: string;

  @ApiProperty(INSTANT)
  dueAt!: string;

  @ApiProperty({ enum: DEADLINE_OUTCOMES })
  state!: DeadlineOutcome;
}

export class ClosureResponse {
  @ApiProperty({ enum: ['closed', 'cancelled'] })
  kind!: 'closed' | 'cancelled';

  @ApiProperty(text(LIMITS.longText))
  text!: string;

  @ApiProperty(INSTANT)
  at!: string;
}

/** The on-site repair the case's disposition asked for (DI-1), as far as dispatch publishes it. */
export class RepairOutcomeResponse {
  @ApiProperty(UUID)
  workOrderId!: string;

  @ApiProperty({ enum: REPAIR_STATUSES })
  status!: RepairStatus;

  @ApiNullable(EXTERNAL_ID)
  technicianId!: string | null;

  @ApiNullable({ ...UUID, description: 'DI-2: the service outlet the order was given to' })
  outletId!: string | null;

  @ApiNullable(text(200, { description: "DI-2: the outlet's name" }))
  outletName!: string | null;

  @ApiNullable({ enum: ['in_progress', 'resolved', 'unresolved'], description: 'DI-3: the remote attempt, when the customer agreed to one (resolved: no visit)' })
  remoteAttempt!: 'in_progress' | 'resolved' | 'unresolved' | null;

  @ApiNullable(INSTANT)
  arrivedAt!: string | null;

  @ApiNullable({ type: Boolean, description: 'DI-3: checked in after the arrival due time' })
  arrivedLate!: boolean | null;

  @ApiProperty({ description: 'DI-3: the arrival deadline was missed' })
  arrivalMissed!: boolean;

  @ApiNullable({ enum: ['signed', 'refused'], description: "DI-5: the customer's latest sign-off" })
  signOff!: 'signed' | 'refused' | null;

  @ApiNullable({ type: Number, format: 'int32', minimum: 1, maximum: 5 })
  signOffSatisfaction!: number | null;

  @ApiNullable({ type: Number, format: 'int64', minimum: 0, description: 'DI-6: charged, integer minor units' })
  chargedTotalMinor!: number | null;

  @ApiNullable(text(3, { example: 'CNY' }))
  currency!: string | null;

  @ApiNullable(text(LIMITS.code))
  receiptNumber!: string | null;

  @ApiNullable({ type: Number, format: 'int32', minimum: 1, maximum: 5, description: 'DI-8: satisfaction in the follow-up call' })
  followUpSatisfaction!: number | null;

  @ApiNullable(INSTANT)
  settledAt!: string | null;

  @ApiNullable({ ...INSTANT, description: 'When the order was closed or cancelled' })
  endedAt!: string | null;

  @ApiProperty(INSTANT)
  updatedAt!: string;
}

@ApiExtraModels(ComplaintSourceResponse, FeedbackFormSourceResponse)
export class CaseResponseDto {
  @ApiProperty(UUID)
  caseId!: string;

  @ApiProperty({ ...EXTERNAL_ID, example: 'acme', description: "The caller's tenant" })
  tenantId!: string;

  @ApiProperty({ enum: CASE_STATUSES })
  status!: CaseStatus;

  @ApiProperty(REGION)
  region!: string;

  @ApiProperty({
    oneOf: [{ $ref: getSchemaPath(ComplaintSourceResponse) }, { $ref: getSchemaPath(FeedbackFormSourceResponse) }],
    discriminator: { propertyName: 'kind', mapping: { complaint: getSchemaPath(ComplaintSourceResponse), feedback_form: getSchemaPath(FeedbackFormSourceResponse) } },
    description: 'An accepted complaint (QA-1), or a feedback form entered by hand',
  })
  source!: CaseSource;

  @ApiNullable(UUID)
  complaintId!: string | null;

  @ApiProperty({ type: CaseSubjectResponse })
  subject!: CaseSubjectResponse;

  @ApiProperty(text(LIMITS.code))
  model!: string;

  @ApiProperty(text(LIMITS.name))
  defectNature!: string;

  @ApiProperty(EXTERNAL_ID)
  customerId!: string;

  @ApiProperty({ enum: SEVERITIES })
  severity!: Severity;

  @ApiProperty(INSTANT)
  receivedAt!: string;

  @ApiProperty({ ...MONTH, description: "Month of receipt in the region's time zone (QA-7)" })
  receivedMonth!: string;

  @ApiProperty(EXTERNAL_ID)
  openedBy!: string;

  @ApiProperty({ type: 'array', items: { type: 'string', maxLength: LIMITS.id }, maxItems: 100, description: 'Users of sales roles who may read the case' })
  stakeholders!: readonly string[];

  @ApiNullable({ type: OpinionResponse })
  opinion!: OpinionResponse | null;

  @ApiProperty({ type: [InstructionResponse], maxItems: 1000 })
  instructions!: readonly InstructionResponse[];

  @ApiProperty({ type: [FindingsResponse], maxItems: 1000 })
  findings!: readonly FindingsResponse[];

  @ApiNullable({ type: DeterminationResponse })
  determination!: DeterminationResponse | null;

  @ApiNullable({ enum: RESPONSIBILITIES })
  responsibility!: Responsibility | null;

  @ApiNullable({ type: PreliminaryReportResponse })
  preliminaryReport!: PreliminaryReportResponse | null;

  @ApiNullable({ type: DispositionResponse })
  disposition!: DispositionResponse | null;

  @ApiProperty({ type: [String], format: 'uuid', maxItems: 100 })
  capaIds!: readonly string[];

  @ApiProperty({ type: [CaseDeadlineResponse], maxItems: 1000 })
  deadlines!: readonly CaseDeadlineResponse[];

  @ApiNullable({ ...INSTANT, description: 'Earliest due time still ahead among obligations still owed; null when none' })
  nextDueAt!: string | null;

  @ApiProperty({ description: 'An obligation still owed is past its due time (QA-3)' })
  overdue!: boolean;

  @ApiNullable({ type: ClosureResponse })
  closure!: ClosureResponse | null;

  @ApiNullable({ type: RepairOutcomeResponse, description: "The on-site repair dispatch did for the case (its work order's outcome) once there is a work order" })
  repair!: RepairOutcomeResponse | null;

  @ApiProperty(INSTANT)
  updatedAt!: string;

  @ApiProperty(REVISION)
  revision!: string;
}

export class CasePageResponse extends PageResponseOf(CaseResponseDto, 'CasePageBase') {}

export class CaseTimelineResponse {
  @ApiProperty(UUID)
  caseId!: string;

  @ApiProperty({ type: [TimelineEntryResponse], maxItems: 10000 })
  events!: readonly TimelineEntryResponse[];
}

export class CapaPlanResponse {
  @ApiProperty({ enum: DEPARTMENTS })
  department!: Department;

  @ApiProperty(EXTERNAL_ID)
  ownerId!: string;

  @ApiProperty({ ...LOCAL_DATE, description: "Due date in the case's region" })
  dueOn!: string;

  @ApiProperty(text(LIMITS.longText))
  correctiveAction!: string;

  @ApiProperty(text(LIMITS.longText))
  preventiveAction!: string;
}

export class VerificationResponse {
  @ApiProperty(UUID)
  verificationId!: string;

  @ApiProperty(text(LIMITS.id))
  shipmentId!: string;

  @ApiNullable(text(LIMITS.id))
  lotId!: string | null;

  @ApiProperty(LOCAL_DATE)
  checkedOn!: string;

  @ApiProperty({ enum: VERIFICATION_RESULTS })
  result!: VerificationResult;

  @ApiNullable(text(LIMITS.longText))
  note!: string | null;

  @ApiProperty(EXTERNAL_ID)
  verifiedBy!: string;

  @ApiProperty(INSTANT)
  recordedAt!: string;
}

export class CapaResponseDto {
  @ApiProperty(UUID)
  capaId!: string;

  @ApiProperty({ ...EXTERNAL_ID, example: 'acme', description: "The caller's tenant" })
  tenantId!: string;

  @ApiProperty(UUID)
  caseId!: string;

  @ApiNullable(UUID)
  complaintId!: string | null;

  @ApiProperty(REGION)
  region!: string;

  @ApiProperty({ enum: ['open', 'closed'] })
  status!: 'open' | 'closed';

  @ApiProperty({ type: CapaPlanResponse })
  plan!: CapaPlanResponse;

  @ApiProperty({ description: 'QA-4: the case is ours and severe' })
  required!: boolean;

  @ApiProperty({ ...COUNT, description: 'QA-4: later shipments that must pass before closing' })
  minimumPassingVerifications!: number;

  @ApiProperty({ ...COUNT, description: 'Passed since the last failure' })
  passingVerifications!: number;

  @ApiProperty({ type: [VerificationResponse], maxItems: 1000 })
  verifications!: readonly VerificationResponse[];

  @ApiProperty(INSTANT)
  dueAt!: string;

  @ApiProperty()
  overdue!: boolean;

  @ApiProperty(INSTANT)
  openedAt!: string;

  @ApiProperty(MONTH)
  openedMonth!: string;

  @ApiNullable(INSTANT)
  closedAt!: string | null;

  @ApiNullable(MONTH)
  closedMonth!: string | null;

  @ApiProperty(COUNT)
  reopenedCount!: number;

  @ApiProperty(INSTANT)
  updatedAt!: string;

  @ApiProperty(REVISION)
  revision!: string;
}

export class CapaPageResponse extends PageResponseOf(CapaResponseDto, 'CapaPageBase') {}

export class CapaTimelineResponse {
  @ApiProperty(UUID)
  capaId!: string;

  @ApiProperty({ type: [TimelineEntryResponse], maxItems: 10000 })
  events!: readonly TimelineEntryResponse[];
}

export class CountEntryResponse {
  @ApiProperty(text(LIMITS.name))
  key!: string;

  @ApiProperty(COUNT)
  count!: number;
}

export class HotSpotResponse extends CountEntryResponse {
  @ApiProperty({ ...COUNT, description: 'The count of the previous month' })
  previous!: number;

  @ApiProperty({ type: Number, format: 'int32', minimum: -2_147_483_647, maximum: 2_147_483_647, description: 'count − previous' })
  change!: number;
}

const counts = (keys: readonly string[]): ApiPropertyOptions => ({
  type: 'object',
  properties: Object.fromEntries(keys.map((k) => [k, { type: 'integer', format: 'int32', minimum: 0 }])),
  required: [...keys],
}) as ApiPropertyOptions;

export class ReportCasesResponse {
  @ApiProperty(COUNT)
  total!: number;

  @ApiProperty(COUNT)
  previousTotal!: number;

  @ApiProperty({ type: Number, format: 'int32', minimum: -2_147_483_647, maximum: 2_147_483_647, description: 'total − previousTotal' })
  change!: number;

  @ApiProperty(counts([...RESPONSIBILITIES, 'undetermined']))
  byDetermination!: Record<Responsibility | 'undetermined', number>;

  @ApiProperty(counts(OUR_CAUSES))
  byOurCause!: Record<OurCause, number>;

  @ApiProperty(counts(SEVERITIES))
  bySeverity!: Record<Severity, number>;

  @ApiProperty({ type: [CountEntryResponse], maxItems: 10000 })
  byProduct!: readonly CountEntryResponse[];

  @ApiProperty({ type: [CountEntryResponse], maxItems: 10000 })
  byDefectNature!: readonly CountEntryResponse[];

  @ApiProperty({ type: [CountEntryResponse], maxItems: 10000 })
  byRegion!: readonly CountEntryResponse[];
}

export class HotSpotsResponse {
  @ApiProperty({ type: [HotSpotResponse], maxItems: 5 })
  products!: readonly HotSpotResponse[];

  @ApiProperty({ type: [HotSpotResponse], maxItems: 5 })
  defects!: readonly HotSpotResponse[];
}

export class ReportDeadlinesResponse {
  @ApiProperty(COUNT)
  total!: number;

  @ApiProperty(COUNT)
  metOnTime!: number;

  @ApiProperty(COUNT)
  metLate!: number;

  @ApiProperty(COUNT)
  missed!: number;

  @ApiProperty({ ...COUNT, description: 'Still open and past due at `asOf`' })
  openOverdue!: number;

  @ApiProperty(COUNT)
  openNotDue!: number;

  @ApiProperty(COUNT)
  cancelled!: number;

  @ApiNullable({ type: Number, format: 'double', minimum: 0, maximum: 1, description: 'metOnTime ÷ (metOnTime + metLate + missed + openOverdue); null when nothing was due' })
  complianceRate!: number | null;
}

export class ReportCapaResponse {
  @ApiProperty(COUNT)
  openedInMonth!: number;

  @ApiProperty(COUNT)
  closedInMonth!: number;

  @ApiProperty(COUNT)
  openAtMonthEnd!: number;

  @ApiProperty(COUNT)
  overdueAtMonthEnd!: number;
}

/** QA-7: the monthly analysis (also as CSV with Accept: text/csv). */
export class MonthlyReportResponse {
  @ApiProperty(MONTH)
  month!: string;

  @ApiProperty(MONTH)
  previousMonth!: string;

  @ApiNullable(REGION)
  region!: string | null;

  @ApiNullable({ ...INSTANT, description: "The region's month end (or now, if sooner); null for all regions, which end the month at different instants" })
  asOf!: string | null;

  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string', format: 'date-time', maxLength: 40 },
    description: "Each region's own month end (or now, if sooner): its cases' deadlines and CAPAs' due dates are judged as of it",
    example: { 'cn-east': '2026-03-31T16:00:00.000Z' },
  })
  asOfByRegion!: Record<string, string>;

  @ApiProperty({ type: ReportCasesResponse })
  cases!: ReportCasesResponse;

  @ApiProperty({ type: HotSpotsResponse })
  hotSpots!: HotSpotsResponse;

  @ApiProperty({ type: ReportDeadlinesResponse })
  deadlines!: ReportDeadlinesResponse;

  @ApiProperty({ type: ReportCapaResponse })
  capa!: ReportCapaResponse;
}
