import type { WorkOrderStatus } from './work-order';

/**
 * Dispatch's error codes, each defined once (docs/errors.md is generated from the errors files;
 * test/errors/error-codes.spec.ts keeps code literals out of other sources). The HTTP status
 * leading a line is the one the edge answers with (NotFoundError 404, InvalidStateError 409,
 * other DomainErrors 422).
 */

/** 409: the work order's status does not allow the command (`details.status`, `details.command`). */
const WORK_ORDER_IS: { readonly [S in WorkOrderStatus]: `DISPATCH.WORK_ORDER_IS_${Uppercase<S>}` } = {
  created: 'DISPATCH.WORK_ORDER_IS_CREATED',
  assigned: 'DISPATCH.WORK_ORDER_IS_ASSIGNED',
  accepted: 'DISPATCH.WORK_ORDER_IS_ACCEPTED',
  travelling: 'DISPATCH.WORK_ORDER_IS_TRAVELLING',
  on_site: 'DISPATCH.WORK_ORDER_IS_ON_SITE',
  diagnosed: 'DISPATCH.WORK_ORDER_IS_DIAGNOSED',
  repaired: 'DISPATCH.WORK_ORDER_IS_REPAIRED',
  self_checked: 'DISPATCH.WORK_ORDER_IS_SELF_CHECKED',
  lead_checked: 'DISPATCH.WORK_ORDER_IS_LEAD_CHECKED',
  qc_passed: 'DISPATCH.WORK_ORDER_IS_QC_PASSED',
  handed_over: 'DISPATCH.WORK_ORDER_IS_HANDED_OVER',
  settled: 'DISPATCH.WORK_ORDER_IS_SETTLED',
  closed: 'DISPATCH.WORK_ORDER_IS_CLOSED',
  cancelled: 'DISPATCH.WORK_ORDER_IS_CANCELLED',
};

