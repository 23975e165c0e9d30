import { fold } from '@aftersales/eventsourcing';
import { RecordEvent, evidencePack, kpis, readRecord } from '@aftersales/audit-domain';
import { loadCalendarRegistry } from '@aftersales/calendar';
import { DEFAULT_DISPATCH_POLICY_YAML, WorkOrderCommand, parseDispatchPolicy, workOrderDecider } from '@aftersales/dispatch-domain';
import { DEFAULT_WAREHOUSE_RETURNS_POLICY_YAML, ReturnRequestCommand, ReturnRequestEvent, parseWarehouseReturnsPolicy, returnRequestDecider, returnRequestStream } from '@aftersales/warehouse-returns-domain';

/**
 * AU-4, AU-6 against the real shapes: audit reads the other contexts' private events by type and
 * field (libs/audit/domain/src/evidence.ts) without importing them, so this spec, at the
 * composition root that may import every context, folds events made by dispatch's own decider and
 * checks that audit reads what they carry. A renamed field in dispatch fails here.
 */
const ID = '0190f5c2-0000-7000-8000-0000000000d1';
const policy = parseDispatchPolicy(DEFAULT_DISPATCH_POLICY_YAML, 'default');
const shanghai = loadCalendarRegistry().forRegion('cn-east');
const TECH = { id: 'tech-1', role: 'technician' };
const at = (iso: string) => new Date(iso);
const step = (s: string, now: string, actor = TECH): WorkOrderCommand => ({ type: 'AdvanceJob', workOrderId: ID, step: s, actor, note: null, policy, now: at(now) }) as WorkOrderCommand;

const commands: WorkOrderCommand[] = [
  {
    type: 'Create',
    workOrderId: ID,
    region: 'cn-east',
    customer: { customerId: 'C-10086', name: '华东机械', phone: '021-5555' },
    product: { model: 'PX-200', productLine: 'pumps', serialNumber: 'SN-1' },
    requestedWork: 'Pump leaks at the seal',
    source: { kind: 'phone', callerName: 'Li', callerPhone: '021-5555' },
    customerRequiredBy: null,
    createdBy: 'disp-1',
    now: at('2026-03-03T02:00:00.000Z'),
  } as WorkOrderCommand,
  {
    type: 'Assign',
    workOrderId: ID,
    technician: { technicianId: 'tech-1', name: 'Wang Gong', qualifications: [{ productLine: 'pumps', certificateNo: 'CERT-1', issuedOn: '2025-01-01', expiresOn: '2026-12-31' }] },
    plannedOn: '2026-03-03',
    assignedBy: 'disp-1',
    policy,
    calendar: shanghai,
    now: at('2026-03-03T02:00:00.000Z'),
  } as WorkOrderCommand,
  step('accept', '2026-03-03T02:30:00.000Z'),
  step('travel', '2026-03-03T03:00:00.000Z'),
  { type: 'CheckIn', workOrderId: ID, actor: TECH, location: { kind: 'coordinates', latitude: 31.23, longitude: 121.47 }, now: at('2026-03-03T04:00:00.000Z') } as WorkOrderCommand,
  step('diagnose', '2026-03-03T05:00:00.000Z'),
  step('repair', '2026-03-03T05:00:00.000Z'),
  step('self_check', '2026-03-03T05:00:00.000Z'),
  step('lead_check', '2026-03-03T05:00:00.000Z', { id: 'disp-1', role: 'dispatcher' }),
  step('final_qc', '2026-03-03T05:00:00.000Z', { id: 'qa-1', role: 'qa' }),
  step('hand_over', '2026-03-03T06:30:00.000Z'),
  { type: 'SignOff', workOrderId: ID, signOff: { kind: 'signed', signerName: 'Li', comment: null, satisfaction: 4 }, now: at('2026-03-03T07:00:00.000Z') } as WorkOrderCommand,
  { type: 'RecordFollowUp', workOrderId: ID, outcome: 'reached', satisfaction: 5, complaint: null, notes: null, actor: { id: 'cs-1', role: 'customer_service' }, policy, now: at('2026-03-04T02:00:00.000Z') } as WorkOrderCommand,
];

