import { ApiProperty } from '@nestjs/swagger';
import { ApiNullable, COUNT, EXTERNAL_ID, INSTANT, LOCAL_DATE, PageResponseOf, REGION, REVISION, TimelineEntryResponse, UUID, text } from '@aftersales/platform';
import type { DispositionV1, OurCauseV1, ResponsibilityV1 } from '@aftersales/contracts';
import { COMPLAINT_WORK_ORDER_STATUSES, ComplaintWorkOrderStatus } from './dispatch-work-orders';
import {
  ACCEPTANCE_KINDS,
  CATEGORIES,
  CHANNELS,
  CUSTOMER_TIERS,
  LANGUAGES,
  OBLIGATIONS,
  PART_CLASSES,
  RESOLUTIONS,
  SEVERITIES,
  STATUSES,
  SUSPECTED_CAUSES,
} from '@aftersales/intake-domain';
import type { AcceptanceKind, Category, Channel, ComplaintStatus, CustomerTier, Language, Obligation, PartClass, RequestedResolution, Severity, SuspectedCause } from '@aftersales/intake-domain';
import { LIMITS } from './commands/register-complaint/register-complaint.request.dto';

/*
 * The complaint as GET/POST /complaints answer it (ComplaintResponse in presentation.ts). The
 * controllers return these classes, so tsc refuses a presentation that drifts from the document.
 */

const DEADLINE_STATES = ['open', 'met', 'missed', 'met_late', 'cancelled'] as const;
const RESPONSIBILITIES = ['ours', 'human_factor', 'customer_cause', 'not_our_product'] as const satisfies readonly ResponsibilityV1[];
const OUR_CAUSES = ['technical', 'production_equipment', 'management'] as const satisfies readonly OurCauseV1[];
const DISPOSITIONS = ['on_site_repair', 'return_for_repair', 'exchange', 'replenish', 'refund', 'price_concession', 'explain_and_close'] as const satisfies readonly DispositionV1[];
const QA_STATUSES = ['open', 'determined', 'closed', 'cancelled'] as const;

export class CustomerResponse {
  @ApiProperty({ ...EXTERNAL_ID, example: 'C-10086' })
  id!: string;

  @ApiProperty(text(LIMITS.name, { example: '华东机械有限公司' }))
  name!: string;

  @ApiProperty({ enum: CUSTOMER_TIERS })
  tier!: CustomerTier;
}

export class ProductResponse {
  @ApiProperty(text(LIMITS.code, { example: 'PX-200' }))
  model!: string;

  @ApiNullable(text(LIMITS.code, { example: 'SN-2026-000123' }))
  serialNumber!: string | null;

  @ApiNullable(text(LIMITS.code))
  partNumber!: string | null;

  @ApiNullable(text(LIMITS.code))
  contractNumber!: string | null;

  @ApiNullable(text(64, { pattern: '^[a-z0-9][a-z0-9_-]{0,63}$', example: 'phone' }))
  productLine!: string | null;

  @ApiNullable(text(64, { pattern: '^[a-z0-9][a-z0-9_-]{0,63}$', example: 'antenna' }))
  component!: string | null;

  @ApiProperty({ enum: PART_CLASSES })
  partClass!: PartClass;
}

export class DefectResponse {
  @ApiNullable(text(LIMITS.name))
  location!: string | null;

  @ApiProperty(text(LIMITS.name, { example: 'scratch' }))
  nature!: string;

  @ApiNullable(LOCAL_DATE)
  firstSeenOn!: string | null;

  @ApiProperty({ type: 'array', items: { type: 'string', maxLength: LIMITS.name }, maxItems: LIMITS.attachments, description: 'References to stored attachments' })
  attachments!: readonly string[];
}

export class WarrantyCardResponse {
  @ApiProperty({ type: Number, format: 'int32', minimum: 1, maximum: 600 })
  months!: number;
}

export class DeadOnArrivalResponse {
  @ApiNullable(text(LIMITS.name))
  testReportRef!: string | null;

  @ApiProperty()
  packagingIntact!: boolean;

  @ApiProperty()
  appearanceIntact!: boolean;
}

/** Everything registration recorded (IN-1, IN-2), with a reassessment's corrections applied. */
export class ComplaintFactsResponse {
  @ApiProperty({ enum: CHANNELS })
  channel!: Channel;

  @ApiProperty(INSTANT)
  receivedAt!: string;

  @ApiProperty({ type: CustomerResponse })
  customer!: CustomerResponse;

  @ApiProperty(REGION)
  region!: string;

  @ApiProperty({ type: ProductResponse })
  product!: ProductResponse;

  @ApiProperty(LOCAL_DATE)
  deliveredOn!: string;

  @ApiProperty(LOCAL_DATE)
  goodsReceivedOn!: string;

  @ApiProperty({ type: Number, format: 'int32', minimum: 1, maximum: LIMITS.quantity })
  shippedQuantity!: number;

  @ApiProperty({ type: Number, format: 'int32', minimum: 0, maximum: LIMITS.quantity })
  defectiveQuantity!: number;

