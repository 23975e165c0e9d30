import type { ReturnRequestStatus } from './return-request';

/**
 * WarehouseReturns's error codes, each defined once (docs/errors.md is generated from the errors files;
 * test/errors/error-codes.spec.ts keeps code literals out of other sources). The HTTP status
 * leading a line is the one the edge answers with (NotFoundError 404, InvalidStateError 409,
 * other DomainErrors 422).
 */

/** 409: the return request's status does not allow the command (`details.status`, `details.command`). */
const RETURN_REQUEST_IS: { readonly [S in ReturnRequestStatus]: `WAREHOUSE_RETURNS.RETURN_REQUEST_IS_${Uppercase<S>}` } = {
  draft: 'WAREHOUSE_RETURNS.RETURN_REQUEST_IS_DRAFT',
  in_approval: 'WAREHOUSE_RETURNS.RETURN_REQUEST_IS_IN_APPROVAL',
  refused: 'WAREHOUSE_RETURNS.RETURN_REQUEST_IS_REFUSED',
  approved: 'WAREHOUSE_RETURNS.RETURN_REQUEST_IS_APPROVED',
  picked_up: 'WAREHOUSE_RETURNS.RETURN_REQUEST_IS_PICKED_UP',
  arrived: 'WAREHOUSE_RETURNS.RETURN_REQUEST_IS_ARRIVED',
  counted: 'WAREHOUSE_RETURNS.RETURN_REQUEST_IS_COUNTED',
  booked: 'WAREHOUSE_RETURNS.RETURN_REQUEST_IS_BOOKED',
  closed: 'WAREHOUSE_RETURNS.RETURN_REQUEST_IS_CLOSED',
};

export const WAREHOUSE_RETURNS = {
  /** 404: no return request with this id for the caller's tenant. */
  RETURN_REQUEST_NOT_FOUND: 'WAREHOUSE_RETURNS.RETURN_REQUEST_NOT_FOUND',
  /** 409: a return request with this id exists already. */
  RETURN_REQUEST_EXISTS: 'WAREHOUSE_RETURNS.RETURN_REQUEST_EXISTS',
  /** By status: the 409 of a command the return request's status does not allow (`WAREHOUSE_RETURNS.RETURN_REQUEST_IS[status]`). */
  RETURN_REQUEST_IS,
  /** 422: a line names a delivery (purchase document and sku) finance has not published for this customer (WR-1; `details.lineId`). */
  LINE_NOT_DELIVERED: 'WAREHOUSE_RETURNS.LINE_NOT_DELIVERED',
  /** 422: the lines return more than was delivered less what was already returned (WR-1; `details.deliveryDocument`, `sku`, `delivered`, `alreadyReturned`, `requested`). */
  QUANTITY_EXCEEDS_DELIVERED: 'WAREHOUSE_RETURNS.QUANTITY_EXCEEDS_DELIVERED',
  /** 409: the request's write came too late after its quantities were reserved in the customer's returns ledger; nothing was written; send it again (WR-1, ADR 020). */
  RESERVATION_EXPIRED: 'WAREHOUSE_RETURNS.RESERVATION_EXPIRED',
  /** 422: two lines with the same lineId, or a line id the request does not have (`details.lineId`). */
  UNKNOWN_LINE: 'WAREHOUSE_RETURNS.UNKNOWN_LINE',
  /** 422: the step is not the next one of the chain, nor the exception or consent step the request needs (WR-2, WR-3, WR-7; `details.step`, `details.expected`). */
  STEP_NOT_OPEN: 'WAREHOUSE_RETURNS.STEP_NOT_OPEN',
  /** 422: the caller does not act in the role the step is signed by (`details.step`, `details.role`). */
  WRONG_SIGNER_ROLE: 'WAREHOUSE_RETURNS.WRONG_SIGNER_ROLE',
  /** 422: the same person cannot sign two steps of one request (WR-2; `details.signedStep`). */
  ALREADY_SIGNED_ANOTHER_STEP: 'WAREHOUSE_RETURNS.ALREADY_SIGNED_ANOTHER_STEP',
  /** 409: finance has published no ratio for the customer yet: the check cannot be made, nothing is recorded (WR-2). */
  RATIO_NOT_AVAILABLE: 'WAREHOUSE_RETURNS.RATIO_NOT_AVAILABLE',
  /** 404: warehouse-returns holds no figure of finance's for this customer yet (`details.customerId`). */
  CUSTOMER_RATIO_NOT_FOUND: 'WAREHOUSE_RETURNS.CUSTOMER_RATIO_NOT_FOUND',
  /** 409: a pickup needs a return transport order issued by the after-sales head (WR-4). */
  NO_TRANSPORT_ORDER: 'WAREHOUSE_RETURNS.NO_TRANSPORT_ORDER',
  /** 409: the return has its transport order already (WR-4). */
  TRANSPORT_ORDER_EXISTS: 'WAREHOUSE_RETURNS.TRANSPORT_ORDER_EXISTS',
  /** 409: a step of the chain has no valid signature (never signed, or voided by a line change): the transport order waits (WR-4; `details.missing`). */
  APPROVAL_INCOMPLETE: 'WAREHOUSE_RETURNS.APPROVAL_INCOMPLETE',
  /** 422: more counted than the request authorised for the line (WR-5; `details.lineId`). */
  QUANTITY_EXCEEDS_AUTHORISED: 'WAREHOUSE_RETURNS.QUANTITY_EXCEEDS_AUTHORISED',
  /** 409: a serial received differs from the one authorised and is not resolved: booking waits (WR-5; `details.lineIds`). */
  SERIAL_MISMATCH_UNRESOLVED: 'WAREHOUSE_RETURNS.SERIAL_MISMATCH_UNRESOLVED',
  /** 422: the line has no serial mismatch to resolve (`details.lineId`). */
  NO_SERIAL_MISMATCH: 'WAREHOUSE_RETURNS.NO_SERIAL_MISMATCH',
  /** 409: booking needs the signatures of the chain (after-sales head, business head) and QA's inspection (WR-5; `details.missing`). */
  SIGNATURES_MISSING: 'WAREHOUSE_RETURNS.SIGNATURES_MISSING',
  /** 409: QA has not signed the inspection: no refund or replacement before it (WR-5, QA-6). */
  INSPECTION_PENDING: 'WAREHOUSE_RETURNS.INSPECTION_PENDING',
  /** 409: a quality return is booked once the customer's choice (exchange or refund) is recorded (WR-5). */
  CUSTOMER_CHOICE_MISSING: 'WAREHOUSE_RETURNS.CUSTOMER_CHOICE_MISSING',
  /** 422: only a quality return's outcome is the customer's choice (WR-5; `details.reason`). */
  CHOICE_NOT_APPLICABLE: 'WAREHOUSE_RETURNS.CHOICE_NOT_APPLICABLE',
  /** 422: a request needs at least one line before it is signed (WR-1). */
  NO_LINES: 'WAREHOUSE_RETURNS.NO_LINES',
} as const;
