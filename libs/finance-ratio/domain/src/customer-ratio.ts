/**
 * A customer's ratio account: the purchases and movements its ratio is taken from, and its alerts.
 * Values are stable identifiers: they are stored in events, so a value is never renamed.
 */

/** `none` before anything was recorded; then within or over its limit (FR-2: the alert follows the status). */
export const CUSTOMER_RATIO_STATUSES = ['within_limit', 'over_limit'] as const;
export type CustomerRatioStatus = (typeof CUSTOMER_RATIO_STATUSES)[number];

/** Where purchases came from. */
export const PURCHASE_SOURCES = ['api', 'csv', 'xlsx'] as const;
export type PurchaseSource = (typeof PURCHASE_SOURCES)[number];

/** What recording a purchase document did: new, the same again (nothing), or changed (a correction event). */
export const PURCHASE_OUTCOMES = ['recorded', 'unchanged', 'corrected'] as const;
export type PurchaseOutcome = (typeof PURCHASE_OUTCOMES)[number];

export const ALERT_STATUSES = ['open', 'cleared'] as const;
export type AlertStatus = (typeof ALERT_STATUSES)[number];