  @ApiProperty({ enum: CATEGORIES })
  category!: Category;

  @ApiProperty({ enum: SEVERITIES })
  severity!: Severity;

  @ApiProperty({ type: DefectResponse })
  defect!: DefectResponse;

  @ApiProperty()
  usedAsInstructed!: boolean;

  @ApiProperty({ enum: SUSPECTED_CAUSES })
  suspectedCause!: SuspectedCause;

  @ApiProperty({ enum: RESOLUTIONS })
  requestedResolution!: RequestedResolution;

  @ApiProperty(text(LIMITS.longText))
  description!: string;

  @ApiNullable({ type: WarrantyCardResponse })
  warrantyCard!: WarrantyCardResponse | null;

  @ApiNullable({ type: DeadOnArrivalResponse })
  deadOnArrival!: DeadOnArrivalResponse | null;

  @ApiNullable(EXTERNAL_ID)
  ownerId!: string | null;
}

export class AcceptanceReasonResponse {
  @ApiProperty(text(16, { example: 'IN-3', pattern: '^[A-Z]{2}-\\d{1,3}$' }))
  rule!: string;

  @ApiProperty(text(100, { example: 'WITHIN_WINDOW' }))
  code!: string;

  @ApiProperty({
    type: 'object',
    additionalProperties: { oneOf: [{ type: 'string', nullable: true }, { type: 'number' }, { type: 'boolean' }, { type: 'array', items: { type: 'string' } }] },
    description: 'The figures the rule used (window, working days counted, warranty end, ...)',
  })
  details!: Record<string, string | number | boolean | readonly string[] | null>;
}

export class AcceptanceResponse {
  @ApiProperty({ enum: ACCEPTANCE_KINDS })
  kind!: AcceptanceKind;

  @ApiProperty({ type: [AcceptanceReasonResponse], maxItems: 50 })
  reasons!: readonly AcceptanceReasonResponse[];

  @ApiProperty(text(100, { example: 'default@3' }))
  policyVersion!: string;

  @ApiProperty(text(100))
  calendarVersion!: string;

  @ApiProperty({ enum: ['policy', 'supervisor'] })
  decidedBy!: 'policy' | 'supervisor';

  @ApiProperty(INSTANT)
  decidedAt!: string;

  @ApiNullable(text(LIMITS.text))
  justification!: string | null;
}

export class RepeatLinkResponse {
  @ApiProperty(UUID)
  complaintId!: string;

  @ApiProperty(INSTANT)
  receivedAt!: string;

  @ApiProperty({ enum: ['serial', 'customer_model'] })
  matchedOn!: 'serial' | 'customer_model';
}

export class ComplaintDeadlineResponse {
  @ApiProperty({ enum: OBLIGATIONS })
  obligation!: Obligation;

  @ApiProperty(INSTANT)
  dueAt!: string;

  @ApiProperty({ enum: DEADLINE_STATES })
  state!: (typeof DEADLINE_STATES)[number];
}

export class InvalidityResponse {
  @ApiProperty(text(LIMITS.code))
  reason!: string;

  @ApiProperty(text(LIMITS.text))
  explanationToCustomer!: string;
}

/** QA's outcome for the complaint (QA-2, QA-5), once QA has a case for it. */
export class QaOutcomeResponse {
  @ApiProperty(UUID)
  caseId!: string;

  @ApiProperty({ enum: QA_STATUSES })
  status!: (typeof QA_STATUSES)[number];

  @ApiProperty({ enum: SEVERITIES })
  severity!: Severity;

  @ApiNullable({ enum: RESPONSIBILITIES })
  responsibility!: ResponsibilityV1 | null;

  @ApiNullable({ enum: OUR_CAUSES })
  ourCause!: OurCauseV1 | null;

  @ApiNullable(text(4000))
  explanationToCustomer!: string | null;

  @ApiProperty()
  capaRequired!: boolean;

  @ApiNullable({ enum: DISPOSITIONS })
  disposition!: DispositionV1 | null;

  @ApiProperty()
  dispositionInterim!: boolean;

  @ApiNullable(text(4000))
  dispositionNote!: string | null;

  @ApiNullable(text(4000))
  summary!: string | null;

  @ApiProperty(INSTANT)
  updatedAt!: string;
}

/** The work order dispatch opened for the complaint (DI-1), as far as dispatch publishes it. */
export class ComplaintWorkOrderResponse {
  @ApiProperty(UUID)
  workOrderId!: string;

  @ApiProperty({ enum: COMPLAINT_WORK_ORDER_STATUSES })
  status!: ComplaintWorkOrderStatus;

  @ApiNullable(EXTERNAL_ID)
  technicianId!: string | null;

  @ApiNullable({ ...UUID, description: 'DI-2: the service outlet the order was given to' })
  outletId!: string | null;

  @ApiNullable(text(200, { description: "DI-2: the outlet's name" }))
  outletName!: string | null;

  @ApiNullable({ enum: ['in_progress', 'resolved', 'unresolved'], description: 'DI-3: the remote attempt, when the customer agreed to one (resolved: no visit)' })
  remoteAttempt!: 'in_progress' | 'resolved' | 'unresolved' | null;

