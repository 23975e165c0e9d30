import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { DocumentFilter, TenantScopedReader } from '@aftersales/eventsourcing';
import { Page, allOf, readPage } from '@aftersales/platform';
import { OUTLETS, OutletView, Outlets } from '../../use-case-kit';
import { ListPublicOutlets } from './list-public-outlets.query';

/** DI-2: the open outlets of one company, for its customers (no token). */
@QueryHandler(ListPublicOutlets)
export class ListPublicOutletsHandler implements IQueryHandler<ListPublicOutlets> {
  constructor(@Inject(OUTLETS) private readonly outlets: Outlets) {}

  execute({ tenantId, request }: ListPublicOutlets): Promise<Page<OutletView>> {
    const conditions: DocumentFilter[] = [{ status: 'open' }];
    if (request.region) conditions.push({ region: request.region });
    return readPage(new TenantScopedReader(this.outlets.collection(), tenantId), allOf(conditions), { name: 1, _id: 1 }, request);
  }
}
