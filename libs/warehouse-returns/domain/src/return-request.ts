/**
 * The return request's vocabulary. Values are stable identifiers: they are stored in events, so
 * a value is never renamed.
 */

/**
 * draft: made from a QA disposition, its lines still to be entered (WR-1); in_approval: the chain
 * of signatures is under way (WR-2, WR-3, WR-7); refused: a signer, the ratio check or QA's
 * inspection refused it (a ratio or time-limit refusal can still be overridden by a company
 * leader's exception step); approved: every step signed, the transport order may be issued (WR-4);
 * picked_up, arrived: the transport; counted: the warehouse counted the goods (WR-5); booked: the
 * receipt note is out (WR-6), the return note is owed; closed: the return note was sent.
 */
export const RETURN_REQUEST_STATUSES = ['draft', 'in_approval', 'refused', 'approved', 'picked_up', 'arrived', 'counted', 'booked', 'closed'] as const;
export type ReturnRequestStatus = (typeof RETURN_REQUEST_STATUSES)[number];
/** The statuses a return request ends in: it owes nothing more and takes no command. */
export type ReturnRequestTerminalStatus = Extract<ReturnRequestStatus, 'closed'>;
export const RETURN_REQUEST_TERMINAL_STATUSES: readonly ReturnRequestStatus[] = ['closed'] satisfies readonly ReturnRequestTerminalStatus[];

/** What a return request owes, each with a due time (obligations.ts): the return note to the customer (WR-6). */
export const RETURN_REQUEST_OBLIGATIONS = ['return_note'] as const;
export type ReturnRequestObligation = (typeof RETURN_REQUEST_OBLIGATIONS)[number];

/** Why goods come back (WR-1, WR-7): unsalable stock, a quality defect, the customer's over- or wrong ordering. */
export const RETURN_REASONS = ['unsalable', 'quality', 'customer_error'] as const;
export type ReturnReason = (typeof RETURN_REASONS)[number];

/** What happens to a booked line (WR-5, WR-7). */
export const LINE_OUTCOMES = ['exchange', 'refund', 'restock', 'write_off'] as const;
export type LineOutcome = (typeof LINE_OUTCOMES)[number];

/** What the customer asks for a quality return (WR-5): an exchange or a refund. */
export const CUSTOMER_CHOICES = ['exchange', 'refund'] as const;
export type CustomerChoice = (typeof CUSTOMER_CHOICES)[number];

/** QA's finding on one returned line (QA-6, qa.public.ReturnInspected). */
export const INSPECTION_FINDINGS = ['quality_intact', 'defect_confirmed', 'customer_damage', 'not_resalable'] as const;
export type InspectionFinding = (typeof INSPECTION_FINDINGS)[number];

/** How the after-sales head resolves a serial received that differs from the one authorised (WR-5). */
export const SERIAL_RESOLUTIONS = ['accept_received', 'reject_line'] as const;
export type SerialResolution = (typeof SERIAL_RESOLUTIONS)[number];

/** Where a return request came from (WR-1): entered by the after-sales section, or a QA disposition. */
export const DISPOSITIONS_MAKING_RETURNS = ['exchange', 'return_for_repair', 'refund'] as const;
export type DispositionMakingReturn = (typeof DISPOSITIONS_MAKING_RETURNS)[number];