/** Each command decided on the state so far; its events stamped as the store would (occurredAt = the command's now). */
function recorded(): RecordEvent[] {
  const out: RecordEvent[] = [];
  const events: Parameters<typeof workOrderDecider.evolve>[1][] = [];
  for (const command of commands) {
    for (const event of workOrderDecider.decide(command, fold(workOrderDecider, events))) {
      events.push(event);
      out.push({ id: `e-${out.length}`, type: event.type, stream: `dispatch.work-order-${ID}`, occurredAt: (command as { now: Date }).now.toISOString(), region: 'cn-east', actor: TECH, policyVersion: null, data: event.data });
    }
  }
  return out;
}

describe('AU-4, AU-6 evidence reads what dispatch\'s events carry', () => {
  it('AU-4 the arrival and follow-up commitments, kept, and both satisfaction results with the technician', () => {
    const march = { key: '2026-03', from: '2026-02-28T16:00:00.000Z', to: '2026-03-31T16:00:00.000Z' };
    const facts = readRecord(recorded(), '2026-04-06T00:00:00.000Z');
    const pack = evidencePack(facts, 'cn-east', march, '2026-04-06T00:00:00.000Z', []);
    expect(pack.commitments.map((c) => [c.kind, c.outcome, c.responsibleId])).toEqual([
      ['arrival', 'kept', 'tech-1'],
      ['follow_up', 'kept', 'tech-1'],
    ]);
    expect(pack.satisfaction.map((s) => [s.source, s.satisfaction, s.technicianId])).toEqual([
      ['sign_off', 4, 'tech-1'],
      ['follow_up', 5, 'tech-1'],
    ]);
    expect(kpis(facts, 'cn-east', march).find((r) => r.scope === 'person' && r.key === 'tech-1')).toMatchObject({ timeliness: { numerator: 2, denominator: 2 }, satisfaction: { scores: 2, mean: 4.5 } });
  });
});

