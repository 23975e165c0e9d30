import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { CLOCK, Clock } from '@aftersales/eventsourcing';
import { LoadedPolicy } from '@aftersales/platform';
import { FinanceRatioPolicy, customerAccountId, explainRatio } from '@aftersales/finance-ratio-domain';
import { CUSTOMERS, Customers, customerNotFound } from '../../customer-ratio.aggregate';
import { FINANCE_RATIO_POLICY } from '../../finance-ratio-policy.provider';
import { RatioResponse } from '../../finance-ratio.response.dto';
import { presentDocuments, presentSnapshot } from '../../presentation';
import { GetRatio } from './get-ratio.query';

/**
 * FR-1 explained: the ratio at the clock's time under the policy in force, from the customer's own
 * stream (reads its own writes), with the documents and movements behind the numerator and
 * denominator, the limit and where it came from, and the policy version.
 */
@QueryHandler(GetRatio)
export class GetRatioHandler implements IQueryHandler<GetRatio> {
  constructor(
    @Inject(CUSTOMERS) private readonly customers: Customers,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(FINANCE_RATIO_POLICY) private readonly policy: LoadedPolicy<FinanceRatioPolicy>,
  ) {}

  async execute({ caller, customerId }: GetRatio): Promise<RatioResponse> {
    const { current } = await this.customers.read(caller.user.tenantId, customerAccountId(caller.user.tenantId, customerId), caller.user);
    const state = current.state;
    if (state.status === 'none' || !current.view) throw customerNotFound(customerId);
    const explanation = explainRatio(
      { customerId: state.customerId, region: state.region, purchases: [...state.purchases.values()].map((p) => p.document), movements: [...state.movements.values()].map((m) => m.movement) },
      this.policy.policy,
      this.clock.now(),
    );
    return {
      ...presentSnapshot(explanation),
      asOf: explanation.asOf,
      status: state.status,
      openAlertId: state.openAlert?.alertId ?? null,
      documents: presentDocuments(explanation),
      movementDetails: explanation.movementDetails.map((m) => ({ ...m, value: m.value && { ...m.value }, source: { ...m.source } })),
    };
  }
}
