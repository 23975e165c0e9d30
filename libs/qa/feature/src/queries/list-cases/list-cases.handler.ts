import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { DocumentFilter, TenantScopedReader } from '@aftersales/eventsourcing';
import { Page, allOf, readPage } from '@aftersales/platform';
import { QualityCaseView } from '../../case-view';
import { QaHandler, readsEveryCase } from '../../qa.aggregates';
import { ListCases } from './list-cases.query';
import { CaseSort } from './list-cases.request.dto';

const SORT_SPECS: Record<CaseSort, Record<string, 1 | -1>> = {
  receivedAt: { receivedAt: 1, _id: 1 },
  '-receivedAt': { receivedAt: -1, _id: 1 },
  '-updatedAt': { updatedAt: -1, _id: 1 },
};

/** The cases list: the caller's tenant only, and for sales roles only the cases they are stakeholders of. */
@QueryHandler(ListCases)
export class ListCasesHandler extends QaHandler implements IQueryHandler<ListCases> {
  execute({ caller: { user }, request }: ListCases): Promise<Page<QualityCaseView>> {
    const conditions: DocumentFilter[] = [];
    if (!readsEveryCase(user)) conditions.push({ stakeholders: user.id });
    if (request.status) conditions.push({ status: request.status });
    if (request.severity) conditions.push({ severity: request.severity });
    if (request.responsibility) conditions.push({ responsibility: request.responsibility });
    if (request.region) conditions.push({ region: request.region });
    if (request.complaintId) conditions.push({ complaintId: request.complaintId.toLowerCase() });
    if (request.model) conditions.push({ model: request.model });
    if (request.customer) conditions.push({ customerId: request.customer });
    if (request.month) conditions.push({ receivedMonth: request.month });
    if (request.overdue !== undefined) {
      const now = this.clock.now().toISOString();
      conditions.push(
        request.overdue ? { earliestOwedDueAt: { $ne: null, $lte: now } } : { $or: [{ earliestOwedDueAt: null }, { earliestOwedDueAt: { $gt: now } }] },
      );
    }
    return readPage(new TenantScopedReader(this.cases.collection(), user.tenantId), allOf(conditions), SORT_SPECS[request.sort ?? '-receivedAt'], request);
  }
}
