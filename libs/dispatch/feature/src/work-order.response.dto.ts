import { ApiProperty, ApiPropertyOptional, ApiPropertyOptions } from '@nestjs/swagger';
import { ApiNullable, COUNT, EXTERNAL_ID, INSTANT, LIMITS, LOCAL_DATE, PageResponseOf, REGION, REVISION, TimelineEntryResponse, UUID, text } from '@aftersales/platform';
import { CONDUCT_KINDS, FOLLOW_UP_OUTCOMES, JOB_STEPS, OUTLET_SCOPES, WORK_ORDER_OBLIGATIONS, WORK_ORDER_STATUSES } from '@aftersales/dispatch-domain';
import type { ConductKind, FollowUpOutcome, JobStep, OutletScope, WorkOrderObligation, WorkOrderStatus } from '@aftersales/dispatch-domain';
import type { ObligationOutcome } from '@aftersales/eventsourcing';

/*
 * The work order as GET/POST /work-orders answer it (WorkOrderResponse in presentation.ts). The
 * controllers return these classes, so tsc refuses a presentation that drifts from the document.
 */

const DEADLINE_STATES = ['open', 'met', 'missed', 'met_late', 'cancelled'] as const satisfies readonly ObligationOutcome[];
/** Money in integer minor units (fen for CNY). */
export const MINOR_UNITS: ApiPropertyOptions = { type: 'integer', minimum: 0, maximum: 1_000_000_000, example: 15000, description: 'Integer minor units (fen for CNY)' };
const CURRENCY: ApiPropertyOptions = { type: String, pattern: '^[A-Z]{3}$', maxLength: 3, example: 'CNY' };
const QUANTITY: ApiPropertyOptions = { type: 'integer', minimum: 0, maximum: 1_000_000_000 };
const SIGNED_QUANTITY: ApiPropertyOptions = { type: 'integer', minimum: -1_000_000_000, maximum: 1_000_000_000 };

export class WorkOrderDeadlineResponse {
  @ApiProperty({ enum: WORK_ORDER_OBLIGATIONS })
  obligation!: WorkOrderObligation;
  @ApiProperty(INSTANT)
  dueAt!: string;
  @ApiProperty({ enum: DEADLINE_STATES })
  state!: ObligationOutcome;
}

export class CustomerResponse {
  @ApiProperty({ ...EXTERNAL_ID, example: 'C-10086' })
  customerId!: string;
  @ApiNullable(text(LIMITS.name))
  name!: string | null;
  @ApiNullable(text(LIMITS.code))
  phone!: string | null;
}

export class ProductResponse {
  @ApiProperty(text(LIMITS.code, { example: 'PX-200' }))
  model!: string;
  @ApiProperty(text(LIMITS.code, { example: 'pumps', description: 'The product line a technician must be qualified for (TR-2)' }))
  productLine!: string;
  @ApiNullable(text(LIMITS.code))
  serialNumber!: string | null;
}

export class WorkOrderSourceResponse {
  @ApiProperty({ enum: ['phone', 'qa_disposition', 'outlet'], description: 'DI-1: a phone request, QA\'s on-site repair disposition, or (DI-2) a request taken at an outlet' })
  kind!: 'phone' | 'qa_disposition' | 'outlet';
  @ApiNullable({ ...UUID, description: "QA's case, for an order made from its on-site repair disposition" })
  caseId!: string | null;
  @ApiNullable(UUID)
  complaintId!: string | null;
}

export class WorkOrderOutletResponse {
  @ApiProperty(UUID)
  outletId!: string;
  @ApiProperty(text(LIMITS.name))
  name!: string;
  @ApiProperty({ enum: OUTLET_SCOPES, description: 'DI-2: the scope of the work the outlet takes on' })
  scope!: OutletScope;
}

export class FreeRepairReasonResponse {
  @ApiProperty({ example: 'DI-2' })
  rule!: string;
  @ApiProperty({ enum: ['WITHIN_WARRANTY', 'WARRANTY_EXPIRED', 'NO_PROOF_OF_RECEIPT', 'EXCLUDED_CAUSE'] })
  code!: string;
  @ApiProperty({ type: 'object', additionalProperties: { oneOf: [{ type: 'string' }, { type: 'number' }] }, description: 'The figures the decision used (warranty months and end, dates, cause)' })
  details!: Readonly<Record<string, string | number>>;
}

export class ReceiptEvidenceResponse {
  @ApiProperty({ enum: ['intake', 'request', 'none'], description: "Where the goods-received date came from: intake's record of the serial number (a registered complaint), the customer's proof at the counter, or nowhere" })
  from!: 'intake' | 'request' | 'none';
  @ApiPropertyOptional(LOCAL_DATE)
  goodsReceivedOn?: string;
  @ApiPropertyOptional({ ...UUID, description: 'The complaint whose registration recorded the date' })
  complaintId?: string;
}

