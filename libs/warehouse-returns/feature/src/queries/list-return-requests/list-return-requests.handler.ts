import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { CLOCK, Clock, DocumentFilter, TenantScopedReader } from '@aftersales/eventsourcing';
import { Page, allOf, readPage } from '@aftersales/platform';
import { RETURN_REQUESTS, ReturnRequests, ReturnRequestView } from '../../use-case-kit';
import { ListReturnRequests } from './list-return-requests.query';

/** The return requests list: the caller's tenant only, newest first, every filter served by a declared index. */
@QueryHandler(ListReturnRequests)
export class ListReturnRequestsHandler implements IQueryHandler<ListReturnRequests> {
  constructor(
    @Inject(RETURN_REQUESTS) private readonly returnRequests: ReturnRequests,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute({ caller, request }: ListReturnRequests): Promise<Page<ReturnRequestView>> {
    const conditions: DocumentFilter[] = [];
    if (request.status) conditions.push({ status: request.status });
    if (request.reason) conditions.push({ reason: request.reason });
    if (request.customerId) conditions.push({ customerId: request.customerId });
    if (request.caseId) conditions.push({ caseId: request.caseId });
    if (request.overdue !== undefined) {
      const now = this.clock.now().toISOString();
      conditions.push(request.overdue ? { earliestOwedDueAt: { $ne: null, $lte: now } } : { $or: [{ earliestOwedDueAt: null }, { earliestOwedDueAt: { $gt: now } }] });
    }
    const reader = new TenantScopedReader(this.returnRequests.collection(), caller.user.tenantId);
    return readPage(reader, allOf(conditions), { openedAt: -1, _id: 1 }, request);
  }
}
