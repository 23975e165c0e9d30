import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { CLOCK, Clock, Upcasters, deterministicUuid } from '@aftersales/eventsourcing';
import { DISPATCH_TOPIC, DISPATCH_UPCASTERS, DispatchIntegrationEventTypes as Dispatch } from '@aftersales/contracts';
import { ConsumerHost, IntegrationEventOf } from '@aftersales/platform';
import { ComplaintFacts } from '@aftersales/intake-domain';
import { COMPLAINTS, Complaints, PolicyContexts } from './complaint.aggregate';
import { COMPLAINT_WORK_ORDER_EVENTS, ComplaintWorkOrderEvent, DispatchWorkOrders } from './dispatch-work-orders';

/** Who registers the complaints dispatch passes on. */
export const DISPATCH_COMPLAINTS_ACTOR = 'intake-dispatch';

/** The complaint made from one of dispatch's ComplaintFoundOnSite events: the same event always makes the same complaint. */
export function complaintIdForDispatchEvent(tenantId: string, eventId: string): string {
  return deterministicUuid('intake.complaint', tenantId, 'dispatch', eventId);
}

/**
 * Rule DI-7 and DI-8 on intake's side: a complaint a technician found on site, or a low rating or
 * complaint in dispatch's follow-up call, is registered as a complaint (channel `on_site`,
 * category `other`, which the acceptance policy decides by its fixed rule, not by delivery dates;
 * dispatch does not know them, so the day it was found stands in). Its deadlines, the 4-hour
 * report-up among them, run from when it was found. Idempotent: the complaint id derives from the
 * event id, so a redelivery registers nothing more.
 */
@Injectable()
export class DispatchComplaints implements OnModuleInit {
  private readonly logger = new Logger('IntakeDispatch');

  constructor(
    private readonly consumers: ConsumerHost,
    @Inject(COMPLAINTS) private readonly complaints: Complaints,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly contexts: PolicyContexts,
    private readonly workOrders: DispatchWorkOrders,
  ) {}

  /**
   * Intake's one consumer of dispatch's topic (one consumer per group: two in the same group would
   * split its partitions between them): complaints found on site, and the work orders' progress
   * that the complaint shows (dispatch-work-orders.ts).
   */
  onModuleInit(): void {
    this.consumers.register({
      name: 'intake-dispatch-complaints',
      group: 'intake-dispatch',
      topics: [DISPATCH_TOPIC],
      handles: [Dispatch.ComplaintFoundOnSite, ...COMPLAINT_WORK_ORDER_EVENTS],
      // WorkOrderCreated is read at v2; v1 events published before it are upcast (ADR 017).
      upcasters: new Upcasters(DISPATCH_UPCASTERS),
      handle: (event) => (event.type === Dispatch.ComplaintFoundOnSite ? this.handle(event) : this.workOrders.handle(event as ComplaintWorkOrderEvent)),
    });
  }

  async handle(event: IntegrationEventOf<typeof Dispatch.ComplaintFoundOnSite>): Promise<void> {
    const d = event.data;
    const complaintId = complaintIdForDispatchEvent(event.tenantId, event.id);
    const { state } = await this.complaints.load(event.tenantId, complaintId);
    if (state.status !== 'none') return;
    // A region without a calendar throws the calendar's coded error: after the bus's attempts the
    // message goes to the dead-letter topic with it.
    const foundOn = this.contexts.calendars.forRegion(event.region).localDate(new Date(d.foundAt));
    const facts: ComplaintFacts = {
      channel: 'on_site',
      receivedAt: d.foundAt,
      customer: { id: d.customerId, name: d.customerName ?? d.customerId, tier: 'standard' },
      region: event.region,
      product: { model: d.product.model, serialNumber: d.product.serialNumber, partNumber: null, contractNumber: null, productLine: null, component: null, partClass: 'main' },
      deliveredOn: foundOn,
      goodsReceivedOn: foundOn,
      shippedQuantity: 1,
      defectiveQuantity: 1,
      category: 'other',
      severity: 'minor',
      defect: { location: null, nature: d.foundIn === 'on_site' ? 'complaint found on site' : 'complaint in the follow-up call', firstSeenOn: null, attachments: [] },
      usedAsInstructed: true,
      suspectedCause: 'unknown',
      requestedResolution: 'on_site_repair',
      description: `${d.text} (work order ${d.workOrderId})`,
      warrantyCard: null,
      deadOnArrival: null,
      ownerId: null,
    };
    await this.complaints.execute({
      id: complaintId,
      tenantId: event.tenantId,
      command: { type: 'Register', complaintId, facts, repeatOf: null, registeredBy: DISPATCH_COMPLAINTS_ACTOR, context: this.contexts.forRegion(event.region) },
      metadata: { tenantId: event.tenantId, region: event.region, actor: { id: DISPATCH_COMPLAINTS_ACTOR, role: 'system' }, correlationId: event.correlationId, causationId: event.id },
      now: this.clock.now(),
      expectedRevision: 'no_stream',
    });
    this.logger.log({ complaintId, workOrderId: d.workOrderId, foundIn: d.foundIn }, 'complaint registered from dispatch');
  }
}
