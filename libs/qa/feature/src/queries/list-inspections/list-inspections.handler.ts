import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { DocumentFilter, TenantScopedReader } from '@aftersales/eventsourcing';
import { Page, allOf, readPage } from '@aftersales/platform';
import { ReturnInspectionView } from '../../inspection-view';
import { Inspections, RETURN_INSPECTIONS } from '../../qa.aggregates';
import { ListInspections } from './list-inspections.query';

/** The inspections list (QA-6): the caller's tenant only, latest receipt first. */
@QueryHandler(ListInspections)
export class ListInspectionsHandler implements IQueryHandler<ListInspections> {
  constructor(@Inject(RETURN_INSPECTIONS) private readonly inspections: Inspections) {}

  execute({ caller: { user }, request }: ListInspections): Promise<Page<ReturnInspectionView>> {
    const conditions: DocumentFilter[] = [];
    if (request.status) conditions.push({ status: request.status });
    if (request.reason) conditions.push({ reason: request.reason });
    if (request.customerId) conditions.push({ customerId: request.customerId });
    if (request.returnRequestId) conditions.push({ returnRequestId: request.returnRequestId.toLowerCase() });
    if (request.caseId) conditions.push({ caseId: request.caseId.toLowerCase() });
    return readPage(new TenantScopedReader(this.inspections.collection(), user.tenantId), allOf(conditions), { receivedAt: -1, _id: 1 }, request);
  }
}
