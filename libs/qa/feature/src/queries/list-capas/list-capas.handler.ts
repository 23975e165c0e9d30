import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { DocumentFilter, NotFoundError, TenantScopedReader } from '@aftersales/eventsourcing';
import { AUTH, ApiError, Page, allOf, readPage } from '@aftersales/platform';
import { CapaView } from '../../case-view';
import { QaHandler, caseNotFound, readsEveryCase } from '../../qa.aggregates';
import { ListCapas } from './list-capas.query';

/** The CAPA list: the caller's tenant only; sales roles list the CAPAs of one case they may read. */
@QueryHandler(ListCapas)
export class ListCapasHandler extends QaHandler implements IQueryHandler<ListCapas> {
  async execute({ caller: { user }, request }: ListCapas): Promise<Page<CapaView>> {
    const conditions: DocumentFilter[] = [];
    if (!request.caseId && !readsEveryCase(user)) {
      throw ApiError.forbidden(AUTH.FORBIDDEN, 'sales roles list the CAPAs of a case they may read: give caseId');
    }
    if (request.caseId) {
      await this.cases.get(user.tenantId, request.caseId.toLowerCase(), user).catch((err: unknown) => {
        throw err instanceof NotFoundError ? caseNotFound(request.caseId as string) : err;
      });
      conditions.push({ caseId: request.caseId.toLowerCase() });
    }
    if (request.status) conditions.push({ status: request.status });
    if (request.department) conditions.push({ 'plan.department': request.department });
    if (request.overdue !== undefined) {
      const now = this.clock.now().toISOString();
      conditions.push(request.overdue ? { status: 'open', dueAt: { $lte: now } } : { $or: [{ status: 'closed' }, { dueAt: { $gt: now } }] });
    }
    return readPage(new TenantScopedReader(this.capas.collection(), user.tenantId), allOf(conditions), { dueAt: 1, _id: 1 }, request);
  }
}
