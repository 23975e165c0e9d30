import { fold } from '@aftersales/eventsourcing';
import { RecordEvent, evidencePack, kpis, readRecord } from '@aftersales/audit-domain';
import { loadCalendarRegistry } from '@aftersales/calendar';
import { DEFAULT_DISPATCH_POLICY_YAML, WorkOrderCommand, parseDispatchPolicy, workOrderDecider } from '@aftersales/dispatch-domain';

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
