import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ALERT_STATUSES,
  COST_CATEGORIES,
  COST_CAUSES,
  COST_GROUPINGS,
  COST_SOURCES,
  CUSTOMER_RATIO_STATUSES,
  MOVEMENT_KINDS,
  PERIOD_KINDS,
  PURCHASE_OUTCOMES,
  RESPONSIBLE_PARTIES,
  REWARD_PENALTY_KINDS,
  REWARD_PENALTY_STATUSES,
} from '@aftersales/finance-ratio-domain';
import type {
  AlertStatus,
  CostCategory,
  CostCause,
  CostGrouping,
  CostSourceKind,
  CustomerRatioStatus,
  MovementKind,
  PeriodKind,
  PurchaseOutcome,
  ResponsibleParty,
  RewardPenaltyKind,
  RewardPenaltyStatus,
} from '@aftersales/finance-ratio-domain';
import { ApiNullable, COUNT, EXTERNAL_ID, INSTANT, LIMITS, LOCAL_DATE, PageResponseOf, REGION, UUID, text } from '@aftersales/platform';

/* The documented bodies of finance-ratio's endpoints: controllers return these classes, so tsc refuses a drift. */

const MINOR = { type: String, pattern: '^-?\\d{1,20}$', maxLength: 21, example: '123000', description: 'Integer minor units of the currency (123000 = 1230.00 CNY)' };
const RATIO = { type: String, pattern: '^\\d+\\.\\d{6}$', maxLength: 30, example: '0.050000', description: 'To 6 places, rounded half up, for display; decide on `exceeded`' };
const DECIMAL = { type: String, maxLength: 20, example: '0.05' };
const CURRENCY = { type: String, pattern: '^[A-Z]{3}$', maxLength: 3, example: 'CNY' };

export class PeriodResponse {
  @ApiProperty({ enum: PERIOD_KINDS })
  kind!: PeriodKind;
  @ApiProperty(LOCAL_DATE)
  from!: string;
  @ApiProperty(LOCAL_DATE)
  to!: string;
}

export class QuantityFiguresResponse {
  @ApiProperty(COUNT)
  exchanged!: number;
  @ApiProperty(COUNT)
  returned!: number;
  @ApiProperty({ ...COUNT, description: 'exchanged + returned' })
  numerator!: number;
  @ApiProperty({ ...COUNT, description: 'Purchased in the period (the denominator)' })
  purchased!: number;
  @ApiNullable(RATIO)
  ratio!: string | null;
  @ApiProperty()
  exceeded!: boolean;
}

export class AmountFiguresResponse {
  @ApiProperty(CURRENCY)
  currency!: string;
  @ApiProperty(MINOR)
  exchangedMinor!: string;
  @ApiProperty(MINOR)
  returnedMinor!: string;
  @ApiProperty(MINOR)
  numeratorMinor!: string;
  @ApiProperty(MINOR)
  purchasedMinor!: string;
  @ApiNullable(RATIO)
  ratio!: string | null;
  @ApiProperty()
  exceeded!: boolean;
}

export class LimitResponse {
  @ApiProperty(DECIMAL)
  quantity!: string;
  @ApiProperty(DECIMAL)
  amount!: string;
  @ApiProperty({ enum: ['contract', 'region', 'default'], description: 'A contract override, the region\'s limit, or the company-wide default' })
  source!: 'contract' | 'region' | 'default';
  @ApiNullable({ ...EXTERNAL_ID, description: 'The contract of an override' })
  contractNumber!: string | null;
  @ApiNullable(REGION)
  region!: string | null;
}