describe('AU-4, AU-6 evidence reads what warehouse-returns\' events carry', () => {
  const RID = '0190f5c2-0000-7000-8000-0000000000e7';
  const returnsPolicy = parseWarehouseReturnsPolicy(DEFAULT_WAREHOUSE_RETURNS_POLICY_YAML, 'default');
  const ratio = { sequence: 1, asOf: '2026-03-02T16:00:00.000Z', ratio: '0.01', amountRatio: null, limit: '0.05', overLimit: false, policyVersion: 'finance-ratio-default@2026.2' };
  const ash = { id: 'ash-1', role: 'after_sales_head' };
  const wh = { id: 'wh-1', role: 'warehouse' };
  const t = (iso: string) => new Date(iso);
  const returnCommands: ReturnRequestCommand[] = [
    {
      type: 'Open',
      returnRequestId: RID,
      region: 'cn-east',
      customerId: 'C-10086',
      reason: 'unsalable',
      source: { kind: 'after_sales' },
      lines: [{ lineId: 'L1', sku: 'PUMP-3', serialNumber: 'SN-1', quantity: 2, deliveryDocument: 'SO-1' }],
      deliveries: { 'SO-1|PUMP-3': { quantity: 10, alreadyReturned: 0, documentDate: '2026-02-01', contractNumber: null, currency: 'CNY', unitPriceMinor: '125000', salesRepId: 'rep-1' } },
      note: null,
      customerChoice: null,
      by: ash,
      now: t('2026-03-03T02:00:00.000Z'),
    },
    { type: 'Sign', returnRequestId: RID, step: 'after_sales_check', comment: '', by: ash, policy: returnsPolicy, ratio, now: t('2026-03-03T03:00:00.000Z') },
    { type: 'Sign', returnRequestId: RID, step: 'business_head_approval', comment: '', by: { id: 'bh-1', role: 'business_head' }, policy: returnsPolicy, ratio, now: t('2026-03-03T04:00:00.000Z') },
    { type: 'IssueTransportOrder', returnRequestId: RID, carrier: 'SF', driverId: null, pickupAddress: 'Hangzhou', by: ash, policy: returnsPolicy, now: t('2026-03-03T05:00:00.000Z') },
    { type: 'RecordPickup', returnRequestId: RID, by: { id: 'drv-1', role: 'driver' }, now: t('2026-03-04T02:00:00.000Z') },
    { type: 'RecordArrival', returnRequestId: RID, by: wh, now: t('2026-03-05T02:00:00.000Z') },
    { type: 'RecordCount', returnRequestId: RID, lines: [{ lineId: 'L1', quantityReceived: 2, serialNumberReceived: 'SN-1' }], by: wh, now: t('2026-03-05T03:00:00.000Z') },
    {
      type: 'RecordInspection',
      returnRequestId: RID,
      inspectionId: 'i-1',
      verdict: 'signed',
      reason: null,
      lines: [{ lineId: 'L1', finding: 'quality_intact', responsibleDepartment: null, responsiblePerson: null, note: null }],
      inspectedAt: '2026-03-05T06:00:00.000Z',
      now: t('2026-03-05T06:00:00.000Z'),
    },
    { type: 'BookIn', returnRequestId: RID, by: wh, policy: returnsPolicy, calendar: shanghai, now: t('2026-03-05T07:00:00.000Z') },
    { type: 'SendReturnNote', returnRequestId: RID, by: ash, now: t('2026-03-06T01:00:00.000Z') },
  ];

  function returnEvents(): RecordEvent[] {
    const events: ReturnRequestEvent[] = [];
    const out: RecordEvent[] = [];
    for (const command of returnCommands) {
      for (const event of returnRequestDecider.decide(command, fold(returnRequestDecider, events))) {
        events.push(event);
        out.push({ id: `r-${out.length}`, type: event.type, stream: returnRequestStream(RID), occurredAt: command.now.toISOString(), region: 'cn-east', actor: 'by' in command ? command.by : { id: 'qa-1', role: 'qa' }, policyVersion: event.policyVersion ?? null, data: event.data });
      }
    }
    return out;
  }

  it('AU-4 the return note (WR-6) as a commitment kept, and the return\'s handling record with its receipt and inspection', () => {
    const march = { key: '2026-03', from: '2026-02-28T16:00:00.000Z', to: '2026-03-31T16:00:00.000Z' };
    const facts = readRecord(returnEvents(), '2026-04-06T00:00:00.000Z');
    const pack = evidencePack(facts, 'cn-east', march, '2026-04-06T00:00:00.000Z', []);
    expect(pack.commitments.map((c) => [c.kind, c.outcome, c.responsibleId, c.context])).toEqual([['return_note', 'kept', 'ash-1', 'warehouse-returns']]);
    expect(pack.returns).toEqual([
      expect.objectContaining({ returnRequestId: RID, customerId: 'C-10086', reason: 'unsalable', source: 'after_sales', status: 'closed', inspection: 'signed', bookedQuantity: 2, costsBorneBy: 'company', receiptNoteNumber: expect.stringMatching(/^RN-/), returnNoteSentAt: '2026-03-06T01:00:00.000Z' }),
    ]);
    expect(pack.versions.map((v) => [v.context, v.kind])).toEqual(expect.arrayContaining([['warehouse-returns', 'calendar'], ['warehouse-returns', 'policy']]));
    expect(kpis(facts, 'cn-east', march).find((r) => r.scope === 'person' && r.key === 'ash-1')).toMatchObject({ timeliness: { numerator: 1, denominator: 1 } });
  });
});