export class FreeRepairResponse {
  @ApiProperty({ enum: ['free', 'charged'] })
  kind!: 'free' | 'charged';
  @ApiNullable(LOCAL_DATE)
  warrantyEndsOn!: string | null;
  @ApiNullable({ enum: ['policy', 'accessory', 'warranty_card'] })
  warrantySource!: 'policy' | 'accessory' | 'warranty_card' | null;
  @ApiProperty({ type: [FreeRepairReasonResponse], maxItems: 10 })
  reasons!: readonly FreeRepairReasonResponse[];
  @ApiProperty({ type: ReceiptEvidenceResponse })
  receipt!: ReceiptEvidenceResponse;
}

export class RemoteAttemptResponse {
  @ApiProperty({ enum: ['in_progress', 'resolved', 'unresolved'] })
  state!: 'in_progress' | 'resolved' | 'unresolved';
  @ApiProperty({ ...text(LIMITS.name), description: 'Who agreed to the remote attempt for the customer' })
  customerAgreedBy!: string;
  @ApiProperty(INSTANT)
  startedAt!: string;
  @ApiNullable(text(LIMITS.text))
  note!: string | null;
  @ApiNullable(INSTANT)
  completedAt!: string | null;
}

export class QualificationResponse {
  @ApiProperty(text(LIMITS.code, { example: 'pumps' }))
  productLine!: string;
  @ApiProperty(text(LIMITS.code, { example: 'CERT-2026-001' }))
  certificateNo!: string;
  @ApiProperty(LOCAL_DATE)
  issuedOn!: string;
  @ApiProperty(LOCAL_DATE)
  expiresOn!: string;
}

export class AssignmentResponse {
  @ApiProperty(EXTERNAL_ID)
  technicianId!: string;
  @ApiProperty(text(LIMITS.name))
  technicianName!: string;
  @ApiProperty(LOCAL_DATE)
  plannedOn!: string;
  @ApiProperty({ type: QualificationResponse, description: 'TR-2: the qualification in force on the planned date' })
  qualification!: QualificationResponse;
  @ApiProperty(INSTANT)
  assignedAt!: string;
  @ApiProperty({ enum: ['customer_required', 'wall', 'business_hours'], description: 'DI-3: how the arrival due time was counted' })
  arrivalBasis!: string;
}

export class LocationResponse {
  @ApiProperty({ enum: ['text', 'coordinates'] })
  kind!: 'text' | 'coordinates';
  @ApiPropertyOptional({ ...text(LIMITS.text) })
  text?: string;
  @ApiPropertyOptional({ type: Number, minimum: -90, maximum: 90 })
  latitude?: number;
  @ApiPropertyOptional({ type: Number, minimum: -180, maximum: 180 })
  longitude?: number;
}

export class CheckInResponse {
  @ApiProperty(INSTANT)
  at!: string;
  @ApiProperty({ type: LocationResponse })
  location!: LocationResponse;
  @ApiProperty({ description: 'Arrived after the arrival due time' })
  late!: boolean;
}

export class JobStepResponse {
  @ApiProperty({ enum: JOB_STEPS })
  step!: JobStep;
  @ApiProperty(EXTERNAL_ID)
  by!: string;
  @ApiProperty({ type: String, maxLength: 64 })
  role!: string;
  @ApiNullable(text(LIMITS.text))
  note!: string | null;
  @ApiProperty(INSTANT)
  at!: string;
}

export class ExtraWorkResponse {
  @ApiProperty(COUNT)
  extraWorkNo!: number;
  @ApiProperty(text(LIMITS.text))
  description!: string;
  @ApiNullable(MINOR_UNITS)
  estimateMinor!: number | null;
  @ApiProperty({ enum: ['proposed', 'consented', 'declined', 'done'] })
  state!: 'proposed' | 'consented' | 'declined' | 'done';
  @ApiNullable({ ...text(LIMITS.name), description: 'Who gave or refused consent for the customer' })
  consentBy!: string | null;
}

export class PartLineResponse {
  @ApiProperty(text(LIMITS.code, { example: 'SEAL-9' }))
  partNumber!: string;
  @ApiProperty(QUANTITY)
  issued!: number;
  @ApiProperty(QUANTITY)
  used!: number;
  @ApiProperty(QUANTITY)
  returned!: number;
  @ApiProperty({ ...SIGNED_QUANTITY, description: 'issued − used − returned' })
  variance!: number;
}

export class PartVarianceResponse {
  @ApiProperty(text(LIMITS.code))
  partNumber!: string;
  @ApiProperty(SIGNED_QUANTITY)
  variance!: number;
}

