/**
 * FinanceRatio's error codes, each defined once (docs/errors.md is generated from the errors files;
 * test/errors/error-codes.spec.ts keeps code literals out of other sources). The HTTP status
 * leading a line is the one the edge answers with (NotFoundError 404, InvalidStateError 409,
 * other DomainErrors 422).
 */
export const FINANCE_RATIO = {
  /** 404: nothing is recorded for this customer in the caller's tenant (or the caller may not read it). */
  CUSTOMER_NOT_FOUND: 'FINANCE_RATIO.CUSTOMER_NOT_FOUND',
  /** 404: no ratio alert with this id for the caller's tenant. */
  ALERT_NOT_FOUND: 'FINANCE_RATIO.ALERT_NOT_FOUND',
  /** 409: the alert was acknowledged already (`details.alertId`). */
  ALERT_ALREADY_ACKNOWLEDGED: 'FINANCE_RATIO.ALERT_ALREADY_ACKNOWLEDGED',
  /** 400: an imported file or batch has rows that are not valid (`details.rowErrors`: row, column, code); nothing was recorded. */
  IMPORT_REJECTED: 'FINANCE_RATIO.IMPORT_REJECTED',
  /** 400: the upload is not a CSV or XLSX file this import reads (`details.reason`). */
  UNREADABLE_FILE: 'FINANCE_RATIO.UNREADABLE_FILE',
  /** 404: no quality-cost entry with this id for the caller's tenant. */
  COST_ENTRY_NOT_FOUND: 'FINANCE_RATIO.COST_ENTRY_NOT_FOUND',
  /** 409: a ledger entry with this id exists already (entries are never edited: adjust with a new entry). */
  COST_ENTRY_EXISTS: 'FINANCE_RATIO.COST_ENTRY_EXISTS',
  /** 422: a cost caused by the sales rep (late or wrong information, unexplained contents, an unsold customer-caused return) names no rep (`details.cause`). */
  SALES_REP_REQUIRED: 'FINANCE_RATIO.SALES_REP_REQUIRED',
  /** 422: a ledger entry of amount 0. */
  ZERO_AMOUNT: 'FINANCE_RATIO.ZERO_AMOUNT',
  /** 422: a negative cost that is not an adjustment. */
  NEGATIVE_COST: 'FINANCE_RATIO.NEGATIVE_COST',
  /** 422: an adjustment in another currency than the entry it adjusts (`details.currency`). */
  ADJUSTMENT_CURRENCY: 'FINANCE_RATIO.ADJUSTMENT_CURRENCY',
  /** 404: no reward/penalty proposal with this id for the caller's tenant. */
  PROPOSAL_NOT_FOUND: 'FINANCE_RATIO.PROPOSAL_NOT_FOUND',
  /** 409: a proposal with this id exists already. */
  PROPOSAL_EXISTS: 'FINANCE_RATIO.PROPOSAL_EXISTS',
  /** 409: the proposal was approved or rejected already (`details.status`). */
  PROPOSAL_DECIDED: 'FINANCE_RATIO.PROPOSAL_DECIDED',
  /** 422: the approver proposed it: another manager approves. */
  APPROVER_IS_PROPOSER: 'FINANCE_RATIO.APPROVER_IS_PROPOSER',
  /** 422: the amount is outside the policy's range for a reward or a penalty, or not in its currency (`details.min`, `details.max`, `details.currency`). */
  OUTSIDE_POLICY_RANGE: 'FINANCE_RATIO.OUTSIDE_POLICY_RANGE',
} as const;
