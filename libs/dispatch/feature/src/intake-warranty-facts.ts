import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { DOCUMENT_STORE, DocumentCollection, DocumentStore, TenantDocument, TenantScopedReader } from '@aftersales/eventsourcing';
import { COMPLAINT_STREAM_PREFIX, INTAKE_TOPIC, IntakeIntegrationEventTypes as Intake } from '@aftersales/contracts';
import { ConsumerHost, IntegrationEventOf } from '@aftersales/platform';
import { ReceiptEvidence } from '@aftersales/dispatch-domain';

export const WARRANTY_FACTS_COLLECTION = 'dispatch.warranty-facts';
/** The consumer group reading intake's topic for the warranty facts (its own: `dispatch` reads QA's). */
export const DISPATCH_INTAKE_CONSUMER_GROUP = 'dispatch-intake';

/**
 * DI-2: what intake published about when a customer received the product with a serial number:
 * one document per complaint registered with a serial number (intake.public.ComplaintRegistered:
 * `goodsReceivedOn`, which intake's registration checks against the delivery date). Dispatch's own
 * record, fed through intake's published events; it never reads intake's store or imports intake.
 */
export interface WarrantyFact extends TenantDocument {
  /** The complaint id (each complaint registers once, so each document is written once). */
  readonly _id: string;
  readonly serialNumber: string;
  readonly model: string;
  readonly goodsReceivedOn: string;
  readonly registeredAt: string;
}

@Injectable()
export class IntakeWarrantyFacts implements OnModuleInit {
  constructor(
    private readonly consumers: ConsumerHost,
    @Inject(DOCUMENT_STORE) private readonly documents: DocumentStore,
  ) {}

  onModuleInit(): void {
    this.consumers.register({ name: 'dispatch-intake-warranty', group: DISPATCH_INTAKE_CONSUMER_GROUP, topics: [INTAKE_TOPIC], handles: [Intake.ComplaintRegistered], handle: (event) => this.handle(event) });
  }

  collection(): DocumentCollection<WarrantyFact> {
    return this.documents.collection<WarrantyFact>(WARRANTY_FACTS_COLLECTION, [{ fields: { tenantId: 1, serialNumber: 1, goodsReceivedOn: 1 } }]);
  }

  async handle(event: IntegrationEventOf<typeof Intake.ComplaintRegistered>): Promise<void> {
    const d = event.data;
    if (!event.stream.startsWith(COMPLAINT_STREAM_PREFIX) || d.product.serialNumber === null) return;
    const current = await this.collection().get(d.complaintId);
    if (current && current.tenantId !== event.tenantId) return;
    await this.collection().upsert({ _id: d.complaintId, tenantId: event.tenantId, serialNumber: d.product.serialNumber, model: d.product.model, goodsReceivedOn: d.goodsReceivedOn, registeredAt: d.receivedAt }, event.position);
  }

  // rule DI-2: the receipt date a request at an outlet is decided by: intake's record of the serial number first (the earliest any complaint registered), else the proof the customer shows, else none
  async receiptFor(tenantId: string, serialNumber: string | null, shown: string | null): Promise<ReceiptEvidence> {
    if (serialNumber !== null) {
      const [earliest] = await new TenantScopedReader(this.collection(), tenantId).find({ serialNumber }, { sort: { goodsReceivedOn: 1 }, limit: 1 });
      if (earliest) return { from: 'intake', goodsReceivedOn: earliest.goodsReceivedOn, complaintId: earliest._id };
    }
    return shown !== null ? { from: 'request', goodsReceivedOn: shown } : { from: 'none' };
  }
}
