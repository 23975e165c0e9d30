import type { ReturnRequestStatus } from './return-request';

/**
 * WarehouseReturns's error codes, each defined once (docs/errors.md is generated from the errors files;
 * test/errors/error-codes.spec.ts keeps code literals out of other sources). The HTTP status
 * leading a line is the one the edge answers with (NotFoundError 404, InvalidStateError 409,
 * other DomainErrors 422).
 */

/** 409: the return request's status does not allow the command (`details.status`, `details.command`). */
const RETURN_REQUEST_IS: { readonly [S in ReturnRequestStatus]: `WAREHOUSE_RETURNS.RETURN_REQUEST_IS_${Uppercase<S>}` } = {
  open: 'WAREHOUSE_RETURNS.RETURN_REQUEST_IS_OPEN',
  closed: 'WAREHOUSE_RETURNS.RETURN_REQUEST_IS_CLOSED',
};

export const WAREHOUSE_RETURNS = {
  /** 404: no return request with this id for the caller's tenant. */
  RETURN_REQUEST_NOT_FOUND: 'WAREHOUSE_RETURNS.RETURN_REQUEST_NOT_FOUND',
  /** 409: a return request with this id exists already. */
  RETURN_REQUEST_EXISTS: 'WAREHOUSE_RETURNS.RETURN_REQUEST_EXISTS',
  /** By status: the 409 of a command the return request's status does not allow (`WAREHOUSE_RETURNS.RETURN_REQUEST_IS[status]`). */
  RETURN_REQUEST_IS,
} as const;
