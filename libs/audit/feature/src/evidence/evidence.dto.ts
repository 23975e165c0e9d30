import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches, MaxLength } from 'class-validator';
import { COMMITMENT_KINDS, COMMITMENT_OUTCOMES, KPI_SCOPES, PERIOD_KEY_PATTERN } from '@aftersales/audit-domain';
import type { CommitmentKind, CommitmentOutcome, KpiScope } from '@aftersales/audit-domain';
import { ApiNullable, EXTERNAL_ID, INSTANT, LIMITS, OptionalOneOf, OptionalText, REGION, text } from '@aftersales/platform';
import { EVIDENCE_SECTIONS, EvidenceSection } from './evidence-files';

const PERIOD = { type: String, pattern: PERIOD_KEY_PATTERN.source, maxLength: 8, example: '2026-03', description: 'A month (2026-03), a quarter (2026-Q1) or an ISO week (2026-W10), in the region\'s time zone' };

export const PACK_FORMATS = ['json', 'csv', 'xlsx', 'pdf'] as const;
export type PackFormat = (typeof PACK_FORMATS)[number];
export const TABLE_FORMATS = ['json', 'csv', 'xlsx'] as const;
export type TableFormat = (typeof TABLE_FORMATS)[number];

class PeriodQuery {
  @ApiProperty(PERIOD)
  @IsString()
  @Matches(PERIOD_KEY_PATTERN, { message: 'period must be a month (2026-03), a quarter (2026-Q1) or an ISO week (2026-W10)' })
  period!: string;
}

export class EvidencePackQuery extends PeriodQuery {
  @ApiProperty(REGION)
  @IsString()
  @MaxLength(LIMITS.id)
  region!: string;

  @OptionalOneOf(PACK_FORMATS, { description: 'json (default), csv (one section), xlsx or pdf' })
  format?: PackFormat;

  @OptionalOneOf(EVIDENCE_SECTIONS, { description: 'The section a CSV holds (default commitments)' })
  section?: EvidenceSection;
}

export class KpiQuery extends PeriodQuery {
  @ApiProperty(REGION)
  @IsString()
  @MaxLength(LIMITS.id)
  region!: string;

  @OptionalOneOf(TABLE_FORMATS, { description: 'json (default), csv or xlsx' })
  format?: TableFormat;
}

export class DisclosureQuery extends PeriodQuery {
  @OptionalText(LIMITS.id, { description: 'One region; every region when absent', example: 'cn-east' })
  region?: string;

  @OptionalOneOf(TABLE_FORMATS, { description: 'json (default), csv or xlsx' })
  format?: TableFormat;
}

export class PeriodResponse {
  @ApiProperty({ ...PERIOD, pattern: undefined })
  key!: string;

  @ApiProperty({ ...INSTANT, description: 'The period begins (the start of its first day in the region)' })
  from!: string;

  @ApiProperty({ ...INSTANT, description: 'The period ends (exclusive)' })
  to!: string;
}

export class CommitmentResponse {
  @ApiProperty({ enum: COMMITMENT_KINDS })
  kind!: CommitmentKind;

  @ApiProperty(text(LIMITS.id, { example: 'intake' }))
  context!: string;

  @ApiProperty(text(200, { example: 'intake.complaint-0192f1de-7c1a-7cc2-9a4e-6b1f5e4f3a10' }))
  caseStream!: string;

  @ApiProperty(REGION)
  region!: string;

  @ApiProperty(INSTANT)
  openedAt!: string;

  @ApiProperty(INSTANT)
  dueAt!: string;

  @ApiNullable(EXTERNAL_ID)
  responsibleId!: string | null;

  @ApiNullable(text(LIMITS.name, { description: "The technician's employer (dispatch); null for intake" }))
  team!: string | null;

  @ApiNullable(INSTANT)
  metAt!: string | null;

  @ApiProperty({ enum: COMMITMENT_OUTCOMES })
  outcome!: CommitmentOutcome;

  @ApiNullable(text(LIMITS.id))
  policyVersion!: string | null;
}

export class CommitmentCountResponse {
  @ApiProperty({ enum: COMMITMENT_KINDS })
  kind!: CommitmentKind;

  @ApiProperty({ minimum: 0 }) due!: number;
  @ApiProperty({ minimum: 0 }) kept!: number;
  @ApiProperty({ minimum: 0 }) late!: number;
  @ApiProperty({ minimum: 0 }) missed!: number;
  @ApiProperty({ minimum: 0 }) open!: number;
  @ApiProperty({ minimum: 0 }) cancelled!: number;
}

