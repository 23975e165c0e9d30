import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { CLOCK, Clock, EventEnvelope } from '@aftersales/eventsourcing';
import { DispositionDecidedV1, QA_TOPIC, QaIntegrationEventTypes as Qa } from '@aftersales/contracts';
import { ConsumerHost, IntegrationEventOf } from '@aftersales/platform';
import { UNSTARTED_STATUSES, WorkOrderCommand, workOrderIdForCase } from '@aftersales/dispatch-domain';
import { WORK_ORDERS, WorkOrders } from './work-order.aggregate';

/** The consumer group of the dispatch service: its instances share QA's partitions. */
export const DISPATCH_CONSUMER_GROUP = 'dispatch';
/** Who the process manager acts as. */
export const DISPATCH_QA_ACTOR = 'dispatch-qa';

/** QA's integration events the process manager acts on (the rest of the topic is acknowledged unread). */
const HANDLES = [Qa.DispositionDecided, Qa.QualityCaseClosed] as const;

/**
 * DI-1 as a process manager: QA's published `on_site_repair` disposition becomes a work order for
 * the case's customer and product. Idempotent twice over: the consumer host dedupes by event id,
 * and the work order's id is derived from the tenant and the case, so the same disposition
 * delivered again (or decided again) finds its order and creates nothing. A case QA cancels
 * cancels its order while it is unstarted (created, assigned or accepted); one under way goes on.
 */
@Injectable()
export class QaDispositionProcessManager implements OnModuleInit {
  private readonly logger = new Logger('DispatchQa');

  constructor(
    private readonly consumers: ConsumerHost,
    @Inject(WORK_ORDERS) private readonly workOrders: WorkOrders,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.consumers.register({ name: 'dispatch-qa', group: DISPATCH_CONSUMER_GROUP, topics: [QA_TOPIC], handles: HANDLES, handle: (event) => this.handle(event) });
  }

  // rule DI-1: QA's on-site repair disposition makes a work order, once per case; a cancelled case cancels an order nobody set out for
  /** One of QA's events, checked against its contract by the consumer host (so `data` is typed). */
  async handle(event: IntegrationEventOf<(typeof HANDLES)[number]>): Promise<void> {
    switch (event.type) {
      case Qa.DispositionDecided:
        return event.data.disposition === 'on_site_repair' ? this.create(event, event.data) : undefined;
      case Qa.QualityCaseClosed:
        return event.data.outcome === 'cancelled' ? this.cancel(event, event.data.caseId) : undefined;
      default:
        return undefined;
    }
  }

  private async create(event: EventEnvelope, data: DispositionDecidedV1): Promise<void> {
    const workOrderId = workOrderIdForCase(event.tenantId, data.caseId);
    const result = await this.decide(event, workOrderId, {
      type: 'Create',
      workOrderId,
      region: event.region,
      customer: { customerId: data.customerId, name: null, phone: null },
      // QA names the model; the product line a technician must be qualified for is the model's line
      // until QA publishes one (TR-2 then matches qualifications by the model).
      product: { model: data.product.model, productLine: data.product.model, serialNumber: data.product.serialNumber },
      requestedWork: data.note ?? `On-site repair decided by QA for case ${data.caseId}`,
      source: { kind: 'qa_disposition', caseId: data.caseId, complaintId: data.complaintId, dispositionEventId: event.id },
      customerRequiredBy: null,
      createdBy: DISPATCH_QA_ACTOR,
      now: this.clock.now(),
    });
    if (result.events.length > 0) this.logger.log({ workOrderId, caseId: data.caseId }, 'work order created from an on-site repair disposition');
  }

  private async cancel(event: EventEnvelope, caseId: string): Promise<void> {
    const workOrderId = workOrderIdForCase(event.tenantId, caseId);
    const { state } = await this.workOrders.load(event.tenantId, workOrderId);
    if (state.status === 'none' || !UNSTARTED_STATUSES.includes(state.status)) return;
    await this.decide(event, workOrderId, { type: 'Cancel', workOrderId, reason: `QA cancelled case ${caseId}`, cause: event.id, now: this.clock.now() });
  }

  /** The work order command caused by one of QA's events, as the system acting for dispatch. */
  private decide(event: EventEnvelope, workOrderId: string, command: WorkOrderCommand) {
    return this.workOrders.execute({
      id: workOrderId,
      tenantId: event.tenantId,
      command,
      metadata: { tenantId: event.tenantId, region: event.region, actor: { id: DISPATCH_QA_ACTOR, role: 'system' }, correlationId: event.correlationId, causationId: event.id },
      now: this.clock.now(),
    });
  }
}
