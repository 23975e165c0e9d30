/**
 * The archive submission's vocabulary (AU-3). Values are stable identifiers: they are stored in
 * events, so a value is never renamed.
 */

/** `expected`: the schedule asks for it (due or overdue); `submitted`: handed to the archive. */
export const ARCHIVE_SUBMISSION_STATUSES = ['expected', 'submitted'] as const;
export type ArchiveSubmissionStatus = (typeof ARCHIVE_SUBMISSION_STATUSES)[number];
/** The statuses an archive submission ends in: it owes nothing more and takes no command. */
export type ArchiveSubmissionTerminalStatus = Extract<ArchiveSubmissionStatus, 'submitted'>;
export const ARCHIVE_SUBMISSION_TERMINAL_STATUSES: readonly ArchiveSubmissionStatus[] = ['submitted'] satisfies readonly ArchiveSubmissionTerminalStatus[];

/** What an archive submission owes, each with a due time (obligations.ts). */
export const ARCHIVE_SUBMISSION_OBLIGATIONS = ['submit'] as const;
export type ArchiveSubmissionObligation = (typeof ARCHIVE_SUBMISSION_OBLIGATIONS)[number];
