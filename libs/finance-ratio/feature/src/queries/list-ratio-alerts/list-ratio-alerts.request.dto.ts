import { RATIO_ALERT_STATUSES } from '@aftersales/finance-ratio-domain';
import type { RatioAlertStatus } from '@aftersales/finance-ratio-domain';
import { OptionalOneOf, PageQuery, QueryFlag } from '@aftersales/platform';

/** GET /finance-ratio/ratio-alerts: every filter is a typed value; none reaches the query language unchecked. */
export class ListRatioAlertsQuery extends PageQuery {
  @OptionalOneOf(RATIO_ALERT_STATUSES)
  status?: RatioAlertStatus;

  @QueryFlag({ description: 'Owes an obligation whose due time has passed' })
  overdue?: boolean;
}