export const DISPATCH = {
  /** 404: no work order with this id for the caller's tenant (or, for a technician, none assigned to them). */
  WORK_ORDER_NOT_FOUND: 'DISPATCH.WORK_ORDER_NOT_FOUND',
  /** 409: a work order with this id exists already. */
  WORK_ORDER_EXISTS: 'DISPATCH.WORK_ORDER_EXISTS',
  /** By status: the 409 of a command the work order's status does not allow (`DISPATCH.WORK_ORDER_IS[status]`). */
  WORK_ORDER_IS,
  /** 404: no outlet with this id for the caller's tenant. */
  OUTLET_NOT_FOUND: 'DISPATCH.OUTLET_NOT_FOUND',
  /** 409: an outlet with this id exists already. */
  OUTLET_EXISTS: 'DISPATCH.OUTLET_EXISTS',
  /** 409 (DI-2): the outlet is closed. */
  OUTLET_CLOSED: 'DISPATCH.OUTLET_CLOSED',
  /** 422 (DI-2): the outlet does not take work of this scope (`details.scope`, `details.scopes`). */
  OUTLET_SCOPE_MISMATCH: 'DISPATCH.OUTLET_SCOPE_MISMATCH',
  /** 403 (DI-2): outlet staff take requests at their own outlet's counter only (`details.outletId`, `details.staffOutletId`: the outlet their token names, or null); nothing is recorded. */
  NOT_YOUR_OUTLET: 'DISPATCH.NOT_YOUR_OUTLET',
  /** 409 (DI-2): the technician is on this outlet's staff already. */
  TECHNICIAN_AT_OUTLET_ALREADY: 'DISPATCH.TECHNICIAN_AT_OUTLET_ALREADY',
  /** 422 (DI-2): the outlet serves another region than the work order's, or than the technician's (`details.outletRegion`, `details.region`). */
  OUTLET_REGION_MISMATCH: 'DISPATCH.OUTLET_REGION_MISMATCH',
  /** 409 (DI-3): a remote attempt has no outcome yet; nobody is assigned until it has. */
  REMOTE_ATTEMPT_IN_PROGRESS: 'DISPATCH.REMOTE_ATTEMPT_IN_PROGRESS',
  /** 409 (DI-3): the work order had its remote attempt already. */
  REMOTE_ATTEMPT_RECORDED: 'DISPATCH.REMOTE_ATTEMPT_RECORDED',
  /** 409 (DI-3): no remote attempt is running on the work order. */
  NO_REMOTE_ATTEMPT: 'DISPATCH.NO_REMOTE_ATTEMPT',
  /** 404: no technician with this id for the caller's tenant. */
  TECHNICIAN_NOT_FOUND: 'DISPATCH.TECHNICIAN_NOT_FOUND',
  /** 409: a technician with this id is registered already. */
  TECHNICIAN_EXISTS: 'DISPATCH.TECHNICIAN_EXISTS',
  /** 422: a qualification that expires before it is issued. */
  QUALIFICATION_DATES_INVALID: 'DISPATCH.QUALIFICATION_DATES_INVALID',
  /** 422 (TR-2): the technician has no qualification for the order's product line in force on the planned date (`details.productLine`, `details.plannedOn`). */
  TECHNICIAN_NOT_QUALIFIED: 'DISPATCH.TECHNICIAN_NOT_QUALIFIED',
  /** 422 (DI-2): the work order is given to an outlet and the technician is not on that outlet's staff (`details.outletId`, `details.technicianOutletId`). */
  TECHNICIAN_NOT_AT_OUTLET: 'DISPATCH.TECHNICIAN_NOT_AT_OUTLET',
  /** 422: the acting technician is not the one assigned to the work order. */
  NOT_ASSIGNED_TECHNICIAN: 'DISPATCH.NOT_ASSIGNED_TECHNICIAN',
  /** 422 (DI-4): this job step is not the acting role's (`details.step`, `details.roles`). */
  STEP_NOT_FOR_ROLE: 'DISPATCH.STEP_NOT_FOR_ROLE',
  /** 409 (DI-4): extra work awaits the customer's consent; the job does not go on until it is recorded. */
  EXTRA_WORK_AWAITS_CONSENT: 'DISPATCH.EXTRA_WORK_AWAITS_CONSENT',
  /** 422 (DI-4): extra work beyond the agreed scope is done only with the customer's recorded consent. */
  EXTRA_WORK_NEEDS_CONSENT: 'DISPATCH.EXTRA_WORK_NEEDS_CONSENT',
  /** 422: no extra work with this number on the work order. */
  EXTRA_WORK_UNKNOWN: 'DISPATCH.EXTRA_WORK_UNKNOWN',
  /** 409: the customer's answer to this extra work is recorded already, or the work is done. */
  EXTRA_WORK_DECIDED: 'DISPATCH.EXTRA_WORK_DECIDED',
  /** 409 (DI-4): the parts issued, used and returned balance; there is no variance to approve. */
  NO_PARTS_VARIANCE: 'DISPATCH.NO_PARTS_VARIANCE',
  /** 409 (DI-4): issued − used − returned ≠ 0 for a part, and no dispatcher approved this variance (`details.variance`). */
  PARTS_VARIANCE_UNAPPROVED: 'DISPATCH.PARTS_VARIANCE_UNAPPROVED',
  /** 409 (DI-5): settlement needs a sign-off of the order's current content (none, or a later change invalidated it). */
  SIGN_OFF_REQUIRED: 'DISPATCH.SIGN_OFF_REQUIRED',
  /** 409 (DI-5): the order's current content is signed off already. */
  SIGN_OFF_EXISTS: 'DISPATCH.SIGN_OFF_EXISTS',
  /** 422 (DI-6): charged items are settled with a receipt number. */
  RECEIPT_NUMBER_REQUIRED: 'DISPATCH.RECEIPT_NUMBER_REQUIRED',
  /** 422 (DI-6): the free items are settled only once the customer confirmed them. */
  FREE_ITEMS_UNCONFIRMED: 'DISPATCH.FREE_ITEMS_UNCONFIRMED',
  /** 422 (DI-6): a charge in another currency than the order's earlier charges. */
  CURRENCY_MISMATCH: 'DISPATCH.CURRENCY_MISMATCH',
  /** 409 (DI-6): an equipment receipt with this number exists on the order already. */
  EQUIPMENT_RECEIPT_EXISTS: 'DISPATCH.EQUIPMENT_RECEIPT_EXISTS',
  /** 409 (DI-6): no open equipment receipt with this number on the order. */
  EQUIPMENT_RECEIPT_NOT_OPEN: 'DISPATCH.EQUIPMENT_RECEIPT_NOT_OPEN',
  /** 409 (DI-7): the order closes once the technician's report completes the dispatch log. */
  REPORT_REQUIRED: 'DISPATCH.REPORT_REQUIRED',
  /** 409 (DI-8): the follow-up call is recorded already. */
  FOLLOW_UP_RECORDED: 'DISPATCH.FOLLOW_UP_RECORDED',
  /** 409 (DI-9): conduct is recorded against the order's technician; the order has none assigned. */
  NO_TECHNICIAN_ASSIGNED: 'DISPATCH.NO_TECHNICIAN_ASSIGNED',
  /** 409 (DI-9): this conduct is recorded on the order already. */
  CONDUCT_RECORDED: 'DISPATCH.CONDUCT_RECORDED',
} as const;