export class ComplaintRecordResponse {
  @ApiProperty(text(LIMITS.id)) complaintId!: string;
  @ApiProperty(REGION) region!: string;
  @ApiProperty(INSTANT) receivedAt!: string;
  @ApiNullable(text(LIMITS.id)) category!: string | null;
  @ApiNullable(text(LIMITS.id)) severity!: string | null;
  @ApiProperty() highPriority!: boolean;
  @ApiProperty({ description: 'IN-10: repeats an earlier complaint' }) repeat!: boolean;
  @ApiNullable(EXTERNAL_ID) ownerId!: string | null;
  @ApiNullable(text(LIMITS.id)) acceptance!: string | null;
  @ApiNullable(INSTANT) acknowledgedAt!: string | null;
  @ApiProperty({ minimum: 0 }) escalations!: number;
  @ApiProperty({ enum: ['open', 'closed', 'invalidated', 'withdrawn'] }) status!: 'open' | 'closed' | 'invalidated' | 'withdrawn';
  @ApiNullable(INSTANT) endedAt!: string | null;
  @ApiNullable(text(LIMITS.text)) resolution!: string | null;
}

export class SatisfactionResultResponse {
  @ApiProperty(text(LIMITS.id)) workOrderId!: string;
  @ApiProperty(REGION) region!: string;
  @ApiProperty({ enum: ['sign_off', 'follow_up'] }) source!: 'sign_off' | 'follow_up';
  @ApiProperty(INSTANT) at!: string;
  @ApiNullable({ type: Number, description: "The customer's score" }) satisfaction!: number | null;
  @ApiProperty(text(LIMITS.id)) outcome!: string;
  @ApiProperty() opensComplaint!: boolean;
  @ApiNullable(EXTERNAL_ID) technicianId!: string | null;
  @ApiNullable(text(LIMITS.name)) team!: string | null;
}

export class CapaRecordResponse {
  @ApiProperty(text(LIMITS.id)) capaId!: string;
  @ApiNullable(text(LIMITS.id)) caseId!: string | null;
  @ApiProperty(REGION) region!: string;
  @ApiProperty(INSTANT) openedAt!: string;
  @ApiNullable(INSTANT) dueAt!: string | null;
  @ApiProperty() required!: boolean;
  @ApiNullable(EXTERNAL_ID) ownerId!: string | null;
  @ApiProperty({ minimum: 0 }) verifications!: number;
  @ApiProperty({ minimum: 0 }) passedVerifications!: number;
  @ApiProperty() overdue!: boolean;
  @ApiNullable(INSTANT) closedAt!: string | null;
  @ApiNullable({ type: Boolean, description: 'Closed by its due time; null while open' }) closedOnTime!: boolean | null;
}

export class ReturnRefusalResponse {
  @ApiProperty({ ...text(LIMITS.id), description: 'signer, ratio_check or qa_inspection' }) kind!: string;
  @ApiProperty(text(LIMITS.text)) explanation!: string;
}

export class ReturnRecordResponse {
  @ApiProperty(text(LIMITS.id)) returnRequestId!: string;
  @ApiProperty(REGION) region!: string;
  @ApiProperty(EXTERNAL_ID) customerId!: string;
  @ApiProperty({ ...text(LIMITS.id), description: 'unsalable, quality or customer_error' }) reason!: string;
  @ApiProperty({ ...text(LIMITS.id), description: 'after_sales (entered by the section) or qa_disposition (made from QA\'s decision)' }) source!: string;
  @ApiNullable(text(LIMITS.id)) caseId!: string | null;
  @ApiProperty(INSTANT) openedAt!: string;
  @ApiProperty({ enum: ['open', 'approved', 'refused', 'booked', 'closed'] }) status!: 'open' | 'approved' | 'refused' | 'booked' | 'closed';
  @ApiNullable({ type: ReturnRefusalResponse }) refusal!: ReturnRefusalResponse | null;
  @ApiNullable(INSTANT) approvedAt!: string | null;
  @ApiNullable({ ...text(LIMITS.id), description: 'QA\'s inspection verdict (QA-6): signed or refused' }) inspection!: string | null;
  @ApiNullable(text(LIMITS.id)) receiptNoteNumber!: string | null;
  @ApiNullable(INSTANT) bookedAt!: string | null;
  @ApiNullable({ type: Number, minimum: 0 }) bookedQuantity!: number | null;
  @ApiNullable({ ...text(LIMITS.id), description: 'company or customer (WR-7)' }) costsBorneBy!: string | null;
  @ApiNullable(INSTANT) returnNoteSentAt!: string | null;
}

export class VersionInForceResponse {
  @ApiProperty(text(LIMITS.id)) context!: string;
  @ApiProperty({ enum: ['policy', 'calendar'] }) kind!: 'policy' | 'calendar';
  @ApiProperty(text(LIMITS.id)) version!: string;
  @ApiProperty({ minimum: 1 }) events!: number;
  @ApiProperty(INSTANT) firstSeen!: string;
  @ApiProperty(INSTANT) lastSeen!: string;
}

