import { RETURN_REQUEST_STATUSES } from '@aftersales/warehouse-returns-domain';
import type { ReturnRequestStatus } from '@aftersales/warehouse-returns-domain';
import { OptionalOneOf, PageQuery, QueryFlag } from '@aftersales/platform';

/** GET /warehouse-returns/return-requests: every filter is a typed value; none reaches the query language unchecked. */
export class ListReturnRequestsQuery extends PageQuery {
  @OptionalOneOf(RETURN_REQUEST_STATUSES)
  status?: ReturnRequestStatus;

  @QueryFlag({ description: 'Owes an obligation whose due time has passed' })
  overdue?: boolean;
}