export class ChargeResponse {
  @ApiProperty(COUNT)
  chargeNo!: number;
  @ApiProperty(text(LIMITS.text))
  description!: string;
  @ApiProperty({ enum: ['free', 'charged'] })
  kind!: 'free' | 'charged';
  @ApiProperty(MINOR_UNITS)
  amountMinor!: number;
  @ApiProperty(CURRENCY)
  currency!: string;
}

export class SignOffContentResponse {
  @ApiProperty({ enum: ['signed', 'refused'] })
  kind!: 'signed' | 'refused';
  @ApiPropertyOptional({ ...text(LIMITS.name) })
  signerName?: string;
  @ApiPropertyOptional({ ...text(LIMITS.text), nullable: true })
  comment?: string | null;
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 5 })
  satisfaction?: number;
  @ApiPropertyOptional({ ...text(LIMITS.text), description: 'Why the customer refused to sign' })
  reason?: string;
}

export class SignOffResponse {
  @ApiProperty({ type: SignOffContentResponse })
  content!: SignOffContentResponse;
  @ApiProperty({ type: String, pattern: '^sha256:[0-9a-f]{64}$', maxLength: 71, description: "DI-5: the digest of the order's content it signs (work, parts, times, charges)" })
  digest!: string;
  @ApiProperty(INSTANT)
  at!: string;
  @ApiProperty({ description: 'False once a later change to the signed content invalidated it' })
  valid!: boolean;
}

export class SettlementResponse {
  @ApiProperty(MINOR_UNITS)
  chargedTotalMinor!: number;
  @ApiNullable(CURRENCY)
  currency!: string | null;
  @ApiNullable(text(LIMITS.code))
  receiptNumber!: string | null;
  @ApiProperty(COUNT)
  freeItems!: number;
  @ApiProperty(COUNT)
  chargedItems!: number;
  @ApiProperty(INSTANT)
  at!: string;
}

export class EquipmentReceiptResponse {
  @ApiProperty(text(LIMITS.code))
  receiptNumber!: string;
  @ApiProperty(text(LIMITS.text))
  items!: string;
  @ApiProperty(INSTANT)
  issuedAt!: string;
  @ApiNullable({ ...INSTANT, description: 'Null while the receipt is open' })
  returnedAt!: string | null;
}

export class ReportResponse {
  @ApiProperty(text(LIMITS.text))
  cause!: string;
  @ApiProperty(text(LIMITS.text))
  fix!: string;
  @ApiProperty(text(LIMITS.text))
  parts!: string;
  @ApiProperty(text(LIMITS.text))
  customerOpinion!: string;
  @ApiProperty(EXTERNAL_ID)
  by!: string;
  @ApiProperty(INSTANT)
  at!: string;
}

export class FollowUpResponse {
  @ApiProperty({ enum: FOLLOW_UP_OUTCOMES })
  outcome!: FollowUpOutcome;
  @ApiNullable({ type: 'integer', minimum: 1, maximum: 5 })
  satisfaction!: number | null;
  @ApiNullable(text(LIMITS.text))
  complaint!: string | null;
  @ApiNullable(text(LIMITS.text))
  notes!: string | null;
  @ApiProperty({ description: 'DI-8: a low rating or a complaint in the call passed a complaint to intake' })
  opensComplaint!: boolean;
  @ApiProperty()
  late!: boolean;
  @ApiProperty(INSTANT)
  at!: string;
}

export class ConductResponse {
  @ApiProperty({ enum: CONDUCT_KINDS })
  kind!: ConductKind;
  @ApiProperty(MINOR_UNITS)
  penaltyMinor!: number;
  @ApiProperty(CURRENCY)
  currency!: string;
  @ApiNullable(text(LIMITS.text))
  note!: string | null;
  @ApiProperty(INSTANT)
  at!: string;
}

