import type { WorkOrderStatus } from './work-order';

/**
 * Dispatch's error codes, each defined once (docs/errors.md is generated from the errors files;
 * test/errors/error-codes.spec.ts keeps code literals out of other sources). The HTTP status
 * leading a line is the one the edge answers with (NotFoundError 404, InvalidStateError 409,
 * other DomainErrors 422).
 */

/** 409: the work order's status does not allow the command (`details.status`, `details.command`). */
const WORK_ORDER_IS: { readonly [S in WorkOrderStatus]: `DISPATCH.WORK_ORDER_IS_${Uppercase<S>}` } = {
  open: 'DISPATCH.WORK_ORDER_IS_OPEN',
  closed: 'DISPATCH.WORK_ORDER_IS_CLOSED',
};

export const DISPATCH = {
  /** 404: no work order with this id for the caller's tenant. */
  WORK_ORDER_NOT_FOUND: 'DISPATCH.WORK_ORDER_NOT_FOUND',
  /** 409: a work order with this id exists already. */
  WORK_ORDER_EXISTS: 'DISPATCH.WORK_ORDER_EXISTS',
  /** By status: the 409 of a command the work order's status does not allow (`DISPATCH.WORK_ORDER_IS[status]`). */
  WORK_ORDER_IS,
} as const;
