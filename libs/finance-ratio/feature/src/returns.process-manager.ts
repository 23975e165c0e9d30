import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { CLOCK, Clock } from '@aftersales/eventsourcing';
import { WAREHOUSE_RETURNS_TOPIC, WarehouseReturnsIntegrationEventTypes as Returns } from '@aftersales/contracts';
import { ConsumerHost, IntegrationEventOf, LoadedPolicy } from '@aftersales/platform';
import { FinanceRatioPolicy, bookedMovements, customerAccountId, localDateIn, qualityCostAttribution, qualityCostEntryId } from '@aftersales/finance-ratio-domain';
import { CUSTOMERS, Customers } from './customer-ratio.aggregate';
import { FINANCE_RATIO_POLICY } from './finance-ratio-policy.provider';
import { COST_ENTRIES, CostEntries } from './ledger.aggregates';

/** The consumer group that reads warehouse-returns' topic (its own offsets, apart from the QA and dispatch consumers'). */
export const FINANCE_RATIO_RETURNS_CONSUMER_GROUP = 'finance-ratio-returns';
/** The actor finance records booked returns and their quality costs as. */
export const FINANCE_RATIO_RETURNS_ACTOR = 'finance-ratio-returns';

const HANDLES = [Returns.ReturnBookedIn, Returns.QualityCostCharged] as const;

/**
 * Warehouse-returns' published events that concern finance (aftersales.warehouse-returns.events,
 * group `finance-ratio-returns`):
 * - `ReturnBookedIn` (WR-5, WR-6: the receipt note the same day) → the booked lines as movements in
 *   the customer's ratio (FR-1), by the policy's `returns` map, valued at the lines' own amounts;
 *   one evaluation after all the note's lines. A policy without `returns` (before 2026.2) counts
 *   none: it counts QA's dispositions instead (docs/adr/018).
 * - `QualityCostCharged` (WR-7) → a write-off in the quality-cost ledger (FR-3) charged to the
 *   sales rep or the sales department.
 * Idempotent twice over: the consumer host's inbox drops a redelivered event; a booked line's
 * movement id and a charge's entry id derive from the return request and the line, so the same
 * facts under another event id record nothing.
 */
@Injectable()
export class ReturnsProcessManager implements OnModuleInit {
  private readonly logger = new Logger('FinanceRatioReturns');

  constructor(
    private readonly consumers: ConsumerHost,
    @Inject(CUSTOMERS) private readonly customers: Customers,
    @Inject(COST_ENTRIES) private readonly entries: CostEntries,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(FINANCE_RATIO_POLICY) private readonly policy: LoadedPolicy<FinanceRatioPolicy>,
  ) {}

  onModuleInit(): void {
    this.consumers.register({ name: 'finance-ratio-returns', group: FINANCE_RATIO_RETURNS_CONSUMER_GROUP, topics: [WAREHOUSE_RETURNS_TOPIC], handles: HANDLES, handle: (event) => this.handle(event) });
  }

  async handle(event: IntegrationEventOf<(typeof HANDLES)[number]>): Promise<void> {
    if (event.type === Returns.ReturnBookedIn) await this.booked(event);
    else await this.charged(event);
  }

  private metadata(event: IntegrationEventOf<(typeof HANDLES)[number]>) {
    return { tenantId: event.tenantId, region: event.region, actor: { id: FINANCE_RATIO_RETURNS_ACTOR, role: 'system' }, correlationId: event.correlationId, causationId: event.id, policyVersion: this.policy.version };
  }

  async booked(event: IntegrationEventOf<typeof Returns.ReturnBookedIn>): Promise<void> {
    const data = event.data;
    const movements = bookedMovements({ ...data, eventId: event.id, eventType: event.type }, this.policy.policy);
    if (movements.length === 0) return;
    const accountId = customerAccountId(event.tenantId, data.customerId);
    const now = this.clock.now();
    const result = await this.customers.execute({
      id: accountId,
      tenantId: event.tenantId,
      command: { type: 'RecordMovements', accountId, customerId: data.customerId, region: event.region, movements, policy: this.policy.policy, now },
      metadata: this.metadata(event),
      now,
    });
    if (result.events.length > 0) this.logger.log({ returnRequestId: data.returnRequestId, customerId: data.customerId, events: result.events.map((e) => e.type) }, 'booked return applied to the customer ratio');
  }

  async charged(event: IntegrationEventOf<typeof Returns.QualityCostCharged>): Promise<void> {
    const data = event.data;
    const entryId = qualityCostEntryId(event.tenantId, data.returnRequestId, data.lineId);
    if ((await this.entries.read(event.tenantId, entryId)).current.view) return;
    const now = this.clock.now();
    await this.entries.execute({
      id: entryId,
      tenantId: event.tenantId,
      command: {
        type: 'Record',
        entry: {
          entryId,
          ...qualityCostAttribution(data),
          amountMinor: data.amountMinor,
          currency: data.currency,
          occurredOn: localDateIn(this.policy.policy.timeZone, new Date(data.chargedAt)),
          customerId: data.customerId,
          region: event.region,
          caseRef: data.returnRequestId,
          source: { kind: 'returns_write_off', eventType: event.type, eventId: event.id },
          adjusts: null,
          note: `line ${data.lineId} of return ${data.returnRequestId}: ${data.reason}`,
          recordedBy: FINANCE_RATIO_RETURNS_ACTOR,
          recordedAt: now.toISOString(),
        },
      },
      metadata: this.metadata(event),
      now,
      expectedRevision: 'no_stream',
    });
    this.logger.log({ returnRequestId: data.returnRequestId, lineId: data.lineId, chargedTo: data.chargedTo.kind }, 'returns quality cost booked in the ledger');
  }
}
