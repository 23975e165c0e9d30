import { ALERT_STATUSES } from '@aftersales/finance-ratio-domain';
import type { AlertStatus } from '@aftersales/finance-ratio-domain';
import { LIMITS, OptionalOneOf, OptionalText, PageQuery } from '@aftersales/platform';

/** GET /finance/alerts: every filter is a typed value; none reaches the query language unchecked. */
export class ListAlertsQuery extends PageQuery {
  @OptionalOneOf(ALERT_STATUSES)
  status?: AlertStatus;

  @OptionalText(LIMITS.id, { example: 'C-10086' })
  customerId?: string;
}
