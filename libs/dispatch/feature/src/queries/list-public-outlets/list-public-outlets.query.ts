import { Query } from '@nestjs/cqrs';
import { Page } from '@aftersales/platform';
import { OutletView } from '../../use-case-kit';
import { ListPublicOutletsQuery } from './list-public-outlets.request.dto';

/** Anyone's question (no caller): the open outlets a company publishes. */
export class ListPublicOutlets extends Query<Page<OutletView>> {
  constructor(
    readonly tenantId: string,
    readonly request: ListPublicOutletsQuery,
  ) {
    super();
  }
}
