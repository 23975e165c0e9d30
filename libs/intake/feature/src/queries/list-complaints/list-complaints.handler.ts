import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { CLOCK, Clock, DocumentFilter, TenantScopedReader } from '@aftersales/eventsourcing';
import { Page, allOf, readPage } from '@aftersales/platform';
import { COMPLAINTS, ComplaintView, Complaints } from '../../use-case-kit';
import { ListComplaints } from './list-complaints.query';
import { ComplaintSort } from './list-complaints.request.dto';

const SORT_SPECS: Record<ComplaintSort, Record<string, 1 | -1>> = {
  receivedAt: { receivedAt: 1, _id: 1 },
  '-receivedAt': { receivedAt: -1, _id: 1 },
  // Complaints owing nothing sort after every due time (dueSortKey), not before.
  nextDueAt: { dueSortKey: 1, _id: 1 },
  '-nextDueAt': { dueSortKey: -1, _id: 1 },
  priority: { highPriority: -1, receivedAt: 1, _id: 1 },
  '-updatedAt': { updatedAt: -1, _id: 1 },
};

/** The complaints list: the caller's tenant only, every filter and sort served by a declared index. */
@QueryHandler(ListComplaints)
export class ListComplaintsHandler implements IQueryHandler<ListComplaints> {
  constructor(
    @Inject(COMPLAINTS) private readonly complaints: Complaints,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute({ caller, request }: ListComplaints): Promise<Page<ComplaintView>> {
    const conditions: DocumentFilter[] = [];
    // Every value below passed class-validator as a plain string, boolean or number.
    if (request.status) conditions.push({ status: request.status });
    if (request.category) conditions.push({ category: request.category });
    if (request.region) conditions.push({ region: request.region });
    if (request.customer) conditions.push({ customerId: request.customer });
    if (request.severity) conditions.push({ severity: request.severity });
    if (request.acceptance) conditions.push({ 'acceptance.kind': request.acceptance });
    if (request.repeat !== undefined) conditions.push({ repeat: request.repeat });
    if (request.highPriority !== undefined) conditions.push({ highPriority: request.highPriority });
    const from = request.receivedFrom ? new Date(request.receivedFrom).toISOString() : undefined;
    const to = request.receivedTo ? new Date(request.receivedTo).toISOString() : undefined;
    if (from) conditions.push({ receivedAt: { $gte: from } });
    if (to) conditions.push({ receivedAt: { $lt: to } });
    if (request.overdue !== undefined) {
      const now = this.clock.now().toISOString();
      conditions.push(
        request.overdue ? { earliestOwedDueAt: { $ne: null, $lte: now } } : { $or: [{ earliestOwedDueAt: null }, { earliestOwedDueAt: { $gt: now } }] },
      );
    }
    return readPage(new TenantScopedReader(this.complaints.collection(), caller.user.tenantId), allOf(conditions), SORT_SPECS[request.sort ?? '-receivedAt'], request);
  }
}
