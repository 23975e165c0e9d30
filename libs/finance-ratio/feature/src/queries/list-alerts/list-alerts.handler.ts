import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { DocumentFilter, TenantScopedReader } from '@aftersales/eventsourcing';
import { Page, allOf, readPage } from '@aftersales/platform';
import { AlertView } from '../../alerts.projection';
import { readsEveryCustomer } from '../../customer-ratio.aggregate';
import { FinanceAlerts } from '../../finance-alerts';
import { ListAlerts } from './list-alerts.query';

/** FR-2's notification records: the caller's tenant, newest first; a sales rep sees its own customers' only. */
@QueryHandler(ListAlerts)
export class ListAlertsHandler implements IQueryHandler<ListAlerts> {
  constructor(private readonly alerts: FinanceAlerts) {}

  execute({ caller, request }: ListAlerts): Promise<Page<AlertView>> {
    const conditions: DocumentFilter[] = [];
    if (request.status) conditions.push({ status: request.status });
    if (request.customerId) conditions.push({ customerId: request.customerId });
    if (!readsEveryCustomer(caller.user)) conditions.push({ salesRepIds: caller.user.id });
    const reader = new TenantScopedReader(this.alerts.collection(), caller.user.tenantId);
    return readPage(reader, allOf(conditions), { raisedAt: -1, _id: 1 }, request);
  }
}
