import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { DOCUMENT_STORE, DocumentCollection, DocumentStore, TenantDocument } from '@aftersales/eventsourcing';
import { FINANCE_RATIO_TOPIC, FinanceRatioIntegrationEventTypes as Finance, PurchaseDocumentRecordedV1, RatioSnapshotTakenV1 } from '@aftersales/contracts';
import { ConsumerHost, IntegrationEventOf } from '@aftersales/platform';
import { Deliveries, LineRequest, RatioFigure, deliveryKey } from '@aftersales/warehouse-returns-domain';

export const RATIO_FIGURES_COLLECTION = 'warehouse-returns.ratio-figures';
export const DELIVERIES_COLLECTION = 'warehouse-returns.deliveries';
/** The consumer groups of the warehouse-returns service (QA's topic, finance-ratio's topic): its instances share their partitions. */
export const WAREHOUSE_RETURNS_CONSUMER_GROUP = 'warehouse-returns';
export const WAREHOUSE_RETURNS_FINANCE_CONSUMER_GROUP = 'warehouse-returns-finance';

/** Finance's latest published figure for one customer (WR-2): `_id` is `<tenant>|<customer>`, `_position` the snapshot's `sequence`. */
export interface RatioFigureDocument extends TenantDocument {
  readonly _id: string;
  readonly customerId: string;
  readonly figure: RatioFigure;
}

/** One purchase (delivery) document as finance last published it (WR-1): `_position` is its `revision`. */
export interface DeliveryDocument extends TenantDocument {
  readonly _id: string;
  readonly customerId: string;
  readonly documentNumber: string;
  readonly documentDate: string;
  readonly contractNumber: string | null;
  readonly salesRepId: string | null;
  readonly currency: string;
  readonly lines: PurchaseDocumentRecordedV1['lines'];
}

const HANDLES = [Finance.RatioSnapshotTaken, Finance.PurchaseDocumentRecorded] as const;

/** The ratio figure a check records, from finance's snapshot. */
export function ratioFigureOf(d: RatioSnapshotTakenV1): RatioFigure {
  const amount = d.amounts.find((a) => a.ratio !== null);
  return { sequence: d.sequence, asOf: d.asOf, ratio: d.quantity.ratio, amountRatio: amount?.ratio ?? null, limit: d.limit.quantity, overLimit: d.overLimit, policyVersion: d.policyVersion };
}

/**
 * warehouse-returns's own projections of finance-ratio's published events (never a call to finance):
 * the latest ratio snapshot per customer (highest `sequence`, WR-2) and each purchase document at its
 * highest `revision` (WR-1: delivered quantities, unit prices, sales reps). The number is the
 * document's write guard, so a redelivered or older snapshot or revision changes nothing.
 */
@Injectable()
export class FinanceFacts implements OnModuleInit {
  constructor(
    @Inject(DOCUMENT_STORE) private readonly documents: DocumentStore,
    private readonly consumers: ConsumerHost,
  ) {}

  figures(): DocumentCollection<RatioFigureDocument> {
    return this.documents.collection<RatioFigureDocument>(RATIO_FIGURES_COLLECTION, []);
  }

  deliveries(): DocumentCollection<DeliveryDocument> {
    return this.documents.collection<DeliveryDocument>(DELIVERIES_COLLECTION, [{ fields: { tenantId: 1, customerId: 1 } }]);
  }

  onModuleInit(): void {
    this.consumers.register({ name: 'warehouse-returns-finance', group: WAREHOUSE_RETURNS_FINANCE_CONSUMER_GROUP, topics: [FINANCE_RATIO_TOPIC], handles: HANDLES, handle: (event) => this.handle(event) });
  }

  // rule WR-2: the ratio check reads warehouse-returns's own projection of finance's latest figure per customer
  async handle(event: IntegrationEventOf<(typeof HANDLES)[number]>): Promise<void> {
    switch (event.type) {
      case Finance.RatioSnapshotTaken: {
        const d = event.data;
        await this.figures().upsert({ _id: `${event.tenantId}|${d.customerId}`, tenantId: event.tenantId, customerId: d.customerId, figure: ratioFigureOf(d) }, BigInt(d.sequence));
        return;
      }
      case Finance.PurchaseDocumentRecorded: {
        const d = event.data;
        await this.deliveries().upsert(
          {
            _id: `${event.tenantId}|${d.customerId}|${d.documentNumber}`,
            tenantId: event.tenantId,
            customerId: d.customerId,
            documentNumber: d.documentNumber,
            documentDate: d.documentDate,
            contractNumber: d.contractNumber,
            salesRepId: d.salesRepId,
            currency: d.currency,
            lines: d.lines,
          },
          BigInt(d.revision),
        );
        return;
      }
      default:
        return;
    }
  }

  /** The customer's latest figure, null when finance has published none. */
  async ratioFor(tenantId: string, customerId: string): Promise<RatioFigure | null> {
    return (await this.figures().get(`${tenantId}|${customerId}`))?.figure ?? null;
  }

  // rule WR-1: what was delivered on each line's document, less what this customer's other returns (not refused) already take back
  async deliveriesFor(tenantId: string, customerId: string, lines: readonly LineRequest[], returnedElsewhere: ReadonlyMap<string, number>): Promise<Deliveries> {
    const numbers = [...new Set(lines.map((l) => l.deliveryDocument))];
    const found = await Promise.all(numbers.map((n) => this.deliveries().get(`${tenantId}|${customerId}|${n}`)));
    const docs = found.filter((d): d is DeliveryDocument => d !== null && d.tenantId === tenantId);
    const out: Record<string, Deliveries[string]> = {};
    for (const doc of docs) {
      const delivered = new Map<string, { quantity: number; unitPriceMinor: string }>();
      for (const l of doc.lines) {
        const before = delivered.get(l.sku);
        delivered.set(l.sku, { quantity: (before?.quantity ?? 0) + l.quantity, unitPriceMinor: before?.unitPriceMinor ?? l.unitPriceMinor });
      }
      for (const [sku, d] of delivered) {
        const key = deliveryKey(doc.documentNumber, sku);
        out[key] = {
          quantity: d.quantity,
          alreadyReturned: returnedElsewhere.get(key) ?? 0,
          documentDate: doc.documentDate,
          contractNumber: doc.contractNumber,
          currency: doc.currency,
          unitPriceMinor: d.unitPriceMinor,
          salesRepId: doc.salesRepId,
        };
      }
    }
    return out;
  }
}
