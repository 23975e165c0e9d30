import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { CLOCK, Clock } from '@aftersales/eventsourcing';
import { WAREHOUSE_RETURNS_TOPIC, WarehouseReturnsIntegrationEventTypes as Returns } from '@aftersales/contracts';
import { ConsumerHost, IntegrationEventOf } from '@aftersales/platform';
import { inspectionIdForReturn } from '@aftersales/qa-domain';
import { Inspections, RETURN_INSPECTIONS } from './qa.aggregates';

/** The consumer group of the qa service on warehouse-returns' topic (deploy/k8s/consumers.txt). */
export const QA_RETURNS_CONSUMER_GROUP = 'qa-returns';
/** Who the process manager acts as. */
export const QA_RETURNS_ACTOR = 'qa-returns';

const HANDLES = [Returns.ReturnGoodsReceived] as const;

/**
 * Rule QA-6 as a process manager: the goods warehouse-returns counted in (ReturnGoodsReceived) open
 * QA's inspection of them. Idempotent twice over: the consumer host dedupes by event id, and the
 * inspection's id is derived from the tenant and the return request, so the same receipt delivered
 * again (or a replay of the topic) finds its inspection and opens nothing.
 */
@Injectable()
export class ReturnGoodsProcessManager implements OnModuleInit {
  private readonly logger = new Logger('QaReturns');

  constructor(
    private readonly consumers: ConsumerHost,
    @Inject(RETURN_INSPECTIONS) private readonly inspections: Inspections,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.consumers.register({ name: 'qa-returns', group: QA_RETURNS_CONSUMER_GROUP, topics: [WAREHOUSE_RETURNS_TOPIC], handles: HANDLES, handle: (event) => this.handle(event) });
  }

  /** warehouse-returns' receipt, checked against its contract by the consumer host (so `data` is typed). */
  async handle(event: IntegrationEventOf<(typeof HANDLES)[number]>): Promise<void> {
    const d = event.data;
    const inspectionId = inspectionIdForReturn(event.tenantId, d.returnRequestId);
    const result = await this.inspections.execute({
      id: inspectionId,
      tenantId: event.tenantId,
      command: {
        type: 'Open',
        inspectionId,
        returnRequestId: d.returnRequestId,
        caseId: d.caseId,
        customerId: d.customerId,
        reason: d.reason,
        lines: d.lines.map((l) => ({
          lineId: l.lineId,
          sku: l.sku,
          serialNumberAuthorised: l.serialNumberAuthorised,
          serialNumberReceived: l.serialNumberReceived,
          quantityReceived: l.quantityReceived,
        })),
        receivedAt: d.receivedAt,
        cause: event.id,
      },
      metadata: { tenantId: event.tenantId, region: event.region, actor: { id: QA_RETURNS_ACTOR, role: 'system' }, correlationId: event.correlationId, causationId: event.id },
      now: this.clock.now(),
    });
    if (result.events.length > 0) this.logger.log({ inspectionId, returnRequestId: d.returnRequestId }, 'inspection of returned goods opened');
  }
}
