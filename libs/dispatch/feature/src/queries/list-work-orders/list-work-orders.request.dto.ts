import { WORK_ORDER_STATUSES } from '@aftersales/dispatch-domain';
import type { WorkOrderStatus } from '@aftersales/dispatch-domain';
import { OptionalOneOf, PageQuery, QueryFlag } from '@aftersales/platform';

/** GET /dispatch/work-orders: every filter is a typed value; none reaches the query language unchecked. */
export class ListWorkOrdersQuery extends PageQuery {
  @OptionalOneOf(WORK_ORDER_STATUSES)
  status?: WorkOrderStatus;

  @QueryFlag({ description: 'Owes an obligation whose due time has passed' })
  overdue?: boolean;
}
