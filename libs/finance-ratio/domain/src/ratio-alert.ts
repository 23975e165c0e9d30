/**
 * The ratio alert's vocabulary. Values are stable identifiers: they are stored in events, so
 * a value is never renamed.
 */

export const RATIO_ALERT_STATUSES = ['open', 'closed'] as const;
export type RatioAlertStatus = (typeof RATIO_ALERT_STATUSES)[number];
/** The statuses a ratio alert ends in: it owes nothing more and takes no command. */
export type RatioAlertTerminalStatus = Extract<RatioAlertStatus, 'closed'>;
export const RATIO_ALERT_TERMINAL_STATUSES: readonly RatioAlertStatus[] = ['closed'] satisfies readonly RatioAlertTerminalStatus[];

/** What a ratio alert owes, each with a due time (obligations.ts). */
export const RATIO_ALERT_OBLIGATIONS = ['resolve'] as const;
export type RatioAlertObligation = (typeof RATIO_ALERT_OBLIGATIONS)[number];

/**
 * Working days from opening to the `resolve` due time, in the region's calendar (libs/calendar).
 * A setting that differs between organizations belongs in the context's policy document
 * (ARCHITECTURE.md "Policy") once it has one; the decision event then records its version.
 */
export const RESOLVE_WITHIN_WORKING_DAYS = 5;