export class SnapshotResponse {
  @ApiProperty(EXTERNAL_ID)
  customerId!: string;
  @ApiProperty(REGION)
  region!: string;
  @ApiProperty({ type: PeriodResponse })
  period!: PeriodResponse;
  @ApiProperty({ type: QuantityFiguresResponse })
  quantity!: QuantityFiguresResponse;
  @ApiProperty({ type: [AmountFiguresResponse], maxItems: 200, description: 'One per currency' })
  amounts!: AmountFiguresResponse[];
  @ApiProperty({ type: LimitResponse })
  limit!: LimitResponse;
  @ApiProperty({ description: 'Over the limit on quantity or on the amount of any currency (a ratio equal to the limit is within it)' })
  overLimit!: boolean;
  @ApiProperty({ ...COUNT, description: 'Movements in the period no purchase of the model could value (counted in quantity only)' })
  unvaluedMovements!: number;
  @ApiProperty(COUNT)
  purchaseDocuments!: number;
  @ApiProperty(COUNT)
  movements!: number;
  @ApiProperty({ type: String, maxLength: 100, example: 'finance-ratio-default@2026.2' })
  policyVersion!: string;
}

export class RatioDocumentResponse {
  @ApiProperty(EXTERNAL_ID)
  documentNumber!: string;
  @ApiProperty(LOCAL_DATE)
  documentDate!: string;
  @ApiProperty(CURRENCY)
  currency!: string;
  @ApiProperty(COUNT)
  quantity!: number;
  @ApiProperty(MINOR)
  amountMinor!: string;
  @ApiNullable(EXTERNAL_ID)
  contractNumber!: string | null;
}

export class MovementValueResponse {
  @ApiProperty(CURRENCY)
  currency!: string;
  @ApiProperty(MINOR)
  amountMinor!: string;
  @ApiProperty(MINOR)
  unitPriceMinor!: string;
  @ApiProperty({ ...EXTERNAL_ID, description: 'The purchase document the price came from (a booked return: its delivery document, else its receipt note)' })
  documentNumber!: string;
}

export class MovementSourceResponse {
  @ApiProperty({ type: String, maxLength: 100, example: 'qa.public.DispositionDecided' })
  eventType!: string;
  @ApiProperty(UUID)
  eventId!: string;
  @ApiProperty({ ...EXTERNAL_ID, nullable: true, description: 'The QA case of a disposition; null for a booked return' })
  caseId!: string | null;
  @ApiPropertyOptional({ ...UUID, description: "A booked return's request (warehouse-returns)" })
  returnRequestId?: string;
  @ApiPropertyOptional({ ...EXTERNAL_ID, description: "A booked return's receipt-note line" })
  lineId?: string;
}

export class MovementResponse {
  @ApiProperty(EXTERNAL_ID)
  movementId!: string;
  @ApiProperty({ enum: MOVEMENT_KINDS })
  kind!: MovementKind;
  @ApiProperty(COUNT)
  quantity!: number;
  @ApiProperty(EXTERNAL_ID)
  model!: string;
  @ApiNullable(EXTERNAL_ID)
  serialNumber!: string | null;
  @ApiNullable(EXTERNAL_ID)
  contractNumber!: string | null;
  @ApiProperty(INSTANT)
  occurredAt!: string;
  @ApiProperty(LOCAL_DATE)
  occurredOn!: string;
  @ApiNullable({ type: MovementValueResponse, description: 'null when the customer never bought the model' })
  value!: MovementValueResponse | null;
  @ApiProperty({ type: MovementSourceResponse })
  source!: MovementSourceResponse;
}

/** GET /finance/ratios/{customerId}: the figure with what it is made of. */
export class RatioResponse extends SnapshotResponse {
  @ApiProperty({ ...INSTANT, description: 'The clock reading it was computed at' })
  asOf!: string;
  @ApiProperty({ enum: CUSTOMER_RATIO_STATUSES })
  status!: CustomerRatioStatus;
  @ApiNullable({ ...UUID, description: 'The alert of the current crossing' })
  openAlertId!: string | null;
  @ApiProperty({ type: [RatioDocumentResponse], maxItems: 100000, description: 'The purchase documents in the period (the denominator)' })
  documents!: RatioDocumentResponse[];
  @ApiProperty({ type: [MovementResponse], maxItems: 100000, description: 'The exchanges and returns in the period (the numerator)' })
  movementDetails!: MovementResponse[];
}

