import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ApiNullable, COUNT, EXTERNAL_ID, INSTANT, LIMITS, LOCAL_DATE, PageResponseOf, REGION, REVISION, TimelineEntryResponse, UUID, text } from '@aftersales/platform';
import { CUSTOMER_CHOICES, DISPOSITIONS_MAKING_RETURNS, INSPECTION_FINDINGS, LINE_OUTCOMES, RETURN_REASONS, RETURN_REQUEST_OBLIGATIONS, RETURN_REQUEST_STATUSES, SERIAL_RESOLUTIONS } from '@aftersales/warehouse-returns-domain';
import type { CustomerChoice, InspectionFinding, LineOutcome, ReturnReason, ReturnRequestObligation, ReturnRequestStatus } from '@aftersales/warehouse-returns-domain';
import type { ObligationOutcome } from '@aftersales/eventsourcing';

/*
 * The return request as GET/POST /returns answer it (ReturnRequestResponse in presentation.ts). The
 * controllers return these classes, so tsc refuses a presentation that drifts from the document.
 */

const DEADLINE_STATES = ['open', 'met', 'missed', 'met_late', 'cancelled'] as const satisfies readonly ObligationOutcome[];
const MINOR = { type: String, pattern: '^-?\\d{1,20}$', maxLength: 21, example: '125000', description: 'Integer minor units of the currency (125000 = 1250.00 CNY)' };
const CURRENCY = { type: String, pattern: '^[A-Z]{3}$', maxLength: 3, example: 'CNY' };
const DECIMAL = { type: String, maxLength: 30, example: '0.05' };
const STEP = { type: String, maxLength: 64, example: 'after_sales_check', description: 'A step of the policy\'s chain, its exception or consent step, or qa_inspection' };
const DIGEST = { type: String, pattern: '^sha256:[0-9a-f]{64}$', maxLength: 71, example: `sha256:${'0'.repeat(64)}` };
const QUANTITY = { ...COUNT, example: 2 };

export class ReturnRequestDeadlineResponse {
  @ApiProperty({ enum: RETURN_REQUEST_OBLIGATIONS })
  obligation!: ReturnRequestObligation;
  @ApiProperty(INSTANT)
  dueAt!: string;
  @ApiProperty({ enum: DEADLINE_STATES })
  state!: ObligationOutcome;
}

export class ReturnSourceResponse {
  @ApiProperty({ enum: ['after_sales', 'qa_disposition'] })
  kind!: 'after_sales' | 'qa_disposition';
  @ApiPropertyOptional(UUID)
  caseId?: string;
  @ApiPropertyOptional({ enum: DISPOSITIONS_MAKING_RETURNS })
  disposition?: (typeof DISPOSITIONS_MAKING_RETURNS)[number];
  @ApiPropertyOptional(UUID)
  dispositionEventId?: string;
}

export class ReturnLineResponse {
  @ApiProperty({ ...EXTERNAL_ID, example: 'L1' })
  lineId!: string;
  @ApiProperty({ ...EXTERNAL_ID, example: 'PUMP-3' })
  sku!: string;
  @ApiNullable({ ...EXTERNAL_ID, example: 'SN-100', description: 'The serial authorised to come back' })
  serialNumber!: string | null;
  @ApiProperty(QUANTITY)
  quantity!: number;
  @ApiProperty({ ...EXTERNAL_ID, example: 'D-2026-0001', description: 'The purchase (delivery) document' })
  deliveryDocument!: string;
  @ApiProperty(LOCAL_DATE)
  deliveredOn!: string;
  @ApiNullable(EXTERNAL_ID)
  contractNumber!: string | null;
  @ApiProperty(CURRENCY)
  currency!: string;
  @ApiProperty(MINOR)
  unitPriceMinor!: string;
  @ApiNullable(EXTERNAL_ID)
  salesRepId!: string | null;
}

export class SignatureResponse {
  @ApiProperty(UUID)
  signatureId!: string;
  @ApiProperty(STEP)
  step!: string;
  @ApiProperty(EXTERNAL_ID)
  signedBy!: string;
  @ApiProperty({ ...EXTERNAL_ID, example: 'after_sales_head' })
  role!: string;
  @ApiProperty(INSTANT)
  at!: string;
  @ApiProperty(text(LIMITS.text))
  comment!: string;
  @ApiProperty({ ...DIGEST, description: 'Digest of the request\'s customer, reason and lines when signed' })
  digest!: string;
  @ApiProperty({ type: [String], maxItems: 200 })
  coveredLineIds!: readonly string[];
  @ApiProperty({ description: 'False once a change to a line it covered voided it (WR-2)' })
  valid!: boolean;
}