export class NonconformityLineResponse {
  @ApiProperty(text(LIMITS.id)) nonconformityId!: string;
  @ApiProperty(INSTANT) raisedAt!: string;
  @ApiProperty(text(LIMITS.id)) clause!: string;
  @ApiProperty(text(LIMITS.text)) finding!: string;
  @ApiProperty(text(LIMITS.id)) status!: string;
  @ApiNullable(text(LIMITS.text)) correctiveAction!: string | null;
  @ApiNullable({ type: Boolean }) effective!: boolean | null;
}

const MANY = 1_000_000;

export class EvidencePackResponse {
  @ApiProperty(REGION) region!: string;
  @ApiProperty({ type: PeriodResponse }) period!: PeriodResponse;
  @ApiProperty({ ...INSTANT, description: 'Outcomes as they stood at this instant' }) asOf!: string;
  @ApiProperty({ type: [CommitmentResponse], maxItems: MANY }) commitments!: readonly CommitmentResponse[];
  @ApiProperty({ type: [CommitmentCountResponse], maxItems: 10 }) commitmentSummary!: readonly CommitmentCountResponse[];
  @ApiProperty({ type: [ComplaintRecordResponse], maxItems: MANY }) complaints!: readonly ComplaintRecordResponse[];
  @ApiProperty({ type: [SatisfactionResultResponse], maxItems: MANY }) satisfaction!: readonly SatisfactionResultResponse[];
  @ApiProperty({ type: [CapaRecordResponse], maxItems: MANY }) capas!: readonly CapaRecordResponse[];
  @ApiProperty({ type: [ReturnRecordResponse], maxItems: MANY, description: 'Returns opened, booked or closed in the period (WR-1..WR-7)' }) returns!: readonly ReturnRecordResponse[];
  @ApiProperty({ type: [VersionInForceResponse], maxItems: 10000 }) versions!: readonly VersionInForceResponse[];
  @ApiProperty({ type: [NonconformityLineResponse], maxItems: MANY }) nonconformities!: readonly NonconformityLineResponse[];
}

export class DisclosureRowResponse {
  @ApiProperty({ ...PERIOD, pattern: undefined }) period!: string;
  @ApiProperty(REGION) region!: string;
  @ApiProperty({ enum: COMMITMENT_KINDS }) kind!: CommitmentKind;
  @ApiProperty({ minimum: 0 }) due!: number;
  @ApiProperty({ minimum: 0 }) keptOnTime!: number;
  @ApiProperty({ minimum: 0 }) keptLate!: number;
  @ApiProperty({ minimum: 0 }) missed!: number;
  @ApiNullable({ type: Number, description: '(late + missed) ÷ decided; null when none was decided' }) defectRate!: number | null;
}

export class DisclosureResponse {
  @ApiProperty({ ...PERIOD, pattern: undefined }) period!: string;
  @ApiProperty({ type: [DisclosureRowResponse], maxItems: 10000, description: 'Counts only: no case, person or customer' }) rows!: readonly DisclosureRowResponse[];
}

export class RatioResponse {
  @ApiProperty({ minimum: 0 }) numerator!: number;
  @ApiProperty({ minimum: 0 }) denominator!: number;
  @ApiNullable({ type: Number, description: 'To 4 decimals; null when the denominator is 0' }) rate!: number | null;
}

export class SatisfactionKpiResponse {
  @ApiProperty({ minimum: 0 }) scores!: number;
  @ApiNullable({ type: Number }) mean!: number | null;
}

export class KpiRowResponse {
  @ApiProperty({ enum: KPI_SCOPES }) scope!: KpiScope;
  @ApiProperty(text(LIMITS.name)) key!: string;
  @ApiProperty({ type: RatioResponse, description: 'Commitments kept on time ÷ decided' }) timeliness!: RatioResponse;
  @ApiNullable({ type: RatioResponse, description: 'Repeat complaints ÷ complaints (region, complaint owner)' }) repeatRate!: RatioResponse | null;
  @ApiProperty({ type: SatisfactionKpiResponse }) satisfaction!: SatisfactionKpiResponse;
  @ApiNullable({ type: RatioResponse, description: 'Region: complaints ÷ work orders; team, person: follow-ups that opened a complaint ÷ follow-ups' }) complaintRate!: RatioResponse | null;
  @ApiNullable({ type: RatioResponse, description: 'Region only: exchanged or returned ÷ purchased quantity' }) exchangeRatio!: RatioResponse | null;
}

export class KpiResponse {
  @ApiProperty(REGION) region!: string;
  @ApiProperty({ type: PeriodResponse }) period!: PeriodResponse;
  @ApiProperty({ type: [KpiRowResponse], maxItems: 100000 }) rows!: readonly KpiRowResponse[];
}
