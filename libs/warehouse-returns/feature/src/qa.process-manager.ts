import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { CLOCK, Clock, EventEnvelope } from '@aftersales/eventsourcing';
import { DispositionDecidedV1, QA_TOPIC, QaIntegrationEventTypes as Qa, ReturnInspectedV1 } from '@aftersales/contracts';
import { ConsumerHost, IntegrationEventOf } from '@aftersales/platform';
import { CustomerChoice, DISPOSITIONS_MAKING_RETURNS, DispositionMakingReturn, ReturnRequestCommand, returnRequestIdForDisposition } from '@aftersales/warehouse-returns-domain';
import { RETURN_REQUESTS, ReturnRequests } from './return-request.aggregate';
import { WAREHOUSE_RETURNS_CONSUMER_GROUP } from './finance-facts';

/** Who the process manager acts as. */
export const WAREHOUSE_RETURNS_QA_ACTOR = 'warehouse-returns-qa';

const HANDLES = [Qa.DispositionDecided, Qa.ReturnInspected] as const;

/** The customer's ask a disposition already says (WR-5): a repair comes back as the same goods, so the choice stays open. */
const CHOICE_OF: Readonly<Record<DispositionMakingReturn, CustomerChoice | null>> = { exchange: 'exchange', refund: 'refund', return_for_repair: null };

/**
 * QA's published decisions that move returns (WR-1, QA-6):
 * - an `exchange`, `return_for_repair` or `refund` disposition makes a draft quality return for the
 *   case's customer, once per disposition (its id derives from the tenant and the disposition's
 *   event id; the consumer host also drops redeliveries). The disposition carries no quantities
 *   or prices: the after-sales section enters the lines (POST /returns/{id}/lines) before the
 *   first signature, checked against the deliveries like any request.
 * - QA's inspection (ReturnInspected, the answer to ReturnGoodsReceived) is recorded on the
 *   request: its signature for booking, or its refusal with the reason, which refuses the return.
 */
@Injectable()
export class QaReturnsProcessManager implements OnModuleInit {
  private readonly logger = new Logger('WarehouseReturnsQa');

  constructor(
    private readonly consumers: ConsumerHost,
    @Inject(RETURN_REQUESTS) private readonly returnRequests: ReturnRequests,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.consumers.register({ name: 'warehouse-returns-qa', group: WAREHOUSE_RETURNS_CONSUMER_GROUP, topics: [QA_TOPIC], handles: HANDLES, handle: (event) => this.handle(event) });
  }

  // rule WR-1: QA's exchange, return-for-repair and refund dispositions each make one draft return request
  // rule QA-6: QA's inspection of the returned goods is recorded on the request (its signature, or its refusal with the reason)
  async handle(event: IntegrationEventOf<(typeof HANDLES)[number]>): Promise<void> {
    switch (event.type) {
      case Qa.DispositionDecided:
        return (DISPOSITIONS_MAKING_RETURNS as readonly string[]).includes(event.data.disposition) ? this.open(event, event.data) : undefined;
      case Qa.ReturnInspected:
        return this.inspected(event, event.data);
      default:
        return undefined;
    }
  }

  private async open(event: EventEnvelope, data: DispositionDecidedV1): Promise<void> {
    const returnRequestId = returnRequestIdForDisposition(event.tenantId, event.id);
    const { state } = await this.returnRequests.load(event.tenantId, returnRequestId);
    if (state.status !== 'none') return;
    const disposition = data.disposition as DispositionMakingReturn;
    const now = this.clock.now();
    await this.decide(event, returnRequestId, {
      type: 'Open',
      returnRequestId,
      region: event.region,
      customerId: data.customerId,
      reason: 'quality',
      source: { kind: 'qa_disposition', caseId: data.caseId, disposition, dispositionEventId: event.id },
      lines: [],
      deliveries: {},
      note: [`QA case ${data.caseId}: ${disposition} of ${data.product.model}${data.product.serialNumber ? ` (serial ${data.product.serialNumber})` : ''}`, data.note].filter(Boolean).join('. '),
      customerChoice: CHOICE_OF[disposition],
      by: { id: WAREHOUSE_RETURNS_QA_ACTOR, role: 'system' },
      now,
    });
    this.logger.log({ returnRequestId, caseId: data.caseId, disposition }, 'draft return request made from a QA disposition');
  }

  private async inspected(event: EventEnvelope, data: ReturnInspectedV1): Promise<void> {
    const { state } = await this.returnRequests.load(event.tenantId, data.returnRequestId);
    // An inspection of a request this tenant does not have, or one that moved on, is not ours to record.
    if (state.status !== 'counted') return;
    await this.decide(event, data.returnRequestId, {
      type: 'RecordInspection',
      returnRequestId: data.returnRequestId,
      inspectionId: data.inspectionId,
      verdict: data.verdict,
      reason: data.reason,
      lines: data.lines,
      inspectedAt: data.inspectedAt,
      now: this.clock.now(),
    });
  }

  /** The return request command caused by one of QA's events, as the system acting for warehouse-returns. */
  private decide(event: EventEnvelope, returnRequestId: string, command: ReturnRequestCommand) {
    return this.returnRequests.execute({
      id: returnRequestId,
      tenantId: event.tenantId,
      command,
      metadata: { tenantId: event.tenantId, region: event.region, actor: { id: WAREHOUSE_RETURNS_QA_ACTOR, role: 'system' }, correlationId: event.correlationId, causationId: event.id },
      now: this.clock.now(),
    });
  }
}
