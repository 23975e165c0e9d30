import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CLOCK, Clock } from '@aftersales/eventsourcing';
import { LoadedPolicy, eventMetadata } from '@aftersales/platform';
import { FinanceRatioPolicy, customerAccountId } from '@aftersales/finance-ratio-domain';
import { CUSTOMERS, Customers } from '../../customer-ratio.aggregate';
import { FINANCE_RATIO_POLICY } from '../../finance-ratio-policy.provider';
import { ReevaluateRatio } from './reevaluate-ratio.command';

/** The same facts evaluated now (the period moved on, the policy changed): a new snapshot and the alert that follows, if anything changed. */
@CommandHandler(ReevaluateRatio)
export class ReevaluateRatioHandler implements ICommandHandler<ReevaluateRatio> {
  constructor(
    @Inject(CUSTOMERS) private readonly customers: Customers,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(FINANCE_RATIO_POLICY) private readonly policy: LoadedPolicy<FinanceRatioPolicy>,
  ) {}

  async execute({ caller, customerId }: ReevaluateRatio): Promise<void> {
    const accountId = customerAccountId(caller.user.tenantId, customerId);
    const now = this.clock.now();
    await this.customers.execute({
      id: accountId,
      tenantId: caller.user.tenantId,
      reader: caller.user,
      command: () => ({ type: 'Reevaluate', accountId, policy: this.policy.policy, now }),
      metadata: (current) => ({ ...eventMetadata(caller, current.view?.region ?? ''), policyVersion: this.policy.version }),
      now,
    });
  }
}