export class DocumentOutcomeResponse {
  @ApiProperty(EXTERNAL_ID)
  customerId!: string;
  @ApiProperty(EXTERNAL_ID)
  documentNumber!: string;
  @ApiProperty({ enum: PURCHASE_OUTCOMES, description: 'recorded (new), unchanged (the same document again: nothing recorded) or corrected (a correction event)' })
  outcome!: PurchaseOutcome;
}

export class RecordPurchasesResponse {
  @ApiProperty({ type: [DocumentOutcomeResponse], maxItems: 20000 })
  documents!: DocumentOutcomeResponse[];
}

export class RowErrorResponse {
  @ApiProperty({ ...COUNT, description: 'The row as a spreadsheet numbers it (the header is row 1)' })
  row!: number;
  @ApiProperty({ type: String, maxLength: 100, example: 'unit_price' })
  column!: string;
  @ApiProperty({ type: String, maxLength: 100, example: 'too_many_decimals' })
  code!: string;
}

export class ImportPurchasesResponse extends RecordPurchasesResponse {
  @ApiProperty({ ...COUNT, description: 'Data rows read' })
  rows!: number;
  @ApiProperty({ type: [RowErrorResponse], maxItems: 20000, description: 'Rows refused (only with validRowsOnly: their documents were not recorded)' })
  rowErrors!: RowErrorResponse[];
}

export class AcknowledgementResponse {
  @ApiProperty(EXTERNAL_ID)
  by!: string;
  @ApiProperty(INSTANT)
  at!: string;
  @ApiProperty(text(LIMITS.text))
  comment!: string;
}

export class AlertResponse {
  @ApiProperty(UUID)
  alertId!: string;
  @ApiProperty(EXTERNAL_ID)
  customerId!: string;
  @ApiProperty(REGION)
  region!: string;
  @ApiProperty({ ...COUNT, description: 'The customer\'s how-manieth crossing of its limit' })
  crossing!: number;
  @ApiProperty({ enum: ALERT_STATUSES })
  status!: AlertStatus;
  @ApiProperty({ type: [String], maxItems: 20, example: ['business_head', 'general_manager'] })
  recipients!: string[];
  @ApiProperty(INSTANT)
  raisedAt!: string;
  @ApiProperty({ type: SnapshotResponse, description: 'The ratio that crossed the limit' })
  raisedWith!: SnapshotResponse;
  @ApiNullable(INSTANT)
  clearedAt!: string | null;
  @ApiNullable({ type: SnapshotResponse, description: 'The ratio back within the limit' })
  clearedWith!: SnapshotResponse | null;
  @ApiNullable({ type: AcknowledgementResponse })
  acknowledged!: AcknowledgementResponse | null;
}

export class AlertPageResponse extends PageResponseOf(AlertResponse, 'AlertPageBase') {}

export class AttributionResponse {
  @ApiProperty({ enum: RESPONSIBLE_PARTIES })
  party!: ResponsibleParty;
  @ApiNullable(EXTERNAL_ID)
  salesRepId!: string | null;
  @ApiProperty({ enum: COST_CAUSES })
  cause!: CostCause;
  @ApiPropertyOptional({ ...EXTERNAL_ID, description: 'The sales department charged (WR-7: an unsold customer-caused return warehouse-returns charged to the department)' })
  department?: string;
}

export class CostSourceResponse {
  @ApiProperty({ enum: COST_SOURCES })
  kind!: CostSourceKind;
  @ApiProperty({ type: String, maxLength: 100, example: 'finance-ratio.CostEntryRecorded' })
  eventType!: string;
  @ApiNullable({ ...UUID, description: 'The source event (null for a manual entry: its own recording is the source)' })
  eventId!: string | null;
}

