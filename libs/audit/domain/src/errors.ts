import type { ArchiveSubmissionStatus } from './archive-submission';
import type { NonconformityStatus } from './nonconformity.decider';

/**
 * Audit's error codes, each defined once (docs/errors.md is generated from the errors files;
 * test/errors/error-codes.spec.ts keeps code literals out of other sources). The HTTP status
 * leading a line is the one the edge answers with (NotFoundError 404, InvalidStateError 409,
 * other DomainErrors 422).
 */

/** 409: the archive submission's status does not allow the command (`details.status`, `details.command`). */
const ARCHIVE_SUBMISSION_IS: { readonly [S in ArchiveSubmissionStatus]: `AUDIT.ARCHIVE_SUBMISSION_IS_${Uppercase<S>}` } = {
  expected: 'AUDIT.ARCHIVE_SUBMISSION_IS_EXPECTED',
  submitted: 'AUDIT.ARCHIVE_SUBMISSION_IS_SUBMITTED',
};

/** 409: the nonconformity's status does not allow the command (`details.status`, `details.command`). */
const NONCONFORMITY_IS: { readonly [S in NonconformityStatus]: `AUDIT.NONCONFORMITY_IS_${Uppercase<S>}` } = {
  raised: 'AUDIT.NONCONFORMITY_IS_RAISED',
  action_planned: 'AUDIT.NONCONFORMITY_IS_ACTION_PLANNED',
  closed: 'AUDIT.NONCONFORMITY_IS_CLOSED',
};

export const AUDIT = {
  /** 404: no archive submission with this id for the caller's tenant. */
  ARCHIVE_SUBMISSION_NOT_FOUND: 'AUDIT.ARCHIVE_SUBMISSION_NOT_FOUND',
  /** 409: an archive submission with this id exists already. */
  ARCHIVE_SUBMISSION_EXISTS: 'AUDIT.ARCHIVE_SUBMISSION_EXISTS',
  /** By status: the 409 of a command the archive submission's status does not allow (`AUDIT.ARCHIVE_SUBMISSION_IS[status]`). */
  ARCHIVE_SUBMISSION_IS,
  /** 404: the audit log has no signed checkpoint (of this tree size) yet. */
  CHECKPOINT_NOT_FOUND: 'AUDIT.CHECKPOINT_NOT_FOUND',
  /** 404: no event with this id is in the audit archive (yet, or for the caller's tenant). */
  EVENT_NOT_ARCHIVED: 'AUDIT.EVENT_NOT_ARCHIVED',
  /** 422: a tree size beyond what the log has signed, or a pair of sizes out of order (`details`). */
  TREE_SIZE_OUT_OF_RANGE: 'AUDIT.TREE_SIZE_OUT_OF_RANGE',
  /** 404: no case kind of this name (`details.kinds` lists them: libs/contracts CASE_KINDS). */
  CASE_KIND_UNKNOWN: 'AUDIT.CASE_KIND_UNKNOWN',
  /** 404: no archived event of this case for the caller's tenant. */
  CASE_NOT_ARCHIVED: 'AUDIT.CASE_NOT_ARCHIVED',
  /** 422: a cosignature that is not a valid cosignature/v1 line of a configured witness on this checkpoint (`details.reason`). */
  COSIGNATURE_INVALID: 'AUDIT.COSIGNATURE_INVALID',
  /** 403: AUDIT_OPERATOR_TENANT is set and the caller is an admin of another tenant: the log's key is rotated by the operator's admins only. */
  NOT_LOG_OPERATOR: 'AUDIT.NOT_LOG_OPERATOR',
  /** 422: the rotation request is not a signed rotation statement (aftersales-key-rotation/v1), or asks for a statement and a generated key at once (`details.reason`). */
  ROTATION_MALFORMED: 'AUDIT.ROTATION_MALFORMED',
  /** 422: the rotation statement names another log than this one (`details.origin`, `details.logOrigin`). */
  ROTATION_WRONG_LOG: 'AUDIT.ROTATION_WRONG_LOG',
  /** 422: the rotation statement is not signed by the log's current key (`details.currentKey`). */
  ROTATION_NOT_SIGNED_BY_CURRENT_KEY: 'AUDIT.ROTATION_NOT_SIGNED_BY_CURRENT_KEY',
  /** 422: the new key has signed for this log before (`details.newKey`): a rotation names a fresh key. */
  ROTATION_KEY_ALREADY_USED: 'AUDIT.ROTATION_KEY_ALREADY_USED',
  /** 422: the service does not hold the new key's private key, so it could not sign with it (`details.newKey`; AUDIT_SIGNING_KEY_FILES). */
  ROTATION_KEY_NOT_HELD: 'AUDIT.ROTATION_KEY_NOT_HELD',
  /** 422: the statement's `from` is not past the log's current size and the previous rotation's `from` (`details.fromSize`, `details.minimum`, `details.treeSize`). */
  ROTATION_FROM_TOO_SMALL: 'AUDIT.ROTATION_FROM_TOO_SMALL',
  /** 422: this process cannot generate a log key (a service takes its keys from configuration): post a statement made with `audit rotate-key`. */
  ROTATION_KEY_GENERATION_UNAVAILABLE: 'AUDIT.ROTATION_KEY_GENERATION_UNAVAILABLE',
  /** 409: the log grew to the statement's `from` before the statement reached it; the statement is logged but void (`details.position`, `details.fromSize`): rotate again with a larger `from`. */
  ROTATION_OVERTAKEN: 'AUDIT.ROTATION_OVERTAKEN',
  /** 404: no verification of the audit log with this id. */
  VERIFICATION_NOT_FOUND: 'AUDIT.VERIFICATION_NOT_FOUND',
  /** 409: a verification of the log is running; one runs at a time (`details.verificationId` names it: GET it for its progress and report). */
  VERIFICATION_RUNNING: 'AUDIT.VERIFICATION_RUNNING',
  /** 404: no nonconformity with this id for the caller's tenant. */
  NONCONFORMITY_NOT_FOUND: 'AUDIT.NONCONFORMITY_NOT_FOUND',
  /** 409: a nonconformity with this id exists already. */
  NONCONFORMITY_EXISTS: 'AUDIT.NONCONFORMITY_EXISTS',
  /** By status: the 409 of a command the nonconformity's status does not allow (`AUDIT.NONCONFORMITY_IS[status]`). */
  NONCONFORMITY_IS,
} as const;
