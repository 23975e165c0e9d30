import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { CLOCK, Clock, DocumentFilter, TenantScopedReader } from '@aftersales/eventsourcing';
import { Page, allOf, readPage } from '@aftersales/platform';
import { RATIO_ALERTS, RatioAlerts, RatioAlertView } from '../../use-case-kit';
import { ListRatioAlerts } from './list-ratio-alerts.query';

/** The ratio alerts list: the caller's tenant only, newest first, every filter served by a declared index. */
@QueryHandler(ListRatioAlerts)
export class ListRatioAlertsHandler implements IQueryHandler<ListRatioAlerts> {
  constructor(
    @Inject(RATIO_ALERTS) private readonly ratioAlerts: RatioAlerts,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute({ caller, request }: ListRatioAlerts): Promise<Page<RatioAlertView>> {
    const conditions: DocumentFilter[] = [];
    if (request.status) conditions.push({ status: request.status });
    if (request.overdue !== undefined) {
      const now = this.clock.now().toISOString();
      conditions.push(request.overdue ? { earliestOwedDueAt: { $ne: null, $lte: now } } : { $or: [{ earliestOwedDueAt: null }, { earliestOwedDueAt: { $gt: now } }] });
    }
    const reader = new TenantScopedReader(this.ratioAlerts.collection(), caller.user.tenantId);
    return readPage(reader, allOf(conditions), { openedAt: -1, _id: 1 }, request);
  }
}