export class RatioFigureResponse {
  @ApiProperty({ ...COUNT, description: 'The sequence of finance\'s RatioSnapshotTaken the check read' })
  sequence!: number;
  @ApiProperty(INSTANT)
  asOf!: string;
  @ApiNullable(DECIMAL)
  ratio!: string | null;
  @ApiNullable(DECIMAL)
  amountRatio!: string | null;
  @ApiProperty(DECIMAL)
  limit!: string;
  @ApiProperty()
  overLimit!: boolean;
  @ApiProperty({ ...EXTERNAL_ID, example: 'finance-ratio-default@2026.1', maxLength: 100 })
  policyVersion!: string;
}

export class RatioCheckResponse {
  @ApiProperty(STEP)
  step!: string;
  @ApiProperty(EXTERNAL_ID)
  checkedBy!: string;
  @ApiProperty({ type: RatioFigureResponse })
  figure!: RatioFigureResponse;
  @ApiProperty(COUNT)
  daysSinceDelivery!: number;
  @ApiProperty(COUNT)
  timeLimitDays!: number;
  @ApiProperty()
  withinRatio!: boolean;
  @ApiProperty()
  withinTimeLimit!: boolean;
  @ApiProperty({ description: 'Outside a limit, but the company leader\'s exception step is signed' })
  overriddenByException!: boolean;
  @ApiProperty(INSTANT)
  at!: string;
}

export class RefusalResponse {
  @ApiProperty({ enum: ['signer', 'ratio_check', 'qa_inspection'] })
  kind!: 'signer' | 'ratio_check' | 'qa_inspection';
  @ApiProperty(STEP)
  step!: string;
  @ApiProperty(EXTERNAL_ID)
  refusedBy!: string;
  @ApiProperty({ ...EXTERNAL_ID, example: 'business_head' })
  role!: string;
  @ApiProperty(text(LIMITS.text * 2))
  explanation!: string;
  @ApiProperty({ description: 'A company leader may still sign the exception step (WR-2)' })
  exceptionPossible!: boolean;
  @ApiProperty(INSTANT)
  at!: string;
}

export class TransportOrderResponse {
  @ApiProperty(UUID)
  transportOrderId!: string;
  @ApiProperty(text(LIMITS.name))
  carrier!: string;
  @ApiNullable(EXTERNAL_ID)
  driverId!: string | null;
  @ApiProperty(text(LIMITS.text))
  pickupAddress!: string;
  @ApiProperty(EXTERNAL_ID)
  issuedBy!: string;
  @ApiProperty(INSTANT)
  issuedAt!: string;
}

export class RecordedByResponse {
  @ApiProperty(EXTERNAL_ID)
  recordedBy!: string;
  @ApiProperty(INSTANT)
  at!: string;
}

export class ReceivedLineResponse {
  @ApiProperty(EXTERNAL_ID)
  lineId!: string;
  @ApiProperty(EXTERNAL_ID)
  sku!: string;
  @ApiNullable(EXTERNAL_ID)
  serialNumberAuthorised!: string | null;
  @ApiNullable(EXTERNAL_ID)
  serialNumberReceived!: string | null;
  @ApiProperty(QUANTITY)
  quantityReceived!: number;
  @ApiProperty({ description: 'The serial received is not the one authorised: booking waits until it is resolved (WR-5)' })
  serialMismatch!: boolean;
  @ApiNullable({ enum: SERIAL_RESOLUTIONS })
  resolution!: string | null;
}

export class InspectedLineResponse {
  @ApiProperty(EXTERNAL_ID)
  lineId!: string;
  @ApiProperty({ enum: INSPECTION_FINDINGS })
  finding!: InspectionFinding;
  @ApiNullable(text(LIMITS.name))
  responsibleDepartment!: string | null;
  @ApiNullable(text(LIMITS.name))
  responsiblePerson!: string | null;
  @ApiNullable(text(LIMITS.text))
  note!: string | null;
}

