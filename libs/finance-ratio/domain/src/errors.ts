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
  /** 422: a QA disposition names a region with no finance-ratio limit and no calendar here. */
  UNKNOWN_REGION: 'FINANCE_RATIO.UNKNOWN_REGION',
} as const;
