import type { ComplaintStatus } from './complaint';

/**
 * Intake's error codes, each defined once (docs/errors.md is generated from the errors files;
 * test/errors/error-codes.spec.ts keeps code literals out of other sources). The HTTP status
 * leading a line is the one the edge answers with (NotFoundError 404, InvalidStateError 409,
 * other DomainErrors 422).
 */

/** 409: the complaint's status does not allow the command (`details.status`, `details.command`). */
const COMPLAINT_IS: { readonly [S in ComplaintStatus]: `INTAKE.COMPLAINT_IS_${Uppercase<S>}` } = {
  registered: 'INTAKE.COMPLAINT_IS_REGISTERED',
  acknowledged: 'INTAKE.COMPLAINT_IS_ACKNOWLEDGED',
  forwarded: 'INTAKE.COMPLAINT_IS_FORWARDED',
  closed: 'INTAKE.COMPLAINT_IS_CLOSED',
  invalid: 'INTAKE.COMPLAINT_IS_INVALID',
  withdrawn: 'INTAKE.COMPLAINT_IS_WITHDRAWN',
};

export const INTAKE = {
  /** 404: no complaint with this id for the caller's tenant. */
  COMPLAINT_NOT_FOUND: 'INTAKE.COMPLAINT_NOT_FOUND',
  /** 409: a complaint with this id is already registered. */
  COMPLAINT_EXISTS: 'INTAKE.COMPLAINT_EXISTS',
  /** 422: a reassessment gives neither an override nor a reason to re-run the policy. */
  REASSESSMENT_REASON_REQUIRED: 'INTAKE.REASSESSMENT_REASON_REQUIRED',
  /** By status: the 409 of a command the complaint's status does not allow (`INTAKE.COMPLAINT_IS[status]`). */
  COMPLAINT_IS,
} as const;
