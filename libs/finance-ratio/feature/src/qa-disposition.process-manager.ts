import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { CLOCK, Clock } from '@aftersales/eventsourcing';
import { QA_TOPIC, QaIntegrationEventTypes as Qa } from '@aftersales/contracts';
import { ConsumerHost, IntegrationEventOf, LoadedPolicy } from '@aftersales/platform';
import { FinanceRatioPolicy, MovementKind, customerAccountId } from '@aftersales/finance-ratio-domain';
import { CUSTOMERS, Customers } from './customer-ratio.aggregate';
import { FINANCE_RATIO_POLICY } from './finance-ratio-policy.provider';

/** The consumer group of the finance-ratio service. */
export const FINANCE_RATIO_CONSUMER_GROUP = 'finance-ratio';

const HANDLES = [Qa.DispositionDecided] as const;

/**
 * Rule FR-1's numerator from QA's dispositions (qa.public.DispositionDecided), as far as the policy
 * counts them: policies before 2026.2 count exchange → exchanged, refund → returned; the 2026.2
 * default counts none, since warehouse-returns books the goods of those it takes up and
 * returns.process-manager.ts counts the booking (docs/adr/018). What the policy counts becomes the
 * case's movement on the customer's account. A case has one movement: a later
 * disposition of the same case corrects it, or withdraws it when the policy does not count the new
 * one. Idempotent twice over: the consumer host's inbox drops a redelivered event, and the decider
 * records nothing for a report that says what the account already holds.
 *
 * QA's v1 disposition carries no quantity or amount: one unit per case (a serial-numbered
 * product), valued at the price the customer paid for the model (the decider's valueOf).
 */
@Injectable()
export class QaDispositionProcessManager implements OnModuleInit {
  private readonly logger = new Logger('FinanceRatioQa');

  constructor(
    private readonly consumers: ConsumerHost,
    @Inject(CUSTOMERS) private readonly customers: Customers,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(FINANCE_RATIO_POLICY) private readonly policy: LoadedPolicy<FinanceRatioPolicy>,
  ) {}

  onModuleInit(): void {
    this.consumers.register({ name: 'finance-ratio-dispositions', group: FINANCE_RATIO_CONSUMER_GROUP, topics: [QA_TOPIC], handles: HANDLES, handle: (event) => this.handle(event) });
  }

  // rule FR-1: which QA dispositions count as exchanged or returned
  async handle(event: IntegrationEventOf<(typeof HANDLES)[number]>): Promise<void> {
    const data = event.data;
    const counted = this.policy.policy.dispositions as Partial<Record<string, MovementKind>>;
    const kind = counted[data.disposition] ?? null;
    const accountId = customerAccountId(event.tenantId, data.customerId);
    const now = this.clock.now();
    const result = await this.customers.execute({
      id: accountId,
      tenantId: event.tenantId,
      command: {
        type: 'RecordMovement',
        accountId,
        customerId: data.customerId,
        region: event.region,
        movement: {
          movementId: data.caseId,
          kind,
          quantity: 1,
          model: data.product.model,
          serialNumber: data.product.serialNumber,
          contractNumber: data.product.contractNumber,
          occurredAt: event.occurredAt,
          source: { eventType: event.type, eventId: event.id, caseId: data.caseId },
        },
        policy: this.policy.policy,
        now,
      },
      metadata: { tenantId: event.tenantId, region: event.region, actor: { id: 'finance-ratio-qa', role: 'system' }, correlationId: event.correlationId, causationId: event.id, policyVersion: this.policy.version },
      now,
    });
    if (result.events.length > 0) this.logger.log({ caseId: data.caseId, customerId: data.customerId, events: result.events.map((e) => e.type) }, 'QA disposition applied to the customer ratio');
  }
}