/** A quality-cost ledger entry (FR-3). */
export class CostEntryResponse {
  @ApiProperty(UUID)
  entryId!: string;
  @ApiProperty({ enum: COST_CATEGORIES })
  category!: CostCategory;
  @ApiProperty(MINOR)
  amountMinor!: string;
  @ApiProperty(CURRENCY)
  currency!: string;
  @ApiProperty(LOCAL_DATE)
  occurredOn!: string;
  @ApiProperty(EXTERNAL_ID)
  customerId!: string;
  @ApiProperty(REGION)
  region!: string;
  @ApiNullable(EXTERNAL_ID)
  caseRef!: string | null;
  @ApiProperty({ type: AttributionResponse })
  attribution!: AttributionResponse;
  @ApiProperty({ type: CostSourceResponse })
  source!: CostSourceResponse;
  @ApiNullable({ ...UUID, description: 'The entry this one adjusts' })
  adjusts!: string | null;
  @ApiNullable(text(LIMITS.text))
  note!: string | null;
  @ApiProperty(EXTERNAL_ID)
  recordedBy!: string;
  @ApiProperty(INSTANT)
  recordedAt!: string;
  @ApiProperty({ ...UUID, description: 'The event that recorded it' })
  recordedEventId!: string;
}

export class CostReportRowResponse {
  @ApiProperty({ type: String, maxLength: 100, example: 'C-10086' })
  key!: string;
  @ApiProperty(CURRENCY)
  currency!: string;
  @ApiProperty(MINOR)
  parts!: string;
  @ApiProperty(MINOR)
  labour!: string;
  @ApiProperty(MINOR)
  freight!: string;
  @ApiProperty(MINOR)
  writeOff!: string;
  @ApiProperty(MINOR)
  total!: string;
  @ApiProperty(COUNT)
  entries!: number;
}

export class CostReportTotalResponse {
  @ApiProperty(CURRENCY)
  currency!: string;
  @ApiProperty(MINOR)
  total!: string;
  @ApiProperty(COUNT)
  entries!: number;
}

export class CostReportResponse {
  @ApiProperty({ enum: COST_GROUPINGS })
  groupBy!: CostGrouping;
  @ApiProperty(LOCAL_DATE)
  from!: string;
  @ApiProperty(LOCAL_DATE)
  to!: string;
  @ApiProperty({ type: [CostReportRowResponse], maxItems: 1000000 })
  rows!: CostReportRowResponse[];
  @ApiProperty({ type: [CostReportTotalResponse], maxItems: 200, description: 'Per currency, the sum of every entry in the period (equals the rows\' sum)' })
  totals!: CostReportTotalResponse[];
}

export class RewardPenaltySourceResponse {
  @ApiProperty({ enum: ['manual', 'dispatch_conduct'], description: "A manager's proposal, or a conduct record from dispatch (DI-9) arriving as one" })
  kind!: 'manual' | 'dispatch_conduct';
  @ApiNullable({ ...UUID, description: 'The dispatch.public.ConductRecorded event (null for a manual proposal)' })
  eventId!: string | null;
}

export class RewardPenaltyResponse {
  @ApiProperty(UUID)
  proposalId!: string;
  @ApiProperty({ enum: REWARD_PENALTY_KINDS })
  kind!: RewardPenaltyKind;
  @ApiProperty({ enum: REWARD_PENALTY_STATUSES })
  status!: RewardPenaltyStatus;
  @ApiProperty(EXTERNAL_ID)
  subjectId!: string;
  @ApiProperty({ type: String, maxLength: 7, example: '2026-03' })
  month!: string;
  @ApiProperty(MINOR)
  amountMinor!: string;
  @ApiProperty(CURRENCY)
  currency!: string;
  @ApiProperty(text(LIMITS.text))
  reason!: string;
  @ApiProperty(REGION)
  region!: string;
  @ApiProperty({ type: RewardPenaltySourceResponse })
  source!: RewardPenaltySourceResponse;
  @ApiProperty(EXTERNAL_ID)
  proposedBy!: string;
  @ApiProperty(INSTANT)
  proposedAt!: string;
  @ApiNullable(EXTERNAL_ID)
  decidedBy!: string | null;
  @ApiNullable(INSTANT)
  decidedAt!: string | null;
  @ApiNullable({ ...text(LIMITS.text), description: 'The approval\'s comment or the rejection\'s reason' })
  decision!: string | null;
  @ApiNullable({ type: String, maxLength: 100 })
  policyVersion!: string | null;
}

export class RewardPenaltyPageResponse extends PageResponseOf(RewardPenaltyResponse, 'RewardPenaltyPageBase') {}
