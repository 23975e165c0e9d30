/**
 * FinanceRatio's published language (ARCHITECTURE.md "Events"): what other contexts need of a
 * customer's exchange/return ratio (rule FR-1) and its alerts (FR-2). schemaVersion 1 of each type;
 * a published version never changes meaning (optional fields consumers may ignore can be added;
 * anything else is a new version, ADR 011). Envelope fields (id, stream, tenantId, region,
 * occurredAt, actor, correlationId, policyVersion) travel on the envelope.
 *
 * warehouse-returns approves a return against the ratio by keeping its own projection of
 * `RatioSnapshotTaken` (the latest per customer: highest `sequence`), never by calling this service.
 */

export const FINANCE_RATIO_TOPIC = 'aftersales.finance-ratio.events';
/** A customer's ratio account: `finance-ratio.customer-<accountId>` (the record's key on the topic, so a customer's snapshots arrive in order). */
export const FINANCE_RATIO_CUSTOMER_STREAM_PREFIX = 'finance-ratio.customer-';
/** A quality-cost ledger entry (rule FR-3): `finance-ratio.cost-entry-<entryId>` (nothing of it is published yet). */
export const FINANCE_RATIO_COST_ENTRY_STREAM_PREFIX = 'finance-ratio.cost-entry-';
/** A reward or penalty proposal (rule FR-4): `finance-ratio.reward-penalty-<proposalId>` (nothing of it is published yet). */
export const FINANCE_RATIO_REWARD_PENALTY_STREAM_PREFIX = 'finance-ratio.reward-penalty-';
export const FINANCE_RATIO_STREAM_PREFIXES = [FINANCE_RATIO_CUSTOMER_STREAM_PREFIX, FINANCE_RATIO_COST_ENTRY_STREAM_PREFIX, FINANCE_RATIO_REWARD_PENALTY_STREAM_PREFIX] as const;

export const FinanceRatioIntegrationEventTypes = {
  RatioSnapshotTaken: 'finance-ratio.public.RatioSnapshotTaken',
  RatioAlertRaised: 'finance-ratio.public.RatioAlertRaised',
  RatioAlertCleared: 'finance-ratio.public.RatioAlertCleared',
  PurchaseDocumentRecorded: 'finance-ratio.public.PurchaseDocumentRecorded',
} as const;

export type FinanceRatioIntegrationEventType = (typeof FinanceRatioIntegrationEventTypes)[keyof typeof FinanceRatioIntegrationEventTypes];

export type RatioPeriodKindV1 = 'month' | 'quarter' | 'year' | 'rolling_days';
export type RatioLimitSourceV1 = 'contract' | 'region' | 'default';

/** One currency's sums, in integer minor units as decimal strings (`"1230"` = 12.30 CNY): never a float. */
export interface RatioAmountV1 {
  readonly currency: string;
  readonly exchangedMinor: string;
  readonly returnedMinor: string;
  /** exchanged + returned. */
  readonly numeratorMinor: string;
  readonly purchasedMinor: string;
  /** numerator / purchased to 6 places, for display; null when nothing was purchased. Decide on `exceeded`. */
  readonly ratio: string | null;
  readonly exceeded: boolean;
}

/**
 * A customer's ratio changed (rule FR-1): published on every change, for a consumer's projection
 * (warehouse-returns' approval). `sequence` grows by one per snapshot of the customer: keep the
 * highest. `overLimit` is exact (integer arithmetic, a ratio equal to the limit is within it).
 */
export interface RatioSnapshotTakenV1 {
  readonly customerId: string;
  readonly sequence: number;
  readonly asOf: string;
  readonly period: { readonly kind: RatioPeriodKindV1; readonly from: string; readonly to: string };
  readonly quantity: { readonly exchanged: number; readonly returned: number; readonly numerator: number; readonly purchased: number; readonly ratio: string | null; readonly exceeded: boolean };
  readonly amounts: readonly RatioAmountV1[];
  /** The permitted ratio as decimal strings (`"0.05"`), where it came from, and the contract of an override. */
  readonly limit: { readonly quantity: string; readonly amount: string; readonly source: RatioLimitSourceV1; readonly contractNumber: string | null };
  readonly overLimit: boolean;
  /** The open alert of the current crossing, if any (RatioAlertRaised). */
  readonly openAlertId: string | null;
  readonly policyVersion: string;
}

/** The customer crossed its limit (rule FR-2): one per crossing, for the recipients' roles. */
export interface RatioAlertRaisedV1 {
  readonly alertId: string;
  readonly customerId: string;
  readonly crossing: number;
  readonly recipients: readonly string[];
  readonly raisedAt: string;
  readonly policyVersion: string;
}

/** The customer is back within its limit: the crossing's alert is cleared. */
export interface RatioAlertClearedV1 {
  readonly alertId: string;
  readonly customerId: string;
  readonly crossing: number;
  readonly clearedAt: string;
}

/**
 * A purchase (delivery) document of a customer as finance now holds it (the ratio's denominator,
 * FR-1), published when recorded and again, with a higher `revision`, when corrected: a consumer
 * keeps the highest revision per document number. warehouse-returns checks that a return line does
 * not exceed what was delivered (rule WR-1) and takes the line's price and sales rep (rule WR-7)
 * from it. Unit prices in integer minor units as decimal strings.
 */
export interface PurchaseDocumentRecordedV1 {
  readonly customerId: string;
  readonly documentNumber: string;
  readonly revision: number;
  readonly documentDate: string;
  readonly region: string;
  readonly contractNumber: string | null;
  readonly salesRepId: string | null;
  readonly currency: string;
  readonly lines: readonly { readonly sku: string; readonly quantity: number; readonly unitPriceMinor: string }[];
}

/** The data of each published type at v1, by type (the schemas beside them must cover every one). */
export interface FinanceRatioIntegrationEventData {
  readonly 'finance-ratio.public.RatioSnapshotTaken': RatioSnapshotTakenV1;
  readonly 'finance-ratio.public.RatioAlertRaised': RatioAlertRaisedV1;
  readonly 'finance-ratio.public.RatioAlertCleared': RatioAlertClearedV1;
  readonly 'finance-ratio.public.PurchaseDocumentRecorded': PurchaseDocumentRecordedV1;
}
