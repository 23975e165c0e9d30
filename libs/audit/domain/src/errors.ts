import type { ArchiveSubmissionStatus } from './archive-submission';

/**
 * Audit's error codes, each defined once (docs/errors.md is generated from the errors files;
 * test/errors/error-codes.spec.ts keeps code literals out of other sources). The HTTP status
 * leading a line is the one the edge answers with (NotFoundError 404, InvalidStateError 409,
 * other DomainErrors 422).
 */

/** 409: the archive submission's status does not allow the command (`details.status`, `details.command`). */
const ARCHIVE_SUBMISSION_IS: { readonly [S in ArchiveSubmissionStatus]: `AUDIT.ARCHIVE_SUBMISSION_IS_${Uppercase<S>}` } = {
  open: 'AUDIT.ARCHIVE_SUBMISSION_IS_OPEN',
  closed: 'AUDIT.ARCHIVE_SUBMISSION_IS_CLOSED',
};

export const AUDIT = {
  /** 404: no archive submission with this id for the caller's tenant. */
  ARCHIVE_SUBMISSION_NOT_FOUND: 'AUDIT.ARCHIVE_SUBMISSION_NOT_FOUND',
  /** 409: an archive submission with this id exists already. */
  ARCHIVE_SUBMISSION_EXISTS: 'AUDIT.ARCHIVE_SUBMISSION_EXISTS',
  /** By status: the 409 of a command the archive submission's status does not allow (`AUDIT.ARCHIVE_SUBMISSION_IS[status]`). */
  ARCHIVE_SUBMISSION_IS,
} as const;
