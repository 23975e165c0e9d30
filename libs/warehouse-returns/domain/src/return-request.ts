/**
 * The return request's vocabulary. Values are stable identifiers: they are stored in events, so
 * a value is never renamed.
 */

export const RETURN_REQUEST_STATUSES = ['open', 'closed'] as const;
export type ReturnRequestStatus = (typeof RETURN_REQUEST_STATUSES)[number];
/** The statuses a return request ends in: it owes nothing more and takes no command. */
export type ReturnRequestTerminalStatus = Extract<ReturnRequestStatus, 'closed'>;
export const RETURN_REQUEST_TERMINAL_STATUSES: readonly ReturnRequestStatus[] = ['closed'] satisfies readonly ReturnRequestTerminalStatus[];

/** What a return request owes, each with a due time (obligations.ts). */
export const RETURN_REQUEST_OBLIGATIONS = ['resolve'] as const;
export type ReturnRequestObligation = (typeof RETURN_REQUEST_OBLIGATIONS)[number];

/**
 * Working days from opening to the `resolve` due time, in the region's calendar (libs/calendar).
 * A setting that differs between organizations belongs in the context's policy document
 * (ARCHITECTURE.md "Policy") once it has one; the decision event then records its version.
 */
export const RESOLVE_WITHIN_WORKING_DAYS = 5;
