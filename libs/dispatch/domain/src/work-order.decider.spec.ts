import { DISPATCH } from './errors';
import { Actor, TechnicianFacts, WorkOrderCommand, WorkOrderState, findRevisitOf, workOrderContentDigest, workOrderDecider, workOrderIdForCase } from './work-order.decider';
import { DEFAULT_DISPATCH_POLICY_YAML, DispatchPolicy, parseDispatchPolicy } from './policy';
import { JOB_STEP_RULES, JobStep } from './work-order';
import { errorOf, scenario, shanghai, single } from './testing-fixtures';

const ID = '0190f5c2-0000-7000-8000-0000000000e1';
const policy = parseDispatchPolicy(DEFAULT_DISPATCH_POLICY_YAML, 'default');
const businessHoursPolicy: DispatchPolicy = { ...policy, arrival: { withinHours: 4, clock: 'business_hours' } };
/** Tuesday 3 March 2026, 10:00 in Shanghai. */
const T0 = '2026-03-03T02:00:00.000Z';
const at = (iso: string) => new Date(iso);
const TECH: Actor = { id: 'tech-1', role: 'technician' };
const OTHER_TECH: Actor = { id: 'tech-2', role: 'technician' };
const DISPATCHER: Actor = { id: 'disp-1', role: 'dispatcher' };
const QA: Actor = { id: 'qa-1', role: 'qa' };
const CS: Actor = { id: 'cs-1', role: 'customer_service' };

const qualified = (technicianId = 'tech-1', overrides: Partial<TechnicianFacts['qualifications'][number]> = {}): TechnicianFacts => ({
  technicianId,
  name: 'Wang Gong',
  qualifications: [{ productLine: 'pumps', certificateNo: 'CERT-1', issuedOn: '2025-01-01', expiresOn: '2026-12-31', ...overrides }],
});

const create = (overrides: Partial<Extract<WorkOrderCommand, { type: 'Create' }>> = {}): WorkOrderCommand => ({
  type: 'Create',
  workOrderId: ID,
  region: 'cn-east',
  customer: { customerId: 'C-10086', name: '华东机械', phone: '021-5555' },
  product: { model: 'PX-200', productLine: 'pumps', serialNumber: 'SN-1' },
  requestedWork: 'Pump leaks at the seal',
  source: { kind: 'phone', callerName: 'Li', callerPhone: '021-5555' },
  customerRequiredBy: null,
  createdBy: 'disp-1',
  now: at(T0),
  ...overrides,
});
const fromDisposition = (eventId: string): WorkOrderCommand =>
  create({ source: { kind: 'qa_disposition', caseId: 'case-1', complaintId: 'cmp-1', dispositionEventId: eventId }, createdBy: 'dispatch-qa' });
const assign = (technician = qualified(), plannedOn = '2026-03-03', p: DispatchPolicy = policy, now = T0): WorkOrderCommand => ({
  type: 'Assign',
  workOrderId: ID,
  technician,
  plannedOn,
  assignedBy: 'disp-1',
  policy: p,
  calendar: shanghai,
  now: at(now),
});
const step = (s: JobStep, actor: Actor = TECH, now = '2026-03-03T05:00:00.000Z', note: string | null = null): WorkOrderCommand => ({ type: 'AdvanceJob', workOrderId: ID, step: s, actor, note, policy, now: at(now) });
const checkIn = (now = '2026-03-03T04:00:00.000Z', actor: Actor = TECH): WorkOrderCommand => ({ type: 'CheckIn', workOrderId: ID, actor, location: { kind: 'coordinates', latitude: 31.23, longitude: 121.47 }, now: at(now) });
const missed = (obligation: 'arrival' | 'follow_up', now: string): WorkOrderCommand => ({ type: 'MarkDeadlineMissed', workOrderId: ID, obligation, now: at(now) });
const parts = (movement: 'issued' | 'used' | 'returned', quantity: number, partNumber = 'SEAL-9'): WorkOrderCommand => ({ type: 'RecordParts', workOrderId: ID, movement, partNumber, quantity, actor: TECH, now: at('2026-03-03T05:10:00.000Z') });
const charge = (kind: 'free' | 'charged', amountMinor: number, currency = 'CNY'): WorkOrderCommand => ({ type: 'RecordCharge', workOrderId: ID, description: kind === 'free' ? 'Seal (warranty)' : 'Call-out fee', kind, amountMinor, currency, actor: DISPATCHER, now: at('2026-03-03T06:00:00.000Z') });
const signOff = (satisfaction = 5): WorkOrderCommand => ({ type: 'SignOff', workOrderId: ID, signOff: { kind: 'signed', signerName: 'Li', comment: 'Quick and tidy', satisfaction }, now: at('2026-03-03T07:00:00.000Z') });
const settle = (receiptNumber: string | null = 'RCPT-1', freeItemsConfirmed = true): WorkOrderCommand => ({ type: 'Settle', workOrderId: ID, freeItemsConfirmed, receiptNumber, actor: DISPATCHER, now: at('2026-03-03T08:00:00.000Z') });
const report: WorkOrderCommand = { type: 'ReportBack', workOrderId: ID, cause: 'Worn seal', fix: 'Seal replaced', parts: 'SEAL-9 x1', customerOpinion: 'Satisfied', actor: TECH, now: at('2026-03-03T09:00:00.000Z') };
const close: WorkOrderCommand = { type: 'Close', workOrderId: ID, actor: DISPATCHER, now: at('2026-03-03T09:30:00.000Z') };
const followUp = (satisfaction: number | null, complaint: string | null = null, now = '2026-03-04T02:00:00.000Z'): WorkOrderCommand => ({
  type: 'RecordFollowUp',
  workOrderId: ID,
  outcome: 'reached',
  satisfaction,
  complaint,
  notes: null,
  actor: CS,
  policy,
  now: at(now),
});