  @ApiNullable({ ...INSTANT, description: 'DI-3: the arrival promised to the customer' })
  arrivalDueAt!: string | null;

  @ApiProperty({ description: 'DI-3: the arrival due time passed with nobody on site' })
  arrivalOverdue!: boolean;

  @ApiNullable(INSTANT)
  arrivedAt!: string | null;

  @ApiNullable({ type: Boolean })
  arrivedLate!: boolean | null;

  @ApiNullable({ enum: ['signed', 'refused'], description: "DI-5: the customer's latest sign-off" })
  signOff!: 'signed' | 'refused' | null;

  @ApiNullable({ type: Number, format: 'int32', minimum: 1, maximum: 5, description: 'Satisfaction 1-5 (the follow-up call, else the sign-off)' })
  satisfaction!: number | null;

  @ApiNullable({ enum: ['reached', 'unreachable'], description: 'DI-8: the follow-up call' })
  followUp!: 'reached' | 'unreachable' | null;

  @ApiProperty(INSTANT)
  createdAt!: string;

  @ApiProperty(INSTANT)
  updatedAt!: string;
}

export class ComplaintResponseDto {
  @ApiProperty(UUID)
  complaintId!: string;

  @ApiProperty({ ...EXTERNAL_ID, example: 'acme', description: "The caller's tenant" })
  tenantId!: string;

  @ApiProperty({ enum: STATUSES })
  status!: ComplaintStatus;

  @ApiProperty(REGION)
  region!: string;

  @ApiProperty({ enum: CHANNELS })
  channel!: Channel;

  @ApiProperty(INSTANT)
  receivedAt!: string;

  @ApiProperty({ enum: CATEGORIES })
  category!: Category;

  @ApiProperty({ enum: SEVERITIES })
  severity!: Severity;

  @ApiProperty(EXTERNAL_ID)
  customerId!: string;

  @ApiProperty(text(LIMITS.name))
  customerName!: string;

  @ApiProperty({ enum: CUSTOMER_TIERS })
  customerTier!: CustomerTier;

  @ApiProperty(text(LIMITS.code))
  model!: string;

  @ApiNullable(text(LIMITS.code))
  serialNumber!: string | null;

  @ApiProperty({ type: ComplaintFactsResponse })
  facts!: ComplaintFactsResponse;

  @ApiNullable({ type: AcceptanceResponse, description: 'The acceptance decision (IN-3..IN-5); null only while it is being decided' })
  acceptance!: AcceptanceResponse | null;

  @ApiProperty({ description: 'IN-9' })
  highPriority!: boolean;

  @ApiNullable(EXTERNAL_ID)
  ownerId!: string | null;

  @ApiProperty({ description: 'IN-10' })
  repeat!: boolean;

  @ApiNullable({ type: RepeatLinkResponse })
  repeatOf!: RepeatLinkResponse | null;

  @ApiProperty({ type: [ComplaintDeadlineResponse], maxItems: 20, description: 'IN-7, IN-8' })
  deadlines!: readonly ComplaintDeadlineResponse[];

  @ApiNullable({ ...INSTANT, description: 'Earliest due time still ahead among obligations still owed; null when none' })
  nextDueAt!: string | null;

  @ApiProperty({ description: 'An obligation still owed is past its due time (IN-7, IN-8)' })
  overdue!: boolean;

  @ApiProperty(COUNT)
  escalationLevel!: number;

  @ApiNullable({ type: InvalidityResponse })
  invalidity!: InvalidityResponse | null;

  @ApiNullable(text(LIMITS.text))
  resolutionSummary!: string | null;

  @ApiProperty(EXTERNAL_ID)
  registeredBy!: string;

  @ApiProperty(INSTANT)
  registeredAt!: string;

  @ApiProperty(INSTANT)
  updatedAt!: string;

  @ApiProperty(REVISION)
  revision!: string;

  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string', nullable: true, maxLength: 200 },
    description: 'Display labels of the coded fields in `language` (`status`, `category`, `obligation.<name>`, ...)',
  })
  labels!: Record<string, string | null>;

  @ApiProperty({ enum: LANGUAGES, description: 'The language of `labels`, negotiated from Accept-Language' })
  language!: Language;

  @ApiNullable({ type: QaOutcomeResponse, description: "QA's outcome once QA has a case for the complaint" })
  qa!: QaOutcomeResponse | null;

  @ApiNullable({ type: ComplaintWorkOrderResponse, description: "Dispatch's work order for the complaint once there is one (QA's on-site repair disposition)" })
  workOrder!: ComplaintWorkOrderResponse | null;
}

export class ComplaintPageResponse extends PageResponseOf(ComplaintResponseDto, 'ComplaintPageBase') {}

export class ComplaintTimelineResponse {
  @ApiProperty(UUID)
  complaintId!: string;

  @ApiProperty({ type: [TimelineEntryResponse], maxItems: 10000 })
  events!: readonly TimelineEntryResponse[];
}
