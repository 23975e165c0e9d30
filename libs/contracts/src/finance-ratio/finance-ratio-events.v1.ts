/**
 * FinanceRatio's published language (ARCHITECTURE.md "Events"): what other contexts need of its
 * ratio alerts. schemaVersion 1 of each type; a published version never changes meaning
 * (optional fields consumers may ignore can be added; anything else is a new version, ADR 011).
 * Envelope fields (id, stream, tenantId, region, occurredAt, actor, correlationId, policyVersion)
 * travel on the envelope.
 */

export const FINANCE_RATIO_TOPIC = 'aftersales.finance-ratio.events';
/** FinanceRatio's streams: `finance-ratio.ratio-alert-<ratioAlertId>` (the record's key on the topic). */
export const FINANCE_RATIO_RATIO_ALERT_STREAM_PREFIX = 'finance-ratio.ratio-alert-';
export const FINANCE_RATIO_STREAM_PREFIXES = [FINANCE_RATIO_RATIO_ALERT_STREAM_PREFIX] as const;

export const FinanceRatioIntegrationEventTypes = {
  RatioAlertOpened: 'finance-ratio.public.RatioAlertOpened',
} as const;

export type FinanceRatioIntegrationEventType = (typeof FinanceRatioIntegrationEventTypes)[keyof typeof FinanceRatioIntegrationEventTypes];

/** A ratio alert was opened; `dueAt` is when it must be resolved by. */
export interface RatioAlertOpenedV1 {
  readonly ratioAlertId: string;
  readonly customerId: string;
  readonly openedAt: string;
  readonly dueAt: string;
}

/** The data of each published type at v1, by type (the schemas beside them must cover every one). */
export interface FinanceRatioIntegrationEventData {
  readonly 'finance-ratio.public.RatioAlertOpened': RatioAlertOpenedV1;
}
