/**
 * The archive submission's vocabulary. Values are stable identifiers: they are stored in events, so
 * a value is never renamed.
 */

export const ARCHIVE_SUBMISSION_STATUSES = ['open', 'closed'] as const;
export type ArchiveSubmissionStatus = (typeof ARCHIVE_SUBMISSION_STATUSES)[number];
/** The statuses an archive submission ends in: it owes nothing more and takes no command. */
export type ArchiveSubmissionTerminalStatus = Extract<ArchiveSubmissionStatus, 'closed'>;
export const ARCHIVE_SUBMISSION_TERMINAL_STATUSES: readonly ArchiveSubmissionStatus[] = ['closed'] satisfies readonly ArchiveSubmissionTerminalStatus[];

/** What an archive submission owes, each with a due time (obligations.ts). */
export const ARCHIVE_SUBMISSION_OBLIGATIONS = ['resolve'] as const;
export type ArchiveSubmissionObligation = (typeof ARCHIVE_SUBMISSION_OBLIGATIONS)[number];

/**
 * Working days from opening to the `resolve` due time, in the region's calendar (libs/calendar).
 * A setting that differs between organizations belongs in the context's policy document
 * (ARCHITECTURE.md "Policy") once it has one; the decision event then records its version.
 */
export const RESOLVE_WITHIN_WORKING_DAYS = 5;
