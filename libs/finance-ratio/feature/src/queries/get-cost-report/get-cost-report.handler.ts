import { Inject } from '@nestjs/common';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { TenantScopedReader } from '@aftersales/eventsourcing';
import { ApiError, Caller, VALIDATION_FAILED } from '@aftersales/platform';
import { CostReport, costReport } from '@aftersales/finance-ratio-domain';
import { COST_ENTRIES, CostEntries } from '../../ledger.aggregates';
import { CostReportQuery } from './get-cost-report.request.dto';

export class GetCostReport extends Query<CostReport> {
  constructor(
    readonly caller: Caller,
    readonly request: CostReportQuery,
  ) {
    super();
  }
}

/** FR-3's report: the tenant's ledger entries in the period, summed exactly by group, category and currency. */
@QueryHandler(GetCostReport)
export class GetCostReportHandler implements IQueryHandler<GetCostReport> {
  constructor(@Inject(COST_ENTRIES) private readonly entries: CostEntries) {}

  async execute({ caller, request }: GetCostReport): Promise<CostReport> {
    if (request.from > request.to) {
      throw ApiError.badRequest(VALIDATION_FAILED, 'the request is not valid; see fieldErrors', [{ field: 'to', code: 'before_from', message: 'to must not be before from' }]);
    }
    const reader = new TenantScopedReader(this.entries.collection(), caller.user.tenantId);
    const entries = await reader.find({ occurredOn: { $gte: request.from, $lte: request.to } }, { sort: { occurredOn: 1 } });
    return costReport(entries, request.groupBy, request.from, request.to);
  }
}
