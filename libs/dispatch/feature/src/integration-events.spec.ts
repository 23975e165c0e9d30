import { loadCalendarRegistry } from '@aftersales/calendar';
import { INTEGRATION_EVENT_CONTRACTS, DispatchIntegrationEventTypes as T } from '@aftersales/contracts';
import { EventEnvelope, fold } from '@aftersales/eventsourcing';
import { anEnvelope } from '@aftersales/eventsourcing/testing';
import { Actor, DEFAULT_DISPATCH_POLICY_YAML, JobStep, WorkOrderCommand, WorkOrderEvent, parseDispatchPolicy, workOrderDecider, workOrderStream } from '@aftersales/dispatch-domain';
import { publishedContractCheck } from '@aftersales/platform';
import { toDispatchIntegrationEvent } from './integration-events';

const ID = '0190f5c2-0000-7000-8000-0000000000e2';
const calendar = loadCalendarRegistry().forRegion('cn-east');
const policy = parseDispatchPolicy(DEFAULT_DISPATCH_POLICY_YAML, 'default');
const TECH: Actor = { id: 'tech-1', role: 'technician' };
const DISPATCHER: Actor = { id: 'disp-1', role: 'dispatcher' };
const now = (h: number) => new Date(Date.UTC(2026, 2, 3, h));

function envelopes(...commands: WorkOrderCommand[]): EventEnvelope[] {
  const events: WorkOrderEvent[] = [];
  for (const c of commands) events.push(...workOrderDecider.decide(c, fold(workOrderDecider, events)));
  return events.map((e, i) => anEnvelope({ type: e.type, data: e.data, stream: workOrderStream(ID), revision: BigInt(i) }));
}

const create: WorkOrderCommand = {
  type: 'Create',
  workOrderId: ID,
  region: 'cn-east',
  customer: { customerId: 'C-1', name: 'Acme', phone: null },
  product: { model: 'PX-200', productLine: 'pumps', serialNumber: 'SN-1' },
  requestedWork: 'Seal leaks',
  source: { kind: 'qa_disposition', caseId: 'case-1', complaintId: 'cmp-1', dispositionEventId: 'evt-1' },
  customerRequiredBy: null,
  createdBy: 'dispatch-qa',
  now: now(2),
};
const step = (s: JobStep, actor: Actor = TECH): WorkOrderCommand => ({ type: 'AdvanceJob', workOrderId: ID, step: s, actor, note: null, policy, now: now(5) });

