import { INTEGRATION_EVENT_CONTRACTS, WarehouseReturnsIntegrationEventTypes as T } from '@aftersales/contracts';
import { EventEnvelope, fold } from '@aftersales/eventsourcing';
import { anEnvelope } from '@aftersales/eventsourcing/testing';
import { loadCalendarRegistry } from '@aftersales/calendar';
import {
  Actor,
  DEFAULT_WAREHOUSE_RETURNS_POLICY_YAML,
  ReturnRequestCommand,
  ReturnRequestEvent,
  parseWarehouseReturnsPolicy,
  returnRequestDecider,
  returnRequestStream,
} from '@aftersales/warehouse-returns-domain';
import { publishedContractCheck } from '@aftersales/platform';
import { toWarehouseReturnsIntegrationEvent } from './integration-events';

const ID = '0190f5c2-0000-7000-8000-0000000000e2';
const calendar = loadCalendarRegistry().forRegion('cn-east');
const policy = parseWarehouseReturnsPolicy(DEFAULT_WAREHOUSE_RETURNS_POLICY_YAML, 'default');
const now = new Date('2026-03-03T02:00:00.000Z');
const who = (id: string, role: string): Actor => ({ id, role });
const ratio = { sequence: 1, asOf: now.toISOString(), ratio: '0.01', amountRatio: null, limit: '0.05', overLimit: false, policyVersion: 'finance-ratio-default@2026.1' };

function envelopes(...commands: ReturnRequestCommand[]): EventEnvelope[] {
  const events: ReturnRequestEvent[] = [];
  for (const c of commands) events.push(...returnRequestDecider.decide(c, fold(returnRequestDecider, events)));
  return events.map((e, i) => anEnvelope({ type: e.type, data: e.data, stream: returnRequestStream(ID), revision: BigInt(i) }));
}

/** A customer-error return through booking with a write-off (every published type but a refusal), and one refused by QA. */
const base: ReturnRequestCommand[] = [
  {
    type: 'Open',
    returnRequestId: ID,
    region: 'cn-east',
    customerId: 'C-1',
    reason: 'customer_error',
    source: { kind: 'qa_disposition', caseId: '0190f5c2-0000-7000-8000-0000000000c1', disposition: 'exchange', dispositionEventId: 'e-1' },
    lines: [{ lineId: 'L1', sku: 'PUMP-3', serialNumber: 'SN-1', quantity: 1, deliveryDocument: 'D-1' }],
    deliveries: { 'D-1|PUMP-3': { quantity: 3, alreadyReturned: 0, documentDate: '2026-02-01', contractNumber: null, currency: 'CNY', unitPriceMinor: '125000', salesRepId: 'rep-1' } },
    note: null,
    customerChoice: null,
    by: who('u-1', 'after_sales_head'),
    now,
  },
  { type: 'Sign', returnRequestId: ID, step: 'area_manager_approval', comment: '', by: who('u-2', 'area_manager'), policy, ratio, now },
  { type: 'IssueTransportOrder', returnRequestId: ID, carrier: 'SF', driverId: null, pickupAddress: 'Hangzhou', by: who('u-1', 'after_sales_head'), policy, now },
  { type: 'RecordPickup', returnRequestId: ID, by: who('d-1', 'driver'), now },
  { type: 'RecordArrival', returnRequestId: ID, by: who('w-1', 'warehouse'), now },
  { type: 'RecordCount', returnRequestId: ID, lines: [{ lineId: 'L1', quantityReceived: 1, serialNumberReceived: 'SN-1' }], by: who('w-1', 'warehouse'), now },
];
const inspection = (verdict: 'signed' | 'refused'): ReturnRequestCommand => ({
  type: 'RecordInspection',
  returnRequestId: ID,
  inspectionId: 'i-1',
  verdict,
  reason: verdict === 'refused' ? 'Dropped in transit by the customer' : null,
  lines: [{ lineId: 'L1', finding: verdict === 'refused' ? 'customer_damage' : 'not_resalable', responsibleDepartment: null, responsiblePerson: null, note: null }],
  inspectedAt: now.toISOString(),
  now,
});

describe('warehouse-returns integration events (libs/contracts warehouse-returns v1)', () => {
  it('publishes every one of its types within its contract: the relay check passes it, and a consumer reads it back', () => {
    const check = publishedContractCheck(INTEGRATION_EVENT_CONTRACTS);
    const booked = envelopes(...base, inspection('signed'), { type: 'BookIn', returnRequestId: ID, by: who('w-1', 'warehouse'), policy, calendar, now });
    const refused = envelopes(...base, inspection('refused'));
    const published = [...booked, ...refused].flatMap((envelope) => {
      const integration = toWarehouseReturnsIntegrationEvent(envelope);
      if (!integration) return [];
      expect(() => check(integration, envelope)).not.toThrow();
      const consumed = JSON.parse(JSON.stringify(integration.data)) as unknown;
      expect(INTEGRATION_EVENT_CONTRACTS.check(integration.type, integration.schemaVersion ?? 1, consumed, 'consumer')).toEqual({ outcome: 'valid' });
      return [integration.type];
    });
    expect(new Set(published)).toEqual(new Set(Object.values(T)));
  });

  it('WR-6 the receipt note carries quantities and amounts; WR-7 the write-off is charged to the sales rep; QA-6 the count asks QA to inspect', () => {
    const booked = envelopes(...base, inspection('signed'), { type: 'BookIn', returnRequestId: ID, by: who('w-1', 'warehouse'), policy, calendar, now }).map(toWarehouseReturnsIntegrationEvent);
    expect(booked.find((e) => e?.type === T.ReturnGoodsReceived)?.data).toMatchObject({ caseId: '0190f5c2-0000-7000-8000-0000000000c1', reason: 'customer_error', lines: [{ lineId: 'L1', serialNumberAuthorised: 'SN-1', serialNumberReceived: 'SN-1', quantityReceived: 1 }] });
    // The QA case rides on the receipt note, so finance counts a case once (ADR 018); v1 without it stays valid.
    const receipt = booked.find((e) => e?.type === T.ReturnBookedIn);
    expect(receipt?.data).toMatchObject({ caseId: '0190f5c2-0000-7000-8000-0000000000c1' });
    const { caseId: _caseId, ...before } = receipt?.data as Record<string, unknown>;
    expect(INTEGRATION_EVENT_CONTRACTS.check(T.ReturnBookedIn, 1, before, 'consumer')).toEqual({ outcome: 'valid' });
    expect(booked.find((e) => e?.type === T.ReturnBookedIn)?.data).toMatchObject({ costsBorneBy: 'customer', lines: [{ quantity: 1, unitPriceMinor: '125000', amountMinor: '125000', outcome: 'write_off', deliveryDocument: 'D-1' }] });
    expect(booked.find((e) => e?.type === T.QualityCostCharged)?.data).toMatchObject({ chargedTo: { kind: 'sales_rep', id: 'rep-1' }, amountMinor: '125000' });
  });
});
