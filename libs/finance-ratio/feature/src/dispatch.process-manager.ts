import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { CLOCK, Clock, DomainError } from '@aftersales/eventsourcing';
import { DISPATCH_TOPIC, DispatchIntegrationEventTypes as Dispatch } from '@aftersales/contracts';
import { ConsumerHost, IntegrationEventOf, LoadedPolicy } from '@aftersales/platform';
import { FINANCE_RATIO, FinanceRatioPolicy, conductProposal, localDateIn, settlementCosts, settlementEntryId } from '@aftersales/finance-ratio-domain';
import { FINANCE_RATIO_POLICY } from './finance-ratio-policy.provider';
import { COST_ENTRIES, CostEntries, REWARDS_PENALTIES, RewardsPenalties } from './ledger.aggregates';

/** The consumer group that reads dispatch's topic (its own offsets, apart from the QA consumer's). */
export const FINANCE_RATIO_DISPATCH_CONSUMER_GROUP = 'finance-ratio-dispatch';
/** The actor finance records a settlement's ledger entries as. */
export const FINANCE_RATIO_DISPATCH_ACTOR = 'finance-ratio-dispatch';

const HANDLES = [Dispatch.Settled, Dispatch.ConductRecorded] as const;

/**
 * An event finance cannot book however often it is delivered (a settlement without its customer, a
 * conduct penalty outside the FR-4 range): permanent, so the bus dead-letters it at once with the
 * reason, for someone to look at, rather than retrying it.
 */
export class UnbookableDispatchEventError extends Error {
  readonly permanent = true;
  constructor(
    message: string,
    readonly details: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'UnbookableDispatchEventError';
  }
}

/**
 * Dispatch's published events that concern finance (aftersales.dispatch.events, group
 * `finance-ratio-dispatch`):
 * - `dispatch.public.Settled` → quality-cost ledger entries (FR-3): the free items are the
 *   company's cost, the charged items the customer's; each entry's source is the settlement event
 *   and its id derives from that event, so a redelivery records nothing.
 * - `dispatch.public.ConductRecorded` (DI-9) → a penalty proposal (FR-4) against the technician,
 *   proposed by the dispatcher who recorded it; a manager other than them approves or rejects it.
 * Idempotent twice over: the consumer host's inbox drops a redelivered event, and an entry or
 * proposal that exists already is left as it is.
 */
@Injectable()
export class DispatchProcessManager implements OnModuleInit {
  private readonly logger = new Logger('FinanceRatioDispatch');

  constructor(
    private readonly consumers: ConsumerHost,
    @Inject(COST_ENTRIES) private readonly entries: CostEntries,
    @Inject(REWARDS_PENALTIES) private readonly proposals: RewardsPenalties,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(FINANCE_RATIO_POLICY) private readonly policy: LoadedPolicy<FinanceRatioPolicy>,
  ) {}

  onModuleInit(): void {
    this.consumers.register({ name: 'finance-ratio-dispatch', group: FINANCE_RATIO_DISPATCH_CONSUMER_GROUP, topics: [DISPATCH_TOPIC], handles: HANDLES, handle: (event) => this.handle(event) });
  }

  async handle(event: IntegrationEventOf<(typeof HANDLES)[number]>): Promise<void> {
    if (event.type === Dispatch.Settled) await this.settled(event);
    else await this.conductRecorded(event);
  }

  // rule FR-3: a dispatch settlement becomes ledger entries attributed by who bears each part (settlementCosts)
  async settled(event: IntegrationEventOf<typeof Dispatch.Settled>): Promise<void> {
    const data = event.data;
    const costs = settlementCosts(data);
    if (costs.length === 0) return;
    if (!data.customerId || data.currency === null) {
      throw new UnbookableDispatchEventError('the settlement names no customer or currency: its cost cannot be attributed', { eventId: event.id, workOrderId: data.workOrderId });
    }
    const now = this.clock.now();
    const recorded: string[] = [];
    for (const cost of costs) {
      const entryId = settlementEntryId(event.tenantId, event.id, cost.part);
      if ((await this.entries.read(event.tenantId, entryId)).current.view) continue;
      await this.entries.execute({
        id: entryId,
        tenantId: event.tenantId,
        command: {
          type: 'Record',
          entry: {
            entryId,
            category: cost.category,
            amountMinor: cost.amountMinor.toString(),
            currency: data.currency,
            occurredOn: localDateIn(this.policy.policy.timeZone, new Date(event.occurredAt)),
            customerId: data.customerId,
            region: event.region,
            caseRef: data.workOrderId,
            source: { kind: 'dispatch_settlement', eventType: event.type, eventId: event.id },
            adjusts: null,
            note: cost.part === 'free' ? `free items (${data.freeItems}) of work order ${data.workOrderId}` : `charged items (${data.chargedItems}) of work order ${data.workOrderId}, receipt ${data.receiptNumber ?? '-'}`,
            recordedBy: FINANCE_RATIO_DISPATCH_ACTOR,
            recordedAt: now.toISOString(),
            cause: cost.cause,
            salesRepId: null,
          },
        },
        metadata: { tenantId: event.tenantId, region: event.region, actor: { id: FINANCE_RATIO_DISPATCH_ACTOR, role: 'system' }, correlationId: event.correlationId, causationId: event.id, policyVersion: this.policy.version },
        now,
        expectedRevision: 'no_stream',
      });
      recorded.push(cost.part);
    }
    if (recorded.length > 0) this.logger.log({ workOrderId: data.workOrderId, customerId: data.customerId, parts: recorded }, 'dispatch settlement booked in the quality-cost ledger');
  }

  // rule FR-4: a DI-9 conduct record becomes a penalty proposal by the recording dispatcher (conductProposal)
  async conductRecorded(event: IntegrationEventOf<typeof Dispatch.ConductRecorded>): Promise<void> {
    const data = event.data;
    const proposal = conductProposal(
      { eventId: event.id, tenantId: event.tenantId, region: event.region, occurredAt: event.occurredAt, recordedBy: event.actor.id, ...data },
      this.policy.policy.timeZone,
    );
    if ((await this.proposals.read(event.tenantId, proposal.proposalId)).current.view) return;
    const now = this.clock.now();
    try {
      await this.proposals.execute({
        id: proposal.proposalId,
        tenantId: event.tenantId,
        command: { type: 'Propose', proposal, policy: this.policy.policy },
        metadata: { tenantId: event.tenantId, region: event.region, actor: event.actor, correlationId: event.correlationId, causationId: event.id, policyVersion: this.policy.version },
        now,
        expectedRevision: 'no_stream',
      });
    } catch (err) {
      if (err instanceof DomainError && err.code === FINANCE_RATIO.OUTSIDE_POLICY_RANGE) {
        throw new UnbookableDispatchEventError(`dispatch's conduct penalty is outside finance's FR-4 range: ${err.message}`, { eventId: event.id, workOrderId: data.workOrderId, ...err.details });
      }
      throw err;
    }
    this.logger.log({ workOrderId: data.workOrderId, technicianId: data.technicianId, proposalId: proposal.proposalId }, 'dispatch conduct record proposed as a penalty');
  }
}