const toSite = [create(), assign(), step('accept'), step('travel'), checkIn()];
const toHandOver = [...toSite, step('diagnose'), step('repair'), step('self_check'), step('lead_check', DISPATCHER), step('final_qc', QA), step('hand_over', TECH, '2026-03-03T06:30:00.000Z')];

describe('work order decider', () => {
  const { given, when } = scenario(workOrderDecider);

  describe('DI-1 creation', () => {
    it('DI-1 a dispatcher creates a work order from a phone request', () => {
      const created = single(when([], create()), 'dispatch.WorkOrderCreated');
      expect(created.data).toMatchObject({ workOrderId: ID, source: { kind: 'phone' }, product: { productLine: 'pumps' }, createdAt: T0 });
      expect(given(create()).state).toMatchObject({ status: 'created', obligations: [] });
      expect(errorOf(() => when([create()], create()))).toMatchObject({ code: DISPATCH.WORK_ORDER_EXISTS });
    });

    it('DI-1 QA\'s on-site repair disposition makes one work order per case, however often it is delivered', () => {
      expect(workOrderIdForCase('acme', 'case-1')).toBe(workOrderIdForCase('acme', 'case-1'));
      expect(workOrderIdForCase('acme', 'case-1')).not.toBe(workOrderIdForCase('other', 'case-1'));
      single(when([], fromDisposition('evt-1')), 'dispatch.WorkOrderCreated');
      expect(when([fromDisposition('evt-1')], fromDisposition('evt-1'))).toEqual([]);
      expect(when([fromDisposition('evt-1')], fromDisposition('evt-2'))).toEqual([]);
    });

    it('DI-1 a cancelled QA case cancels an order nobody set out for, and not one under way', () => {
      const cancel: WorkOrderCommand = { type: 'Cancel', workOrderId: ID, reason: 'QA case cancelled', cause: 'evt-9', now: at(T0) };
      expect(single(when([create(), assign(), step('accept')], cancel), 'dispatch.WorkOrderCancelled').data.cause).toBe('evt-9');
      expect(given(create(), assign(), cancel).state).toMatchObject({ status: 'cancelled', obligations: [{ obligation: 'arrival', state: 'cancelled' }] });
      expect(errorOf(() => when(toSite, cancel))).toMatchObject({ code: DISPATCH.WORK_ORDER_IS.on_site });
      expect(errorOf(() => when([], cancel))).toMatchObject({ code: DISPATCH.WORK_ORDER_NOT_FOUND });
    });
  });

  describe('TR-2 qualified technicians only', () => {
    it('TR-2 refuses a technician whose qualification for the product line has expired on the planned date, with a stable code', () => {
      const expired = qualified('tech-1', { expiresOn: '2026-03-02' });
      expect(errorOf(() => when([create()], assign(expired, '2026-03-03')))).toMatchObject({
        code: DISPATCH.TECHNICIAN_NOT_QUALIFIED,
        details: { productLine: 'pumps', plannedOn: '2026-03-03', technicianId: 'tech-1' },
      });
    });

    it('TR-2 refuses one qualified for another product line, or not yet qualified on the planned date', () => {
      expect(errorOf(() => when([create()], assign(qualified('tech-1', { productLine: 'valves' }))))).toMatchObject({ code: DISPATCH.TECHNICIAN_NOT_QUALIFIED });
      expect(errorOf(() => when([create()], assign(qualified('tech-1', { issuedOn: '2026-03-04' }), '2026-03-03')))).toMatchObject({ code: DISPATCH.TECHNICIAN_NOT_QUALIFIED });
    });

    it('TR-2 records the qualification in force on the assignment (the one expiring last), valid through its expiry date', () => {
      const tech: TechnicianFacts = {
        technicianId: 'tech-1',
        name: 'Wang',
        qualifications: [
          { productLine: 'pumps', certificateNo: 'OLD', issuedOn: '2024-01-01', expiresOn: '2026-03-03' },
          { productLine: 'pumps', certificateNo: 'NEW', issuedOn: '2026-01-01', expiresOn: '2027-12-31' },
          { productLine: 'valves', certificateNo: 'V', issuedOn: '2024-01-01', expiresOn: '2030-01-01' },
        ],
      };
      const assigned = single(when([create()], assign(tech, '2026-03-03')), 'dispatch.TechnicianAssigned');
      expect(assigned.data.qualification).toEqual({ productLine: 'pumps', certificateNo: 'NEW', issuedOn: '2026-01-01', expiresOn: '2027-12-31' });
      expect(assigned.policyVersion).toBe('dispatch-default@2026.1');
      const onExpiry = single(when([create()], assign(qualified('tech-1', { expiresOn: '2026-03-03' }), '2026-03-03')), 'dispatch.TechnicianAssigned');
      expect(onExpiry.data.qualification.expiresOn).toBe('2026-03-03');
    });
  });

  describe('DI-3 arrival commitment', () => {
    it('DI-3 arrival is owed 12 wall-clock hours from the assignment by default', () => {
      const assigned = single(when([create()], assign()), 'dispatch.TechnicianAssigned');
      expect(assigned.data).toMatchObject({ arrivalDueAt: '2026-03-03T14:00:00.000Z', arrivalBasis: 'wall' });
      expect(given(create(), assign()).state).toMatchObject({ status: 'assigned', obligations: [{ obligation: 'arrival', dueAt: '2026-03-03T14:00:00.000Z', state: 'open', responsibleId: 'tech-1' }] });
    });

    it('DI-3 counts the region\'s business hours when the policy says so, and the customer\'s required time wins', () => {
      // Friday 6 March 2026 17:00 in Shanghai: 4 business hours run into Monday 9 March (09:00-18:00).
      const friday = '2026-03-06T09:00:00.000Z';
      const assigned = single(when([create()], assign(qualified(), '2026-03-06', businessHoursPolicy, friday)), 'dispatch.TechnicianAssigned');
      expect(assigned.data).toMatchObject({ arrivalDueAt: '2026-03-09T04:00:00.000Z', arrivalBasis: 'business_hours' });
      const required = single(when([create({ customerRequiredBy: '2026-03-03T06:00:00.000Z' })], assign()), 'dispatch.TechnicianAssigned');
      expect(required.data).toMatchObject({ arrivalDueAt: '2026-03-03T06:00:00.000Z', arrivalBasis: 'customer_required' });
    });

    it('DI-3 a reassignment hands the same due time to the new technician', () => {
      const reassigned = single(when([create(), assign()], assign(qualified('tech-2'), '2026-03-03', policy, '2026-03-03T03:00:00.000Z')), 'dispatch.TechnicianAssigned');
      expect(reassigned.data).toMatchObject({ reassigned: true, arrivalDueAt: '2026-03-03T14:00:00.000Z', technicianId: 'tech-2' });
      expect(given(create(), assign(), assign(qualified('tech-2'))).state).toMatchObject({ obligations: [{ obligation: 'arrival', responsibleId: 'tech-2', state: 'open' }] });
    });

    it('DI-3 a missed arrival is raised once, with the same event id, never before the due time or after the check-in', () => {
      const history = [create(), assign(), step('accept')];
      expect(when(history, missed('arrival', '2026-03-03T13:59:59.000Z'))).toEqual([]);
      const first = single(when(history, missed('arrival', '2026-03-03T14:00:00.000Z')), 'dispatch.WorkOrderDeadlineMissed');
      expect(first.data).toEqual({ workOrderId: ID, obligation: 'arrival', dueAt: '2026-03-03T14:00:00.000Z', responsibleId: 'tech-1' });
      expect(when(history, missed('arrival', '2026-03-03T15:00:00.000Z'))[0].id).toBe(first.id);
      expect(when([...history, missed('arrival', '2026-03-03T14:00:00.000Z')], missed('arrival', '2026-03-03T16:00:00.000Z'))).toEqual([]);
      expect(when(toSite, missed('arrival', '2026-03-03T15:00:00.000Z'))).toEqual([]);
    });

    it('DI-3 the check-in records the time and the reported location, late after the due time', () => {
      const arrived = single(when(toSite.slice(0, 4), checkIn()), 'dispatch.ArrivedOnSite');
      expect(arrived.data).toMatchObject({ technicianId: 'tech-1', arrivedAt: '2026-03-03T04:00:00.000Z', location: { kind: 'coordinates', latitude: 31.23 }, late: false });
      const late = single(when([...toSite.slice(0, 4), missed('arrival', '2026-03-03T14:00:00.000Z')], checkIn('2026-03-03T15:00:00.000Z')), 'dispatch.ArrivedOnSite');
      expect(late.data.late).toBe(true);
      expect(given(...toSite.slice(0, 4), missed('arrival', '2026-03-03T14:00:00.000Z'), checkIn('2026-03-03T15:00:00.000Z')).state).toMatchObject({ status: 'on_site', obligations: [{ obligation: 'arrival', state: 'met_late' }] });
      expect(errorOf(() => when(toSite.slice(0, 4), checkIn(undefined, OTHER_TECH)))).toMatchObject({ code: DISPATCH.NOT_ASSIGNED_TECHNICIAN });
    });
  });

  describe('DI-4 job flow', () => {
    it('DI-4 goes accepted → travelling → on site → diagnosed → repaired → self-checked → lead-checked → QC passed → handed over', () => {
      const { state } = given(...toHandOver);
      expect(state).toMatchObject({ status: 'handed_over', handedOverAt: '2026-03-03T06:30:00.000Z' });
      expect(Object.values(JOB_STEP_RULES).map((r) => r.to)).toEqual(['accepted', 'travelling', 'diagnosed', 'repaired', 'self_checked', 'lead_checked', 'qc_passed', 'handed_over']);
    });

    it('DI-4 refuses a step out of order, naming the status', () => {
      expect(errorOf(() => when([create(), assign()], step('travel')))).toMatchObject({ code: DISPATCH.WORK_ORDER_IS.assigned, details: { command: 'travel' } });
      expect(errorOf(() => when(toSite, step('repair')))).toMatchObject({ code: DISPATCH.WORK_ORDER_IS.on_site });
    });

    it('DI-4 each step by its role: the lead check is the dispatcher\'s, final QC quality\'s, the technician\'s steps the assigned technician\'s', () => {
      const selfChecked = [...toSite, step('diagnose'), step('repair'), step('self_check')];
      expect(errorOf(() => when(selfChecked, step('lead_check', TECH)))).toMatchObject({ code: DISPATCH.STEP_NOT_FOR_ROLE, details: { roles: ['dispatcher'] } });
      expect(errorOf(() => when([...selfChecked, step('lead_check', DISPATCHER)], step('final_qc', DISPATCHER)))).toMatchObject({ code: DISPATCH.STEP_NOT_FOR_ROLE });
      expect(errorOf(() => when(toSite, step('diagnose', OTHER_TECH)))).toMatchObject({ code: DISPATCH.NOT_ASSIGNED_TECHNICIAN });
    });

    it('DI-4 extra work needs the customer\'s recorded consent: refused without it, and the job waits for the answer', () => {
      const propose: WorkOrderCommand = { type: 'ProposeExtraWork', workOrderId: ID, description: 'Replace the worn impeller too', estimateMinor: 30000, actor: TECH, now: at('2026-03-03T04:30:00.000Z') };
      const perform: WorkOrderCommand = { type: 'PerformExtraWork', workOrderId: ID, extraWorkNo: 1, note: null, actor: TECH, now: at('2026-03-03T04:40:00.000Z') };
      const consent = (granted: boolean): WorkOrderCommand => ({ type: 'RecordExtraWorkConsent', workOrderId: ID, extraWorkNo: 1, granted, customerName: 'Li', actor: TECH, now: at('2026-03-03T04:35:00.000Z') });
      const diagnosed = [...toSite, step('diagnose'), propose];
      expect(errorOf(() => when(diagnosed, perform))).toMatchObject({ code: DISPATCH.EXTRA_WORK_NEEDS_CONSENT, details: { state: 'proposed' } });
      expect(errorOf(() => when(diagnosed, step('repair')))).toMatchObject({ code: DISPATCH.EXTRA_WORK_AWAITS_CONSENT });
      expect(errorOf(() => when([...diagnosed, consent(false)], perform))).toMatchObject({ code: DISPATCH.EXTRA_WORK_NEEDS_CONSENT, details: { state: 'declined' } });
      single(when([...diagnosed, consent(false)], step('repair')), 'dispatch.JobStepRecorded');
      single(when([...diagnosed, consent(true)], perform), 'dispatch.ExtraWorkPerformed');
      single(when([...diagnosed, consent(true), perform], step('repair')), 'dispatch.JobStepRecorded');
      expect(errorOf(() => when([...diagnosed, consent(true)], consent(true)))).toMatchObject({ code: DISPATCH.EXTRA_WORK_DECIDED });
    });

    it('DI-4 parts issued, used and returned; a variance needs a dispatcher\'s approval before the order closes, and a later change needs another', () => {
      const done = [...toHandOver, parts('issued', 3), parts('used', 1), parts('returned', 1), signOff(), settle(null), report];
      expect(errorOf(() => when(done, close))).toMatchObject({ code: DISPATCH.PARTS_VARIANCE_UNAPPROVED, details: { variance: { 'SEAL-9': 1 } } });
      const approve: WorkOrderCommand = { type: 'ApprovePartsVariance', workOrderId: ID, reason: 'One seal damaged on fitting', actor: DISPATCHER, now: at('2026-03-03T09:10:00.000Z') };
      single(when([...done, approve], close), 'dispatch.WorkOrderClosed');
      const balanced = [...toHandOver, parts('issued', 2), parts('used', 1), parts('returned', 1), signOff(), settle(null), report];
      single(when(balanced, close), 'dispatch.WorkOrderClosed');
      expect(errorOf(() => when(balanced, approve))).toMatchObject({ code: DISPATCH.NO_PARTS_VARIANCE });
    });
  });

  describe('DI-5 sign-off', () => {
    it('DI-5 the sign-off carries the digest of the order\'s content; a later change invalidates it and settlement needs a new one', () => {
      const signed = given(...toHandOver, charge('charged', 15000), signOff());
      const digest = workOrderContentDigest(signed.state as Exclude<WorkOrderState, { status: 'none' }>);
      expect(single(when([...toHandOver, charge('charged', 15000)], signOff()), 'dispatch.SignedOff').data.digest).toBe(digest);
      expect(digest).toMatch(/^sha256:[0-9a-f]{64}$/);
      expect(errorOf(() => when([...toHandOver, charge('charged', 15000), signOff()], signOff()))).toMatchObject({ code: DISPATCH.SIGN_OFF_EXISTS });

      const changed = when([...toHandOver, charge('charged', 15000), signOff()], charge('charged', 5000));
      expect(changed.map((e) => e.type)).toEqual(['dispatch.ChargeRecorded', 'dispatch.SignOffInvalidated']);
      const afterChange = [...toHandOver, charge('charged', 15000), signOff(), charge('charged', 5000)];
      expect(errorOf(() => when(afterChange, settle()))).toMatchObject({ code: DISPATCH.SIGN_OFF_REQUIRED });
      const resigned = single(when(afterChange, signOff(4)), 'dispatch.SignedOff');
      expect(resigned.data.digest).not.toBe(digest);
      single(when([...afterChange, signOff(4)], settle()), 'dispatch.Settled');
    });

    it('DI-5 a refusal to sign is recorded with its reason; sign-off comes after hand-over', () => {
      const refused: WorkOrderCommand = { type: 'SignOff', workOrderId: ID, signOff: { kind: 'refused', reason: 'Disputes the call-out fee' }, now: at('2026-03-03T07:00:00.000Z') };
      expect(single(when(toHandOver, refused), 'dispatch.SignedOff').data.signOff).toEqual({ kind: 'refused', reason: 'Disputes the call-out fee' });
      expect(errorOf(() => when(toSite, signOff()))).toMatchObject({ code: DISPATCH.WORK_ORDER_IS.on_site });
    });
  });

  describe('DI-6 settlement', () => {
    it('DI-6 settles free items confirmed and charged items in integer minor units with a receipt number', () => {
      const signed = [...toHandOver, charge('free', 0), charge('charged', 15000), charge('charged', 2550), signOff()];
      expect(errorOf(() => when(signed, settle(null)))).toMatchObject({ code: DISPATCH.RECEIPT_NUMBER_REQUIRED });
      expect(errorOf(() => when(signed, settle('RCPT-1', false)))).toMatchObject({ code: DISPATCH.FREE_ITEMS_UNCONFIRMED });
      const settled = single(when(signed, settle('RCPT-1')), 'dispatch.Settled');
      expect(settled.data).toMatchObject({ chargedTotalMinor: 17550, currency: 'CNY', receiptNumber: 'RCPT-1', freeItems: [{ chargeNo: 1, kind: 'free' }] });
      expect(errorOf(() => when([...toHandOver, charge('charged', 100)], charge('charged', 100, 'USD')))).toMatchObject({ code: DISPATCH.CURRENCY_MISMATCH });
      expect(errorOf(() => when([...signed, settle()], charge('charged', 1)))).toMatchObject({ code: DISPATCH.WORK_ORDER_IS.settled });
    });

    it('DI-6 an equipment receipt is open until the equipment comes back', () => {
      const issue: WorkOrderCommand = { type: 'IssueEquipmentReceipt', workOrderId: ID, receiptNumber: 'EQ-1', items: 'Pump head', actor: TECH, now: at('2026-03-03T05:00:00.000Z') };
      const giveBack: WorkOrderCommand = { type: 'ReturnEquipment', workOrderId: ID, receiptNumber: 'EQ-1', actor: TECH, now: at('2026-03-05T05:00:00.000Z') };
      expect(given(...toSite, issue).state).toMatchObject({ equipmentReceipts: [{ receiptNumber: 'EQ-1', open: true }] });
      expect(errorOf(() => when([...toSite, issue], issue))).toMatchObject({ code: DISPATCH.EQUIPMENT_RECEIPT_EXISTS });
      expect(given(...toSite, issue, giveBack).state).toMatchObject({ equipmentReceipts: [{ receiptNumber: 'EQ-1', open: false }] });
      expect(errorOf(() => when([...toSite, issue, giveBack], giveBack))).toMatchObject({ code: DISPATCH.EQUIPMENT_RECEIPT_NOT_OPEN });
    });
  });

  describe('DI-7 report back', () => {
    it('DI-7 the order closes only once the technician reported back', () => {
      const settled = [...toHandOver, signOff(), settle(null)];
      expect(errorOf(() => when(settled, close))).toMatchObject({ code: DISPATCH.REPORT_REQUIRED });
      single(when(settled, report), 'dispatch.ReportedBack');
    });

    it('DI-7 a complaint found on site is passed on with the customer and product', () => {
      const found: WorkOrderCommand = { type: 'ReportComplaint', workOrderId: ID, text: 'Customer says the pump was delivered damaged', actor: TECH, now: at('2026-03-03T04:10:00.000Z') };
      expect(single(when(toSite, found), 'dispatch.ComplaintFoundOnSite').data).toMatchObject({ foundIn: 'on_site', customer: { customerId: 'C-10086' }, product: { serialNumber: 'SN-1' } });
    });
  });

  describe('DI-8 follow-up', () => {
    it('DI-8 hand-over makes the follow-up call due 3 days later; the call meets it, on time or late, once', () => {
      expect(given(...toHandOver).state).toMatchObject({ obligations: [{ obligation: 'arrival', state: 'met' }, { obligation: 'follow_up', dueAt: '2026-03-06T06:30:00.000Z', state: 'open' }] });
      const done = single(when(toHandOver, followUp(5)), 'dispatch.FollowUpCompleted');
      expect(done.data).toMatchObject({ satisfaction: 5, opensComplaint: false, late: false });
      expect(single(when(toHandOver, followUp(4, null, '2026-03-07T00:00:00.000Z')), 'dispatch.FollowUpCompleted').data.late).toBe(true);
      expect(errorOf(() => when([...toHandOver, followUp(5)], followUp(5)))).toMatchObject({ code: DISPATCH.FOLLOW_UP_RECORDED });
      const first = single(when(toHandOver, missed('follow_up', '2026-03-06T06:30:00.000Z')), 'dispatch.WorkOrderDeadlineMissed');
      expect(first.data.obligation).toBe('follow_up');
      // After closing the order the call is still owed and may be recorded.
      single(when([...toHandOver, signOff(), settle(null), report, close], followUp(5)), 'dispatch.FollowUpCompleted');
    });

    it('DI-8 a rating of 1-2 or a complaint in the call opens a complaint in intake', () => {
      expect(when(toHandOver, followUp(2)).map((e) => e.type)).toEqual(['dispatch.FollowUpCompleted', 'dispatch.ComplaintFoundOnSite']);
      expect(when(toHandOver, followUp(3)).map((e) => e.type)).toEqual(['dispatch.FollowUpCompleted']);
      const [, complaint] = when(toHandOver, followUp(4, 'The leak is back'));
      expect(complaint).toMatchObject({ type: 'dispatch.ComplaintFoundOnSite', data: { foundIn: 'follow_up', text: 'The leak is back' } });
    });
  });

  describe('DI-9 conduct', () => {
    it('DI-9 records conduct against the order\'s technician with the policy\'s penalty, once per kind', () => {
      const conduct: WorkOrderCommand = { type: 'RecordConduct', workOrderId: ID, kind: 'late_arrival', note: 'Arrived 3 h late', actor: DISPATCHER, policy, now: at('2026-03-04T00:00:00.000Z') };
      const recorded = single(when(toSite, conduct), 'dispatch.ConductRecorded');
      expect(recorded.data).toMatchObject({ technicianId: 'tech-1', kind: 'late_arrival', penaltyMinor: 5000, currency: 'CNY' });
      expect(recorded.policyVersion).toBe('dispatch-default@2026.1');
      expect(errorOf(() => when([...toSite, conduct], conduct))).toMatchObject({ code: DISPATCH.CONDUCT_RECORDED });
      expect(errorOf(() => when([create()], conduct))).toMatchObject({ code: DISPATCH.NO_TECHNICIAN_ASSIGNED });
    });
  });

  describe('first-time fix', () => {
    it('links a later order on the same serial and fault within the look-back as a revisit, once', () => {
      const earlier = [
        { workOrderId: 'old', serialNumber: 'SN-1', faultCode: 'LEAK', createdAt: '2026-01-01T00:00:00.000Z', status: 'closed' as const },
        { workOrderId: 'recent', serialNumber: 'SN-1', faultCode: 'LEAK', createdAt: '2026-02-20T00:00:00.000Z', status: 'closed' as const },
        { workOrderId: 'other-fault', serialNumber: 'SN-1', faultCode: 'NOISE', createdAt: '2026-02-25T00:00:00.000Z', status: 'closed' as const },
        { workOrderId: 'cancelled', serialNumber: 'SN-1', faultCode: 'LEAK', createdAt: '2026-02-28T00:00:00.000Z', status: 'cancelled' as const },
      ];
      const order = { serialNumber: 'SN-1', faultCode: 'LEAK', createdAt: T0 };
      expect(findRevisitOf(earlier, order, 30)).toBe('recent');
      expect(findRevisitOf(earlier, order, 5)).toBeNull();
      expect(findRevisitOf(earlier, { ...order, faultCode: null }, 30)).toBeNull();
      const created = single(when([], create({ faultCode: 'LEAK', revisitOf: 'recent' })), 'dispatch.WorkOrderCreated');
      expect(created.data).toMatchObject({ faultCode: 'LEAK', revisitOf: 'recent' });
      const link: WorkOrderCommand = { type: 'LinkRevisit', workOrderId: ID, revisitWorkOrderId: 'later', now: at(T0) };
      single(when([create()], link), 'dispatch.RevisitLinked');
      expect(when([create(), link], link)).toEqual([]);
    });
  });

  describe('DI-2 outlets', () => {
    const OUTLET = { outletId: '0190f5c2-0000-7000-8000-0000000000f1', name: 'Suzhou point', region: 'cn-east', scopes: ['minor_repair', 'spare_parts'] as const, open: true };
    const takeRequest = (overrides: Partial<Extract<WorkOrderCommand, { type: 'TakeOutletRequest' }>> = {}): WorkOrderCommand => ({
      type: 'TakeOutletRequest',
      workOrderId: ID,
      outlet: OUTLET,
      scope: 'minor_repair',
      customer: { customerId: 'C-10086', name: null, phone: null },
      product: { model: 'PX-200', productLine: 'pumps', serialNumber: 'SN-1' },
      requestedWork: 'Handle loose',
      request: { partClass: 'main', warrantyCardMonths: null, cause: 'defect', requestedOn: '2026-03-03' },
      receipt: { from: 'intake', goodsReceivedOn: '2025-06-01', complaintId: 'cmp-1' },
      createdBy: 'disp-1',
      policy,
      now: at(T0),
      ...overrides,
    });
    const assignOutlet = (outlet = OUTLET, scope: 'minor_repair' | 'routine_maintenance' | 'spare_parts' = 'spare_parts'): WorkOrderCommand => ({ type: 'AssignOutlet', workOrderId: ID, outlet, scope, assignedBy: 'disp-1', now: at(T0) });

    it('DI-2 a request at an outlet records the work asked for, decided free within the warranty from intake\'s receipt date, and is given to that outlet', () => {
      const events = when([], takeRequest());
      expect(events.map((e) => e.type)).toEqual(['dispatch.WorkOrderCreated', 'dispatch.OutletAssigned']);
      expect(events[0].data).toMatchObject({
        region: 'cn-east',
        requestedWork: 'Handle loose',
        source: { kind: 'outlet', scope: 'minor_repair', receipt: { from: 'intake', complaintId: 'cmp-1' }, freeRepair: { kind: 'free', warrantyEndsOn: '2026-05-31', reasons: [{ rule: 'DI-2', code: 'WITHIN_WARRANTY' }] } },
      });
      expect(events[0].policyVersion).toBe('dispatch-default@2026.1');
      expect(given(takeRequest()).state).toMatchObject({ status: 'assigned', technicianId: null, outlet: { outletId: OUTLET.outletId, scope: 'minor_repair' }, obligations: [] });
    });

    it('DI-2 charged: an excluded cause, no proof of receipt, or the warranty over', () => {
      const freeRepairOf = (command: WorkOrderCommand) => {
        const [created] = when([], command);
        return created.type === 'dispatch.WorkOrderCreated' && created.data.source.kind === 'outlet' ? created.data.source.freeRepair : null;
      };
      expect(freeRepairOf(takeRequest({ request: { partClass: 'main', warrantyCardMonths: null, cause: 'human_damage', requestedOn: '2026-03-03' } }))).toMatchObject({ kind: 'charged', reasons: [{ code: 'WITHIN_WARRANTY' }, { code: 'EXCLUDED_CAUSE' }] });
      expect(freeRepairOf(takeRequest({ receipt: { from: 'none' } }))).toMatchObject({ kind: 'charged', reasons: [{ code: 'NO_PROOF_OF_RECEIPT' }] });
      expect(freeRepairOf(takeRequest({ receipt: { from: 'request', goodsReceivedOn: '2024-01-10' } }))).toMatchObject({ kind: 'charged', reasons: [{ code: 'WARRANTY_EXPIRED' }] });
    });

    it('DI-2 an outlet takes work only while open, within its scopes and in its region', () => {
      expect(errorOf(() => when([], takeRequest({ scope: 'routine_maintenance' })))).toMatchObject({ code: DISPATCH.OUTLET_SCOPE_MISMATCH, details: { scope: 'routine_maintenance' } });
      expect(errorOf(() => when([], takeRequest({ outlet: { ...OUTLET, open: false } })))).toMatchObject({ code: DISPATCH.OUTLET_CLOSED });
      expect(errorOf(() => when([create()], assignOutlet({ ...OUTLET, region: 'cn-north' })))).toMatchObject({ code: DISPATCH.OUTLET_REGION_MISMATCH, details: { outletRegion: 'cn-north', region: 'cn-east' } });
      expect(errorOf(() => when([create()], assignOutlet(OUTLET, 'routine_maintenance')))).toMatchObject({ code: DISPATCH.OUTLET_SCOPE_MISMATCH });
      expect(errorOf(() => when([create(), assign()], assignOutlet()))).toMatchObject({ code: DISPATCH.WORK_ORDER_IS.assigned });
    });

    const outletStaff = (outletId: string | null = OUTLET.outletId, technicianId = 'tech-1') => assign({ ...qualified(technicianId), outletId });

    it('DI-1, DI-2 a work order is assigned to an outlet, whose qualified technician is assigned next (TR-2): the arrival is owed from then', () => {
      single(when([create()], assignOutlet()), 'dispatch.OutletAssigned');
      const assigned = single(when([create(), assignOutlet()], outletStaff()), 'dispatch.TechnicianAssigned');
      expect(assigned.data).toMatchObject({ reassigned: false, arrivalOwedBefore: false });
      expect(given(create(), assignOutlet(), outletStaff()).state).toMatchObject({ status: 'assigned', technicianId: 'tech-1', outlet: { outletId: OUTLET.outletId }, obligations: [{ obligation: 'arrival', state: 'open', responsibleId: 'tech-1' }] });
    });
  });

  describe('DI-2 outlet staff', () => {
    const OUTLET = { outletId: '0190f5c2-0000-7000-8000-0000000000f1', name: 'Suzhou point', region: 'cn-east', scopes: ['minor_repair'] as const, open: true };
    const assignOutlet: WorkOrderCommand = { type: 'AssignOutlet', workOrderId: ID, outlet: OUTLET, scope: 'minor_repair', assignedBy: 'disp-1', now: at(T0) };
    const staff = (outletId: string | null, overrides: Partial<TechnicianFacts['qualifications'][number]> = {}): WorkOrderCommand => assign({ ...qualified('tech-1', overrides), outletId });

    it("DI-2 an order given to an outlet takes only that outlet's staff: another outlet's technician, or one on no outlet's staff, is refused with a stable code and nothing recorded", () => {
      expect(errorOf(() => when([create(), assignOutlet], staff('0190f5c2-0000-7000-8000-0000000000f2')))).toMatchObject({
        code: DISPATCH.TECHNICIAN_NOT_AT_OUTLET,
        details: { technicianId: 'tech-1', outletId: OUTLET.outletId, technicianOutletId: '0190f5c2-0000-7000-8000-0000000000f2' },
      });
      expect(errorOf(() => when([create(), assignOutlet], assign()))).toMatchObject({ code: DISPATCH.TECHNICIAN_NOT_AT_OUTLET, details: { technicianOutletId: null } });
      expect(single(when([create(), assignOutlet], staff(OUTLET.outletId)), 'dispatch.TechnicianAssigned').data).toMatchObject({ technicianId: 'tech-1' });
    });

    it('DI-2, TR-2 the outlet\'s own technician still needs a qualification in force on the planned date', () => {
      expect(errorOf(() => when([create(), assignOutlet], staff(OUTLET.outletId, { expiresOn: '2026-03-02' })))).toMatchObject({ code: DISPATCH.TECHNICIAN_NOT_QUALIFIED });
    });

    it('DI-2 an order given to no outlet takes any qualified technician, an outlet\'s staff too (TR-2 as before)', () => {
      single(when([create()], staff(OUTLET.outletId)), 'dispatch.TechnicianAssigned');
      single(when([create()], assign()), 'dispatch.TechnicianAssigned');
    });
  });

  describe('DI-3 remote first', () => {
    const startRemote: WorkOrderCommand = { type: 'StartRemoteAttempt', workOrderId: ID, customerAgreedBy: 'Li Wei', actor: DISPATCHER, now: at(T0) };
    const remoteOutcome = (resolved: boolean, now = '2026-03-03T03:00:00.000Z', p: DispatchPolicy = policy): WorkOrderCommand => ({
      type: 'CompleteRemoteAttempt',
      workOrderId: ID,
      resolved,
      note: resolved ? 'Reset the controller remotely' : 'Needs a new seal',
      actor: DISPATCHER,
      policy: p,
      calendar: shanghai,
      now: at(now),
    });

    it('DI-3 resolved remotely: no visit, no arrival owed; the order is handed over, signed off, settled and closed without a report', () => {
      expect(errorOf(() => when([create(), startRemote], assign()))).toMatchObject({ code: DISPATCH.REMOTE_ATTEMPT_IN_PROGRESS });
      const resolved = [create(), startRemote, remoteOutcome(true)];
      expect(given(...resolved).state).toMatchObject({ status: 'handed_over', remoteAttempt: 'resolved', obligations: [{ obligation: 'follow_up', dueAt: '2026-03-06T03:00:00.000Z', state: 'open' }] });
      expect(given(...resolved, signOff(), settle(null), close).state).toMatchObject({ status: 'closed' });
      expect(errorOf(() => when(resolved, startRemote))).toMatchObject({ code: DISPATCH.WORK_ORDER_IS.handed_over });
    });

    it('DI-3 not resolved: the on-site arrival is owed from the outcome, by the policy (wall clock or business hours); the assignment hands it on', () => {
      const unresolved = [create(), startRemote, remoteOutcome(false)];
      expect(single(when([create(), startRemote], remoteOutcome(false)), 'dispatch.RemoteAttemptCompleted').data).toMatchObject({ arrivalDueAt: '2026-03-03T15:00:00.000Z', arrivalBasis: 'wall', followUpDueAt: null });
      expect(given(...unresolved).state).toMatchObject({ status: 'created', remoteAttempt: 'unresolved', obligations: [{ obligation: 'arrival', dueAt: '2026-03-03T15:00:00.000Z', state: 'open', responsibleId: null }] });
      // Assigned four hours later, the due time stays where the failed attempt put it.
      const assigned = single(when(unresolved, assign(qualified(), '2026-03-03', policy, '2026-03-03T07:00:00.000Z')), 'dispatch.TechnicianAssigned');
      expect(assigned.data).toMatchObject({ arrivalDueAt: '2026-03-03T15:00:00.000Z', arrivalOwedBefore: true, reassigned: false });
      expect(given(...unresolved, assign()).state).toMatchObject({ obligations: [{ obligation: 'arrival', dueAt: '2026-03-03T15:00:00.000Z', state: 'open', responsibleId: 'tech-1' }] });
      // Business hours: 11:00 in Shanghai + 4 business hours.
      const onCalendar = single(when([create(), startRemote], remoteOutcome(false, '2026-03-03T03:00:00.000Z', businessHoursPolicy)), 'dispatch.RemoteAttemptCompleted');
      expect(onCalendar.data.arrivalBasis).toBe('business_hours');
      expect(onCalendar.data.arrivalDueAt).toBe(shanghai.addBusinessHours(at('2026-03-03T03:00:00.000Z'), 4).toISOString());
      expect(errorOf(() => when([create()], remoteOutcome(false)))).toMatchObject({ code: DISPATCH.NO_REMOTE_ATTEMPT });
      expect(errorOf(() => when(unresolved, startRemote))).toMatchObject({ code: DISPATCH.REMOTE_ATTEMPT_RECORDED });
      expect(errorOf(() => when([create(), assign()], startRemote))).toMatchObject({ code: DISPATCH.WORK_ORDER_IS.assigned });
    });
  });
});