export class CancellationResponse {
  @ApiProperty(text(LIMITS.text))
  reason!: string;
  @ApiProperty(INSTANT)
  at!: string;
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
  @ApiProperty({ type: CustomerResponse })
  customer!: CustomerResponse;
  @ApiProperty({ type: ProductResponse })
  product!: ProductResponse;
  @ApiProperty(text(LIMITS.text))
  requestedWork!: string;
  @ApiProperty({ type: WorkOrderSourceResponse })
  source!: WorkOrderSourceResponse;
  @ApiNullable({ type: WorkOrderOutletResponse, description: 'DI-2: the outlet the order is given to' })
  outlet!: WorkOrderOutletResponse | null;
  @ApiNullable({ type: FreeRepairResponse, description: 'DI-2: a request taken at an outlet, decided free or charged by the free-repair rules' })
  freeRepair!: FreeRepairResponse | null;
  @ApiNullable({ type: RemoteAttemptResponse, description: 'DI-3: the remote attempt the customer agreed to, and its outcome' })
  remoteAttempt!: RemoteAttemptResponse | null;
  @ApiNullable({ ...INSTANT, description: "DI-3: the customer's required arrival time, when they named one" })
  customerRequiredBy!: string | null;
  @ApiNullable(EXTERNAL_ID)
  technicianId!: string | null;
  @ApiNullable({ type: AssignmentResponse })
  assignment!: AssignmentResponse | null;
  @ApiNullable({ type: CheckInResponse })
  checkIn!: CheckInResponse | null;
  @ApiProperty({ type: [JobStepResponse], maxItems: 50 })
  steps!: readonly JobStepResponse[];
  @ApiProperty({ type: [ExtraWorkResponse], maxItems: 100 })
  extraWork!: readonly ExtraWorkResponse[];
  @ApiProperty({ type: [PartLineResponse], maxItems: 500 })
  parts!: readonly PartLineResponse[];
  @ApiProperty({ description: 'DI-4: a dispatcher approved exactly the variance the parts show now' })
  partsVarianceApproved!: boolean;
  @ApiNullable({ type: [PartVarianceResponse], maxItems: 500 })
  approvedVariance!: readonly PartVarianceResponse[] | null;
  @ApiProperty({ type: [ChargeResponse], maxItems: 500 })
  charges!: readonly ChargeResponse[];
  @ApiNullable({ type: SignOffResponse })
  signOff!: SignOffResponse | null;
  @ApiNullable({ type: SettlementResponse })
  settlement!: SettlementResponse | null;
  @ApiProperty({ type: [EquipmentReceiptResponse], maxItems: 100 })
  equipmentReceipts!: readonly EquipmentReceiptResponse[];
  @ApiProperty({ ...COUNT, description: 'DI-6: equipment receipts still open' })
  openEquipmentReceipts!: number;
  @ApiNullable({ type: ReportResponse })
  report!: ReportResponse | null;
  @ApiProperty({ ...COUNT, description: 'DI-7/DI-8: complaints passed to intake' })
  complaintsPassedOn!: number;
  @ApiNullable({ type: FollowUpResponse })
  followUp!: FollowUpResponse | null;
  @ApiProperty({ type: [ConductResponse], maxItems: 20 })
  conduct!: readonly ConductResponse[];
  @ApiNullable({ type: CancellationResponse })
  cancellation!: CancellationResponse | null;
  @ApiNullable({ ...text(LIMITS.code), description: 'The fault reported: a revisit matches on serial number and fault' })
  faultCode!: string | null;
  @ApiNullable({ ...UUID, description: 'First-time fix: the earlier order on the same serial and fault this one revisits' })
  revisitOf!: string | null;
  @ApiProperty({ type: [String], maxItems: 100, description: 'Later orders revisiting this one' })
  revisits!: readonly string[];
  @ApiProperty({ description: 'False once a later order on the same serial and fault revisits this one' })
  firstTimeFix!: boolean;
  @ApiProperty({ type: [WorkOrderDeadlineResponse], maxItems: 20 })
  deadlines!: readonly WorkOrderDeadlineResponse[];
  @ApiNullable({ ...INSTANT, description: 'Earliest due time still ahead among obligations still owed; null when none' })
  nextDueAt!: string | null;
  @ApiProperty({ description: 'An obligation still owed is past its due time' })
  overdue!: boolean;
  @ApiProperty(EXTERNAL_ID)
  createdBy!: string;
  @ApiProperty(INSTANT)
  createdAt!: string;
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

export class TechnicianResponseDto {
  @ApiProperty({ ...EXTERNAL_ID, example: 'tech-1', description: "The technician's user id (their token's subject)" })
  technicianId!: string;
  @ApiProperty({ ...EXTERNAL_ID, example: 'acme' })
  tenantId!: string;
  @ApiProperty(text(LIMITS.name))
  name!: string;
  @ApiProperty(REGION)
  region!: string;
  @ApiNullable({ ...text(LIMITS.name), description: "A dealer's name for a dealer's technician; null for ours" })
  employer!: string | null;
  @ApiNullable({ ...UUID, description: "DI-2: the service outlet whose staff they are; null when none" })
  outletId!: string | null;
  @ApiProperty({ type: [QualificationResponse], maxItems: 200 })
  qualifications!: readonly QualificationResponse[];
  @ApiProperty({ type: [String], maxItems: 200 })
  productLines!: readonly string[];
  @ApiProperty(INSTANT)
  registeredAt!: string;
  @ApiProperty(INSTANT)
  updatedAt!: string;
  @ApiProperty(REVISION)
  revision!: string;
}

export class TechnicianPageResponse extends PageResponseOf(TechnicianResponseDto, 'TechnicianPageBase') {}
