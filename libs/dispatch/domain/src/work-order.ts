/**
 * The work order's vocabulary. Values are stable identifiers: they are stored in events, so
 * a value is never renamed.
 */

export const WORK_ORDER_STATUSES = ['open', 'closed'] as const;
export type WorkOrderStatus = (typeof WORK_ORDER_STATUSES)[number];
/** The statuses a work order ends in: it owes nothing more and takes no command. */
export type WorkOrderTerminalStatus = Extract<WorkOrderStatus, 'closed'>;
export const WORK_ORDER_TERMINAL_STATUSES: readonly WorkOrderStatus[] = ['closed'] satisfies readonly WorkOrderTerminalStatus[];

/** What a work order owes, each with a due time (obligations.ts). */
export const WORK_ORDER_OBLIGATIONS = ['resolve'] as const;
export type WorkOrderObligation = (typeof WORK_ORDER_OBLIGATIONS)[number];

/**
 * Working days from opening to the `resolve` due time, in the region's calendar (libs/calendar).
 * A setting that differs between organizations belongs in the context's policy document
 * (ARCHITECTURE.md "Policy") once it has one; the decision event then records its version.
 */
export const RESOLVE_WITHIN_WORKING_DAYS = 5;