export class InspectionResponse {
  @ApiProperty(UUID)
  inspectionId!: string;
  @ApiProperty({ enum: ['signed', 'refused'] })
  verdict!: 'signed' | 'refused';
  @ApiNullable(text(LIMITS.text))
  reason!: string | null;
  @ApiProperty({ type: [InspectedLineResponse], maxItems: 200 })
  lines!: readonly InspectedLineResponse[];
  @ApiProperty(INSTANT)
  inspectedAt!: string;
}

export class BookedLineResponse {
  @ApiProperty(EXTERNAL_ID)
  lineId!: string;
  @ApiProperty(EXTERNAL_ID)
  sku!: string;
  @ApiProperty(QUANTITY)
  quantity!: number;
  @ApiProperty(CURRENCY)
  currency!: string;
  @ApiProperty(MINOR)
  unitPriceMinor!: string;
  @ApiProperty(MINOR)
  amountMinor!: string;
  @ApiProperty({ enum: LINE_OUTCOMES })
  outcome!: LineOutcome;
  @ApiNullable(EXTERNAL_ID)
  deliveryDocument!: string | null;
}

export class ReceiptResponse {
  @ApiProperty({ ...EXTERNAL_ID, example: 'RN-20260303-0190F5C2' })
  receiptNoteNumber!: string;
  @ApiProperty({ type: [BookedLineResponse], maxItems: 200 })
  lines!: readonly BookedLineResponse[];
  @ApiProperty({ enum: ['company', 'customer'], description: 'The customer, for a return outside the policy without the general manager\'s consent (WR-7)' })
  costsBorneBy!: 'company' | 'customer';
  @ApiProperty(EXTERNAL_ID)
  bookedBy!: string;
  @ApiProperty(INSTANT)
  bookedAt!: string;
}

export class ChargedToResponse {
  @ApiProperty({ enum: ['sales_rep', 'department'] })
  kind!: 'sales_rep' | 'department';
  @ApiProperty(EXTERNAL_ID)
  id!: string;
}

export class QualityCostResponse {
  @ApiProperty(EXTERNAL_ID)
  lineId!: string;
  @ApiProperty({ type: ChargedToResponse })
  chargedTo!: ChargedToResponse;
  @ApiProperty(CURRENCY)
  currency!: string;
  @ApiProperty(MINOR)
  amountMinor!: string;
  @ApiProperty(text(LIMITS.text))
  reason!: string;
}

export class ReturnNoteResponse {
  @ApiProperty(EXTERNAL_ID)
  sentBy!: string;
  @ApiProperty(INSTANT)
  sentAt!: string;
  @ApiProperty()
  late!: boolean;
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
  @ApiProperty({ enum: RETURN_REASONS })
  reason!: ReturnReason;
  @ApiProperty({ type: ReturnSourceResponse })
  source!: ReturnSourceResponse;
  @ApiNullable({ ...UUID, description: 'The QA case whose disposition made it' })
  caseId!: string | null;
  @ApiNullable(text(LIMITS.text))
  note!: string | null;
  @ApiProperty({ type: [ReturnLineResponse], maxItems: 200 })
  lines!: readonly ReturnLineResponse[];
  @ApiProperty({ type: [SignatureResponse], maxItems: 1000 })
  signatures!: readonly SignatureResponse[];
  @ApiNullable({ type: RatioCheckResponse, description: 'The latest ratio and time-limit check (WR-2)' })
  ratioCheck!: RatioCheckResponse | null;
  @ApiNullable({ type: RefusalResponse })
  refusal!: RefusalResponse | null;
  @ApiNullable({ type: TransportOrderResponse })
  transportOrder!: TransportOrderResponse | null;
  @ApiNullable({ type: RecordedByResponse })
  pickup!: RecordedByResponse | null;
  @ApiNullable({ type: RecordedByResponse })
  arrival!: RecordedByResponse | null;
  @ApiProperty({ type: [ReceivedLineResponse], maxItems: 200 })
  received!: readonly ReceivedLineResponse[];
  @ApiNullable({ type: InspectionResponse })
  inspection!: InspectionResponse | null;
  @ApiNullable({ enum: CUSTOMER_CHOICES })
  customerChoice!: CustomerChoice | null;
  @ApiNullable({ type: ReceiptResponse, description: 'The receipt note (WR-6)' })
  receipt!: ReceiptResponse | null;
  @ApiProperty({ type: [QualityCostResponse], maxItems: 200 })
  qualityCosts!: readonly QualityCostResponse[];
  @ApiNullable({ type: ReturnNoteResponse })
  returnNote!: ReturnNoteResponse | null;
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
