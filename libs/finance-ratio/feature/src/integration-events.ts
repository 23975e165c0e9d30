import { EventEnvelope, IntegrationEvent } from '@aftersales/eventsourcing';
import { FinanceRatioIntegrationEventTypes as T, PurchaseDocumentRecordedV1, RatioAlertClearedV1, RatioAlertRaisedV1, RatioSnapshotTakenV1 } from '@aftersales/contracts';
import { CustomerRatioEvent, PurchaseDocument, RatioSnapshot } from '@aftersales/finance-ratio-domain';

/** A snapshot in the published language (libs/contracts finance-ratio v1): the limit's source flattened. */
export function publishedSnapshot(customerId: string, sequence: number, asOf: string, snapshot: RatioSnapshot, openAlertId: string | null): RatioSnapshotTakenV1 {
  const { period, quantity, amounts, limit, overLimit, policyVersion } = snapshot;
  return {
    customerId,
    sequence,
    asOf,
    period: { kind: period.kind, from: period.from, to: period.to },
    quantity: { exchanged: quantity.exchanged, returned: quantity.returned, numerator: quantity.numerator, purchased: quantity.purchased, ratio: quantity.ratio, exceeded: quantity.exceeded },
    amounts: amounts.map((a) => ({
      currency: a.currency,
      exchangedMinor: a.exchangedMinor,
      returnedMinor: a.returnedMinor,
      numeratorMinor: a.numeratorMinor,
      purchasedMinor: a.purchasedMinor,
      ratio: a.ratio,
      exceeded: a.exceeded,
    })),
    limit: { quantity: limit.quantity, amount: limit.amount, source: limit.source.kind, contractNumber: limit.source.kind === 'contract' ? limit.source.contractNumber : null },
    overLimit,
    openAlertId,
    policyVersion,
  };
}

/** A purchase document in the published language: revision 1 when recorded, 1 + n at its n-th correction. */
export function publishedPurchase(customerId: string, document: PurchaseDocument, revision: number): PurchaseDocumentRecordedV1 {
  const { documentNumber, documentDate, region, contractNumber, salesRepId, currency, lines } = document;
  return {
    customerId,
    documentNumber,
    revision,
    documentDate,
    region,
    contractNumber,
    salesRepId,
    currency,
    lines: lines.map(({ sku, quantity, unitPriceMinor }) => ({ sku, quantity, unitPriceMinor })),
  };
}

/**
 * What finance-ratio publishes of its domain events (libs/contracts finance-ratio v1), for the
 * relay: every ratio snapshot (warehouse-returns keeps its own projection of them), the alerts, and
 * each purchase document as recorded or corrected (warehouse-returns checks a return line against
 * what was delivered, rule WR-1). Movements stay private: their sources are QA's and dispatch's.
 */
export function toFinanceRatioIntegrationEvent(envelope: EventEnvelope): IntegrationEvent | null {
  const event = { type: envelope.type, data: envelope.data } as CustomerRatioEvent;
  switch (event.type) {
    case 'finance-ratio.RatioEvaluated': {
      const { customerId, sequence, asOf, snapshot, openAlertId } = event.data;
      return { type: T.RatioSnapshotTaken, data: publishedSnapshot(customerId, sequence, asOf, snapshot, openAlertId) };
    }
    case 'finance-ratio.PurchaseRecorded':
      return { type: T.PurchaseDocumentRecorded, data: publishedPurchase(event.data.customerId, event.data.document, 1) };
    case 'finance-ratio.PurchaseCorrected':
      return { type: T.PurchaseDocumentRecorded, data: publishedPurchase(event.data.customerId, event.data.document, 1 + event.data.correction) };
    case 'finance-ratio.RatioAlertRaised': {
      const { alertId, customerId, crossing, recipients, raisedAt, snapshot } = event.data;
      const data: RatioAlertRaisedV1 = { alertId, customerId, crossing, recipients: [...recipients], raisedAt, policyVersion: snapshot.policyVersion };
      return { type: T.RatioAlertRaised, data };
    }
    case 'finance-ratio.RatioAlertCleared': {
      const { alertId, customerId, crossing, clearedAt } = event.data;
      const data: RatioAlertClearedV1 = { alertId, customerId, crossing, clearedAt };
      return { type: T.RatioAlertCleared, data };
    }
    default:
      return null;
  }
}
