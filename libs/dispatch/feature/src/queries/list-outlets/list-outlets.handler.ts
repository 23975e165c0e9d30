import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { DocumentFilter, TenantScopedReader } from '@aftersales/eventsourcing';
import { Page, allOf, readPage } from '@aftersales/platform';
import { OUTLETS, OutletView, Outlets } from '../../use-case-kit';
import { ListOutlets } from './list-outlets.query';

/** DI-2: the tenant's outlets by name, open and closed. */
@QueryHandler(ListOutlets)
export class ListOutletsHandler implements IQueryHandler<ListOutlets> {
  constructor(@Inject(OUTLETS) private readonly outlets: Outlets) {}

  execute({ caller, request }: ListOutlets): Promise<Page<OutletView>> {
    const conditions: DocumentFilter[] = [];
    if (request.status) conditions.push({ status: request.status });
    if (request.region) conditions.push({ region: request.region });
    return readPage(new TenantScopedReader(this.outlets.collection(), caller.user.tenantId), allOf(conditions), { name: 1, _id: 1 }, request);
  }
}