describe('dispatch integration events (libs/contracts dispatch v1)', () => {
  it('publishes every one of its types within its contract: the relay check passes it, and a consumer reads it back', () => {
    const check = publishedContractCheck(INTEGRATION_EVENT_CONTRACTS);
    const history = [
      ...envelopes(
        create,
        { type: 'Assign', workOrderId: ID, technician: { technicianId: 'tech-1', name: 'Wang', qualifications: [{ productLine: 'pumps', certificateNo: 'C-1', issuedOn: '2025-01-01', expiresOn: '2027-01-01' }] }, plannedOn: '2026-03-03', assignedBy: 'disp-1', policy, calendar, now: now(2) },
        { type: 'MarkDeadlineMissed', workOrderId: ID, obligation: 'arrival', now: now(15) },
        step('accept'),
        step('travel'),
        { type: 'CheckIn', workOrderId: ID, actor: TECH, location: { kind: 'text', text: 'gate B' }, now: now(16) },
        { type: 'IssueEquipmentReceipt', workOrderId: ID, receiptNumber: 'EQ-1', items: 'pump head', actor: TECH, now: now(16) },
        { type: 'ReturnEquipment', workOrderId: ID, receiptNumber: 'EQ-1', actor: TECH, now: now(17) },
        step('diagnose'),
        step('repair'),
        step('self_check'),
        step('lead_check', DISPATCHER),
        step('final_qc', { id: 'qa-1', role: 'qa' }),
        step('hand_over'),
        { type: 'RecordCharge', workOrderId: ID, description: 'Call-out', kind: 'charged', amountMinor: 15000, currency: 'CNY', actor: DISPATCHER, now: now(18) },
        { type: 'SignOff', workOrderId: ID, signOff: { kind: 'signed', signerName: 'Li', comment: null, satisfaction: 5 }, now: now(18) },
        { type: 'Settle', workOrderId: ID, freeItemsConfirmed: true, receiptNumber: 'R-1', actor: DISPATCHER, now: now(19) },
        { type: 'RecordConduct', workOrderId: ID, kind: 'late_arrival', note: null, actor: DISPATCHER, policy, now: now(19) },
        { type: 'ReportBack', workOrderId: ID, cause: 'c', fix: 'f', parts: 'p', customerOpinion: 'o', actor: TECH, now: now(20) },
        { type: 'RecordFollowUp', workOrderId: ID, outcome: 'reached', satisfaction: 1, complaint: null, notes: null, actor: { id: 'cs-1', role: 'customer_service' }, policy, now: now(21) },
        { type: 'Close', workOrderId: ID, actor: DISPATCHER, now: now(22) },
      ),
    ];
    const published = history.flatMap((envelope) => {
      const integration = toDispatchIntegrationEvent(envelope);
      if (!integration) return [];
      expect(() => check(integration, envelope)).not.toThrow();
      const consumed = JSON.parse(JSON.stringify(integration.data)) as unknown;
      expect(INTEGRATION_EVENT_CONTRACTS.check(integration.type, integration.schemaVersion ?? 1, consumed, 'consumer')).toEqual({ outcome: 'valid' });
      return [integration.type];
    });
    // DI-2 and DI-3's published types come from orders that go another way (the tests below).
    const others: readonly string[] = [T.OutletAssigned, T.RemoteAttemptStarted, T.RemoteAttemptCompleted];
    expect(new Set(published)).toEqual(new Set(Object.values(T).filter((type) => !others.includes(type))));
  });

  it('publishes the case a work order was made for, and keeps the job steps, parts and charges private', () => {
    const [created] = envelopes(create).map(toDispatchIntegrationEvent);
    expect(created).toEqual({
      type: T.WorkOrderCreated,
      schemaVersion: 2,
      data: { workOrderId: ID, source: 'qa_disposition', caseId: 'case-1', complaintId: 'cmp-1', customerId: 'C-1', product: { model: 'PX-200', productLine: 'pumps', serialNumber: 'SN-1' }, outlet: null, createdAt: '2026-03-03T02:00:00.000Z' },
    });
    const stepped = anEnvelope({ type: 'dispatch.JobStepRecorded', data: {}, stream: workOrderStream(ID), revision: 1n });
    expect(toDispatchIntegrationEvent(stepped)).toBeNull();
  });

  it('DI-6 publishes a settlement with its customer and the value of its free items, for finance (FR-3); an older settlement without its customer still publishes', () => {
    const settledData = { workOrderId: ID, freeItems: [{ chargeNo: 1, description: 'Seal', kind: 'free', amountMinor: 1230, currency: 'CNY' }, { chargeNo: 3, description: 'Labour', kind: 'free', amountMinor: 70, currency: 'CNY' }], chargedItems: [{ chargeNo: 2, description: 'Call-out', kind: 'charged', amountMinor: 15000, currency: 'CNY' }], chargedTotalMinor: 15000, currency: 'CNY', receiptNumber: 'R-1', settledBy: 'disp-1', at: '2026-03-03T19:00:00.000Z' };
    const settled = (data: object) => toDispatchIntegrationEvent(anEnvelope({ type: 'dispatch.Settled', data, stream: workOrderStream(ID), revision: 20n }));
    expect(settled({ ...settledData, customerId: 'C-1' })).toEqual({
      type: T.Settled,
      data: { workOrderId: ID, chargedTotalMinor: 15000, currency: 'CNY', receiptNumber: 'R-1', freeItems: 2, chargedItems: 1, customerId: 'C-1', freeTotalMinor: 1300 },
    });
    const old = settled(settledData);
    expect(old?.data).not.toHaveProperty('customerId');
    expect(INTEGRATION_EVENT_CONTRACTS.check(T.Settled, 1, old?.data, 'consumer')).toEqual({ outcome: 'valid' });
  });

  it('DI-2 publishes an order taken at an outlet as WorkOrderCreated v2 with the outlet, its scope and the free-repair decision (ADR 017), then the outlet assignment', () => {
    const outlet = { outletId: '0190f5c2-0000-7000-8000-0000000000e9', name: 'Suzhou point', region: 'cn-east', scopes: ['minor_repair' as const], open: true };
    const taken = envelopes({
      type: 'TakeOutletRequest',
      workOrderId: ID,
      outlet,
      scope: 'minor_repair',
      customer: { customerId: 'C-1', name: null, phone: null },
      product: { model: 'PX-200', productLine: 'pumps', serialNumber: 'SN-1' },
      requestedWork: 'Replace the handle',
      request: { partClass: 'main', warrantyCardMonths: null, cause: 'defect', requestedOn: '2026-03-03' },
      receipt: { from: 'intake', goodsReceivedOn: '2025-12-01', complaintId: 'cmp-1' },
      createdBy: 'disp-1',
      policy,
      now: now(2),
    });
    const [created, assigned] = taken.map(toDispatchIntegrationEvent);
    expect(created).toEqual({
      type: T.WorkOrderCreated,
      schemaVersion: 2,
      data: expect.objectContaining({ source: 'outlet', caseId: null, complaintId: null, outlet: { outletId: outlet.outletId, scope: 'minor_repair', charge: 'free' } }),
    });
    expect(() => publishedContractCheck(INTEGRATION_EVENT_CONTRACTS)(created as never, taken[0])).not.toThrow();
    expect(assigned).toEqual({ type: T.OutletAssigned, data: { workOrderId: ID, outletId: outlet.outletId, outletName: 'Suzhou point', scope: 'minor_repair', assignedAt: '2026-03-03T02:00:00.000Z' } });
    expect(() => publishedContractCheck(INTEGRATION_EVENT_CONTRACTS)(assigned as never, taken[1])).not.toThrow();
  });

  it('DI-3 publishes the remote attempt and its outcome (the arrival owed when it did not resolve the fault), without its note', () => {
    const start: WorkOrderCommand = { type: 'StartRemoteAttempt', workOrderId: ID, customerAgreedBy: 'Li Wei', actor: DISPATCHER, now: now(3) };
    const outcome = (resolved: boolean): WorkOrderCommand => ({ type: 'CompleteRemoteAttempt', workOrderId: ID, resolved, note: 'private note', actor: DISPATCHER, policy, calendar, now: now(4) });
    const check = publishedContractCheck(INTEGRATION_EVENT_CONTRACTS);
    const publish = (history: EventEnvelope[]) =>
      history.slice(1).map((envelope) => {
        const integration = toDispatchIntegrationEvent(envelope);
        expect(() => check(integration as never, envelope)).not.toThrow();
        return integration;
      });
    expect(publish(envelopes(create, start, outcome(false)))).toEqual([
      { type: T.RemoteAttemptStarted, data: { workOrderId: ID, startedAt: '2026-03-03T03:00:00.000Z' } },
      { type: T.RemoteAttemptCompleted, data: { workOrderId: ID, resolved: false, arrivalDueAt: '2026-03-03T16:00:00.000Z', completedAt: '2026-03-03T04:00:00.000Z' } },
    ]);
    expect(publish(envelopes(create, start, outcome(true)))[1]).toEqual({ type: T.RemoteAttemptCompleted, data: { workOrderId: ID, resolved: true, arrivalDueAt: null, completedAt: '2026-03-03T04:00:00.000Z' } });
  });
});
