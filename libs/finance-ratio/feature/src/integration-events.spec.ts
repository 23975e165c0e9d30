import { INTEGRATION_EVENT_CONTRACTS, FinanceRatioIntegrationEventTypes as T } from '@aftersales/contracts';
import { EventEnvelope, fold } from '@aftersales/eventsourcing';
import { anEnvelope } from '@aftersales/eventsourcing/testing';
import {
  CustomerRatioCommand,
  CustomerRatioEvent,
  DEFAULT_FINANCE_RATIO_POLICY_YAML,
  alertIdFor,
  customerAccountId,
  customerRatioDecider,
  customerRatioStream,
  parseFinanceRatioPolicy,
} from '@aftersales/finance-ratio-domain';
import { publishedContractCheck } from '@aftersales/platform';
import { toFinanceRatioIntegrationEvent } from './integration-events';

const ACCOUNT = customerAccountId('acme', 'C-1');
const policy = parseFinanceRatioPolicy(DEFAULT_FINANCE_RATIO_POLICY_YAML, 'default');
const now = new Date('2026-03-05T02:00:00.000Z');

function envelopes(...commands: CustomerRatioCommand[]): EventEnvelope[] {
  const events: CustomerRatioEvent[] = [];
  for (const c of commands) events.push(...customerRatioDecider.decide(c, fold(customerRatioDecider, events)));
  return events.map((e, i) => anEnvelope({ type: e.type, data: e.data, stream: customerRatioStream(ACCOUNT), revision: BigInt(i) }));
}

const purchase = (documentNumber: string, quantity: number): CustomerRatioCommand => ({
  type: 'RecordPurchases',
  accountId: ACCOUNT,
  customerId: 'C-1',
  source: 'api',
  policy,
  now,
  documents: [{ documentNumber, documentDate: '2026-03-02', region: 'cn-east', contractNumber: null, salesRepId: 'rep-1', currency: 'CNY', lines: [{ sku: 'PX-200', quantity, unitPriceMinor: '1000', amountMinor: String(quantity * 1000) }] }],
});
const exchange = (caseId: string, quantity: number): CustomerRatioCommand => ({
  type: 'RecordMovement',
  accountId: ACCOUNT,
  customerId: 'C-1',
  region: 'cn-east',
  policy,
  now,
  movement: { movementId: caseId, kind: 'exchanged', quantity, model: 'PX-200', serialNumber: null, contractNumber: null, occurredAt: now.toISOString(), source: { eventType: 'qa.public.DispositionDecided', eventId: `e-${caseId}`, caseId } },
});

describe('finance-ratio integration events (libs/contracts finance-ratio v1)', () => {
  const history = envelopes(purchase('SO-1', 100), exchange('case-1', 6), purchase('SO-2', 100));

  it('publishes every one of its types within its contract: the relay check passes it, and a consumer reads it back', () => {
    const check = publishedContractCheck(INTEGRATION_EVENT_CONTRACTS);
    const published = history.flatMap((envelope) => {
      const integration = toFinanceRatioIntegrationEvent(envelope);
      if (!integration) return [];
      expect(() => check(integration, envelope)).not.toThrow();
      const consumed = JSON.parse(JSON.stringify(integration.data)) as unknown;
      expect(INTEGRATION_EVENT_CONTRACTS.check(integration.type, integration.schemaVersion ?? 1, consumed, 'consumer')).toEqual({ outcome: 'valid' });
      return [integration.type];
    });
    expect(new Set(published)).toEqual(new Set(Object.values(T)));
  });

  it('FR-1 publishes a snapshot on every change, numbered, with exact minor units and the open alert; WR-1 each purchase document as recorded', () => {
    const mapped = history.map(toFinanceRatioIntegrationEvent);
    expect(mapped.map((m) => m?.type ?? null)).toEqual([
      T.PurchaseDocumentRecorded,
      T.RatioSnapshotTaken,
      null,
      T.RatioAlertRaised,
      T.RatioSnapshotTaken,
      T.PurchaseDocumentRecorded,
      T.RatioAlertCleared,
      T.RatioSnapshotTaken,
    ]);
    expect(mapped[0]?.data).toEqual({
      customerId: 'C-1',
      documentNumber: 'SO-1',
      revision: 1,
      documentDate: '2026-03-02',
      region: 'cn-east',
      contractNumber: null,
      salesRepId: 'rep-1',
      currency: 'CNY',
      lines: [{ sku: 'PX-200', quantity: 100, unitPriceMinor: '1000' }],
    });
    const snapshots = mapped.filter((m) => m?.type === T.RatioSnapshotTaken).map((m) => m?.data);
    expect(snapshots.map((s) => (s as { sequence: number }).sequence)).toEqual([1, 2, 3]);
    expect(snapshots[1]).toEqual({
      customerId: 'C-1',
      sequence: 2,
      asOf: now.toISOString(),
      period: { kind: 'month', from: '2026-03-01', to: '2026-03-31' },
      quantity: { exchanged: 6, returned: 0, numerator: 6, purchased: 100, ratio: '0.060000', exceeded: true },
      amounts: [{ currency: 'CNY', exchangedMinor: '6000', returnedMinor: '0', numeratorMinor: '6000', purchasedMinor: '100000', ratio: '0.060000', exceeded: true }],
      limit: { quantity: '0.05', amount: '0.05', source: 'default', contractNumber: null },
      overLimit: true,
      openAlertId: alertIdFor(ACCOUNT, 1),
      policyVersion: 'finance-ratio-default@2026.2',
    });
    expect(snapshots[2]).toMatchObject({ overLimit: false, openAlertId: null });
  });

  it('WR-1 a corrected purchase document is published again with a higher revision (a consumer keeps the highest)', () => {
    const corrected = envelopes(purchase('SO-1', 100), purchase('SO-1', 80), purchase('SO-1', 80), purchase('SO-1', 70))
      .map(toFinanceRatioIntegrationEvent)
      .filter((m) => m?.type === T.PurchaseDocumentRecorded)
      .map((m) => m?.data as { revision: number; lines: { quantity: number }[] });
    expect(corrected.map((d) => [d.revision, d.lines[0].quantity])).toEqual([
      [1, 100],
      [2, 80],
      [3, 70],
    ]);
  });
});
