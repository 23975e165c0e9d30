import type { RatioAlertStatus } from './ratio-alert';

/**
 * FinanceRatio's error codes, each defined once (docs/errors.md is generated from the errors files;
 * test/errors/error-codes.spec.ts keeps code literals out of other sources). The HTTP status
 * leading a line is the one the edge answers with (NotFoundError 404, InvalidStateError 409,
 * other DomainErrors 422).
 */

/** 409: the ratio alert's status does not allow the command (`details.status`, `details.command`). */
const RATIO_ALERT_IS: { readonly [S in RatioAlertStatus]: `FINANCE_RATIO.RATIO_ALERT_IS_${Uppercase<S>}` } = {
  open: 'FINANCE_RATIO.RATIO_ALERT_IS_OPEN',
  closed: 'FINANCE_RATIO.RATIO_ALERT_IS_CLOSED',
};

export const FINANCE_RATIO = {
  /** 404: no ratio alert with this id for the caller's tenant. */
  RATIO_ALERT_NOT_FOUND: 'FINANCE_RATIO.RATIO_ALERT_NOT_FOUND',
  /** 409: a ratio alert with this id exists already. */
  RATIO_ALERT_EXISTS: 'FINANCE_RATIO.RATIO_ALERT_EXISTS',
  /** By status: the 409 of a command the ratio alert's status does not allow (`FINANCE_RATIO.RATIO_ALERT_IS[status]`). */
  RATIO_ALERT_IS,
} as const;
