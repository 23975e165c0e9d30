import { WAREHOUSE_RETURNS } from './errors';
import { DEFAULT_WAREHOUSE_RETURNS_POLICY_YAML, PolicyError, parseWarehouseReturnsPolicy, returnNoteDueAt } from './policy';
import { Actor, Deliveries, LineRequest, RatioFigure, ReturnRequestCommand, ReturnRequestEvent, returnRequestDecider, returnRequestIdForDisposition } from './return-request.decider';
import { ReturnReason } from './return-request';
import { errorOf, scenario, shanghai, single } from './testing-fixtures';

const ID = '0190f5c2-0000-7000-8000-0000000000e1';
const policy = parseWarehouseReturnsPolicy(DEFAULT_WAREHOUSE_RETURNS_POLICY_YAML, 'default');
/** Tuesday 3 March 2026, 10:00 in Shanghai. */
const T0 = new Date('2026-03-03T02:00:00.000Z');
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

const clerk: Actor = { id: 'u-clerk', role: 'after_sales_head' };
const head: Actor = { id: 'u-ash', role: 'after_sales_head' };
const boss: Actor = { id: 'u-bh', role: 'business_head' };
const area: Actor = { id: 'u-am', role: 'area_manager' };
const leader: Actor = { id: 'u-gm', role: 'general_manager' };
const warehouse: Actor = { id: 'u-wh', role: 'warehouse' };
const driver: Actor = { id: 'u-drv', role: 'driver' };

const deliveries: Deliveries = {
  'D-1|PUMP-3': { quantity: 10, alreadyReturned: 2, documentDate: '2026-02-10', contractNumber: 'K-7', currency: 'CNY', unitPriceMinor: '125000', salesRepId: 'rep-9' },
  'D-1|SEAL-1': { quantity: 50, alreadyReturned: 0, documentDate: '2026-02-10', contractNumber: 'K-7', currency: 'CNY', unitPriceMinor: '800', salesRepId: null },
};
const pump: LineRequest = { lineId: 'L1', sku: 'PUMP-3', serialNumber: 'SN-100', quantity: 2, deliveryDocument: 'D-1' };
const seals: LineRequest = { lineId: 'L2', sku: 'SEAL-1', serialNumber: null, quantity: 20, deliveryDocument: 'D-1' };
const within: RatioFigure = { sequence: 4, asOf: '2026-03-02T16:00:00.000Z', ratio: '0.02', amountRatio: '0.01', limit: '0.05', overLimit: false, policyVersion: 'finance-ratio-default@2026.1' };
const over: RatioFigure = { ...within, sequence: 5, ratio: '0.08', overLimit: true };

const open = (reason: ReturnReason, lines: LineRequest[] = [pump, seals]): ReturnRequestCommand => ({
  type: 'Open',
  returnRequestId: ID,
  region: 'cn-east',
  customerId: 'C-10086',
  reason,
  source: { kind: 'after_sales' },
  lines,
  deliveries,
  note: null,
  customerChoice: null,
  by: clerk,
  now: T0,
});
const sign = (step: string, by: Actor, minute: number, ratio: RatioFigure | null = within): ReturnRequestCommand => ({ type: 'Sign', returnRequestId: ID, step, comment: `ok (${by.id})`, by, policy, ratio, now: at(minute) });
const amend = (lines: LineRequest[], minute: number): ReturnRequestCommand => ({ type: 'AmendLines', returnRequestId: ID, lines, deliveries, by: clerk, now: at(minute) });
const order: ReturnRequestCommand = { type: 'IssueTransportOrder', returnRequestId: ID, carrier: 'SF', driverId: driver.id, pickupAddress: 'Hangzhou', by: head, policy, now: at(30) };
const pickup: ReturnRequestCommand = { type: 'RecordPickup', returnRequestId: ID, by: driver, now: at(40) };
const arrival: ReturnRequestCommand = { type: 'RecordArrival', returnRequestId: ID, by: warehouse, now: at(50) };
const count = (serial = 'SN-100'): ReturnRequestCommand => ({
  type: 'RecordCount',
  returnRequestId: ID,
  lines: [
    { lineId: 'L1', quantityReceived: 2, serialNumberReceived: serial },
    { lineId: 'L2', quantityReceived: 20, serialNumberReceived: null },
  ],
  by: warehouse,
  now: at(60),
});
const inspected = (verdict: 'signed' | 'refused', finding: 'quality_intact' | 'defect_confirmed' | 'customer_damage' | 'not_resalable' = 'quality_intact'): ReturnRequestCommand => ({
  type: 'RecordInspection',
  returnRequestId: ID,
  inspectionId: 'insp-1',
  verdict,
  reason: verdict === 'refused' ? 'Housing cracked by a fall: customer damage' : null,
  lines: ['L1', 'L2'].map((lineId) => ({ lineId, finding, responsibleDepartment: finding === 'defect_confirmed' ? 'production' : null, responsiblePerson: finding === 'defect_confirmed' ? 'Li Wei' : null, note: null })),
  inspectedAt: at(70).toISOString(),
  now: at(70),
});
const book = (minute = 80): ReturnRequestCommand => ({ type: 'BookIn', returnRequestId: ID, by: warehouse, policy, calendar: shanghai, now: at(minute) });

/** An unsalable return signed through its chain, transported, counted and inspected. */
const unsalableReady: ReturnRequestCommand[] = [open('unsalable'), sign('after_sales_check', head, 10), sign('business_head_approval', boss, 20), order, pickup, arrival, count(), inspected('signed')];

const signedIn = (events: readonly ReturnRequestEvent[]) => events.find((e) => e.type === 'warehouse-returns.StepSigned') as Extract<ReturnRequestEvent, { type: 'warehouse-returns.StepSigned' }>;
const types = (events: readonly ReturnRequestEvent[]) => events.map((e) => e.type.replace('warehouse-returns.', ''));

describe('return request decider (WR-1..WR-7, QA-6)', () => {
  const { given, when } = scenario(returnRequestDecider);

  describe('WR-1 request and lines', () => {
    it('WR-1 opens with the delivery\'s price, date and sales rep on each line, signatures still to come', () => {
      const opened = single(when([], open('unsalable')), 'warehouse-returns.ReturnRequestOpened');
      expect(opened.data.lines[0]).toMatchObject({ lineId: 'L1', unitPriceMinor: '125000', currency: 'CNY', deliveredOn: '2026-02-10', salesRepId: 'rep-9', contractNumber: 'K-7' });
      expect(given(open('unsalable')).state).toMatchObject({ status: 'in_approval' });
    });

    it('WR-1 refuses a line above what was delivered less what was already returned, and one on a delivery finance did not publish', () => {
      expect(errorOf(() => when([], open('unsalable', [{ ...pump, quantity: 9 }])))).toMatchObject({ code: WAREHOUSE_RETURNS.QUANTITY_EXCEEDS_DELIVERED, details: { delivered: 10, alreadyReturned: 2, requested: 9 } });
      // Two lines of the same delivery count together.
      expect(errorOf(() => when([], open('unsalable', [{ ...pump, quantity: 5 }, { ...pump, lineId: 'L3', quantity: 4 }])))).toMatchObject({ code: WAREHOUSE_RETURNS.QUANTITY_EXCEEDS_DELIVERED });
      expect(single(when([], open('unsalable', [{ ...pump, quantity: 8 }])), 'warehouse-returns.ReturnRequestOpened').data.lines[0].quantity).toBe(8);
      expect(errorOf(() => when([], open('unsalable', [{ ...pump, deliveryDocument: 'D-404' }])))).toMatchObject({ code: WAREHOUSE_RETURNS.LINE_NOT_DELIVERED, details: { lineId: 'L1' } });
      expect(errorOf(() => when([], open('unsalable', [])))).toMatchObject({ code: WAREHOUSE_RETURNS.NO_LINES });
      expect(errorOf(() => when([open('unsalable')], open('unsalable')))).toMatchObject({ code: WAREHOUSE_RETURNS.RETURN_REQUEST_EXISTS });
    });

    it('WR-1 a QA disposition makes a draft, once per disposition; its lines are entered before the first signature', () => {
      const draft: ReturnRequestCommand = { ...(open('quality', []) as Extract<ReturnRequestCommand, { type: 'Open' }>), source: { kind: 'qa_disposition', caseId: 'case-1', disposition: 'refund', dispositionEventId: 'ev-1' }, customerChoice: 'refund' };
      expect(given(draft).state).toMatchObject({ status: 'draft', customerChoice: 'refund' });
      expect(errorOf(() => when([draft], sign('after_sales_head_review', head, 5)))).toMatchObject({ code: WAREHOUSE_RETURNS.RETURN_REQUEST_IS.draft });
      expect(given(draft, amend([pump], 5)).state).toMatchObject({ status: 'in_approval', lines: [{ lineId: 'L1' }] });
      expect(returnRequestIdForDisposition('acme', 'ev-1')).toBe(returnRequestIdForDisposition('acme', 'ev-1'));
      expect(returnRequestIdForDisposition('acme', 'ev-1')).not.toBe(returnRequestIdForDisposition('acme', 'ev-2'));
    });
  });

  describe('WR-2 unsalable approval: the ratio check, signatures, refusals, the exception', () => {
    it('WR-2 the after-sales step records the figure, limit and policy versions it saw, then the business head approves', () => {
      const events = when([open('unsalable')], sign('after_sales_check', head, 10));
      expect(types(events)).toEqual(['RatioChecked', 'StepSigned']);
      expect(events[0]).toMatchObject({ policyVersion: 'warehouse-returns-default@2026.1', data: { figure: { ratio: '0.02', limit: '0.05', sequence: 4, policyVersion: 'finance-ratio-default@2026.1' }, withinRatio: true, withinTimeLimit: true, daysSinceDelivery: 21 } });
      const signed = signedIn(events);
      expect(signed.data).toMatchObject({ step: 'after_sales_check', signedBy: 'u-ash', role: 'after_sales_head', at: at(10).toISOString(), comment: 'ok (u-ash)', coveredLineIds: ['L1', 'L2'] });
      expect(signed.data.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
      const approved = when([open('unsalable'), sign('after_sales_check', head, 10)], sign('business_head_approval', boss, 20));
      expect(types(approved)).toEqual(['StepSigned', 'ReturnRequestApproved']);
    });

    it('WR-2 steps are signed in order, by their role, never twice by one person', () => {
      expect(errorOf(() => when([open('unsalable')], sign('business_head_approval', boss, 10)))).toMatchObject({ code: WAREHOUSE_RETURNS.STEP_NOT_OPEN, details: { expected: 'after_sales_check' } });
      expect(errorOf(() => when([open('unsalable')], sign('after_sales_check', boss, 10)))).toMatchObject({ code: WAREHOUSE_RETURNS.WRONG_SIGNER_ROLE });
      const twoHats: Actor = { id: head.id, role: 'business_head' };
      expect(errorOf(() => when([open('unsalable'), sign('after_sales_check', head, 10)], sign('business_head_approval', twoHats, 20)))).toMatchObject({ code: WAREHOUSE_RETURNS.ALREADY_SIGNED_ANOTHER_STEP, details: { signedStep: 'after_sales_check' } });
    });

    it('WR-2 finance published no figure: the check cannot be made and nothing is recorded', () => {
      expect(errorOf(() => when([open('unsalable')], sign('after_sales_check', head, 10, null)))).toMatchObject({ code: WAREHOUSE_RETURNS.RATIO_NOT_AVAILABLE });
    });

    it('WR-2 over the limit is refused with the explanation; a company leader\'s exception step reopens it and the chain goes on', () => {
      const refused = when([open('unsalable')], sign('after_sales_check', head, 10, over));
      expect(types(refused)).toEqual(['RatioChecked', 'ReturnRequestRefused']);
      expect(refused[1].data).toMatchObject({ kind: 'ratio_check', exceptionPossible: true });
      expect((refused[1].data as { explanation: string }).explanation).toContain('0.08 is over the limit 0.05');
      const history = [open('unsalable'), sign('after_sales_check', head, 10, over)];
      expect(errorOf(() => when(history, sign('business_head_approval', boss, 12)))).toMatchObject({ code: WAREHOUSE_RETURNS.RETURN_REQUEST_IS.refused });
      expect(errorOf(() => when(history, sign('leader_exception', boss, 12)))).toMatchObject({ code: WAREHOUSE_RETURNS.WRONG_SIGNER_ROLE });
      const withException = [...history, sign('leader_exception', leader, 15)];
      expect(given(...withException).state).toMatchObject({ status: 'in_approval' });
      const rechecked = when(withException, sign('after_sales_check', head, 16, over));
      expect(types(rechecked)).toEqual(['RatioChecked', 'StepSigned']);
      expect(rechecked[0].data).toMatchObject({ withinRatio: false, overriddenByException: true });
      expect(types(when([...withException, sign('after_sales_check', head, 16, over)], sign('business_head_approval', boss, 20)))).toEqual(['StepSigned', 'ReturnRequestApproved']);
    });

    it('WR-2 past the policy\'s time limit since delivery is refused the same way', () => {
      const late = when([open('unsalable')], { ...(sign('after_sales_check', head, 0) as Extract<ReturnRequestCommand, { type: 'Sign' }>), now: new Date('2026-06-01T02:00:00.000Z') });
      expect(late[0].data).toMatchObject({ withinRatio: true, withinTimeLimit: false, timeLimitDays: 90 });
      expect((late[1].data as { explanation: string }).explanation).toContain('past the limit of 90');
    });

    it('WR-2 a signer refuses with an explanation, and the request takes no further signature', () => {
      const refused = single(when([open('unsalable'), sign('after_sales_check', head, 10)], { type: 'Refuse', returnRequestId: ID, step: 'business_head_approval', explanation: 'Stock already discontinued', by: boss, policy, now: at(20) }), 'warehouse-returns.ReturnRequestRefused');
      expect(refused.data).toMatchObject({ kind: 'signer', refusedBy: 'u-bh', explanation: 'Stock already discontinued', exceptionPossible: false });
      const history = [open('unsalable'), sign('after_sales_check', head, 10), { type: 'Refuse', returnRequestId: ID, step: 'business_head_approval', explanation: 'no', by: boss, policy, now: at(20) } as ReturnRequestCommand];
      expect(errorOf(() => when(history, sign('leader_exception', leader, 30)))).toMatchObject({ code: WAREHOUSE_RETURNS.RETURN_REQUEST_IS.refused });
    });

    it('WR-2 a change to the lines voids the signatures that covered them; they are signed again on the new content', () => {
      const history = [open('unsalable'), sign('after_sales_check', head, 10), sign('business_head_approval', boss, 20)];
      const events = when(history, amend([{ ...pump, quantity: 1 }, seals], 25));
      expect(types(events)).toEqual(['LinesAmended', 'SignaturesVoided']);
      expect(events[1].data).toMatchObject({ changedLineIds: ['L1'] });
      expect((events[1].data as unknown as { signatureIds: string[] }).signatureIds).toHaveLength(2);
      const after = given(...history, amend([{ ...pump, quantity: 1 }, seals], 25)).state;
      expect(after).toMatchObject({ status: 'in_approval' });
      expect(errorOf(() => when([...history, amend([{ ...pump, quantity: 1 }, seals], 25)], order))).toMatchObject({ code: WAREHOUSE_RETURNS.RETURN_REQUEST_IS.in_approval });
      // The same people sign again (their own steps); the digest is the new content's.
      const resigned = when([...history, amend([{ ...pump, quantity: 1 }, seals], 25)], sign('after_sales_check', head, 26));
      expect(signedIn(resigned).data.digest).not.toBe(signedIn(when([open('unsalable')], sign('after_sales_check', head, 10))).data.digest);
      // Signed again at the very instant of the first signature, it is still a new signature, valid.
      const again = signedIn(when([...history, amend([{ ...pump, quantity: 1 }, seals], 10)], sign('after_sales_check', head, 10)));
      expect(again.data.signatureId).not.toBe(signedIn(when([open('unsalable')], sign('after_sales_check', head, 10))).data.signatureId);
      expect(when(history, amend([pump, seals], 25))).toEqual([]);
    });
  });

  it('WR-3 a quality return: the after-sales head\'s review, then the business head tells the customer to ship', () => {
    expect(errorOf(() => when([open('quality')], sign('business_head_ship_instruction', boss, 10)))).toMatchObject({ code: WAREHOUSE_RETURNS.STEP_NOT_OPEN });
    const first = when([open('quality')], sign('after_sales_head_review', head, 10));
    expect(types(first)).toEqual(['StepSigned']);
    expect(types(when([open('quality'), sign('after_sales_head_review', head, 10)], sign('business_head_ship_instruction', boss, 20)))).toEqual(['StepSigned', 'ReturnRequestApproved']);
  });

  describe('WR-4 transport gate', () => {
    it('WR-4 no pickup without the return transport order issued by the after-sales head; pickup and arrival recorded', () => {
      const approved = [open('unsalable'), sign('after_sales_check', head, 10), sign('business_head_approval', boss, 20)];
      expect(errorOf(() => when(approved, pickup))).toMatchObject({ code: WAREHOUSE_RETURNS.NO_TRANSPORT_ORDER });
      expect(errorOf(() => when([open('unsalable')], order))).toMatchObject({ code: WAREHOUSE_RETURNS.RETURN_REQUEST_IS.in_approval });
      const issued = single(when(approved, order), 'warehouse-returns.TransportOrderIssued');
      expect(issued.data).toMatchObject({ carrier: 'SF', driverId: 'u-drv', issuedBy: 'u-ash' });
      expect(errorOf(() => when([...approved, order], order))).toMatchObject({ code: WAREHOUSE_RETURNS.TRANSPORT_ORDER_EXISTS });
      expect(single(when([...approved, order], pickup), 'warehouse-returns.PickupRecorded').data.transportOrderId).toBe(issued.data.transportOrderId);
      expect(given(...approved, order, pickup, arrival).state).toMatchObject({ status: 'arrived' });
    });
  });

  describe('WR-5 receiving gate', () => {
    it('WR-5 the count is matched to the lines; a serial other than the one authorised is flagged and blocks booking until resolved', () => {
      const before = unsalableReady.slice(0, 6);
      const counted = single(when(before, count('SN-999')), 'warehouse-returns.GoodsCounted');
      expect(counted.data.lines[0]).toMatchObject({ serialNumberAuthorised: 'SN-100', serialNumberReceived: 'SN-999', serialMismatch: true });
      expect(counted.data.lines[1]).toMatchObject({ serialMismatch: false, quantityReceived: 20 });
      const history = [...before, count('SN-999'), inspected('signed')];
      expect(errorOf(() => when(history, book()))).toMatchObject({ code: WAREHOUSE_RETURNS.SERIAL_MISMATCH_UNRESOLVED, details: { lineIds: ['L1'] } });
      // Accepting the serial received changes the line: the signatures that covered it are void.
      const resolve: ReturnRequestCommand = { type: 'ResolveSerialMismatch', returnRequestId: ID, lineId: 'L1', resolution: 'accept_received', comment: 'Label swapped at dispatch', by: head, now: at(75) };
      expect(types(when(history, resolve))).toEqual(['SerialMismatchResolved', 'SignaturesVoided']);
      expect(errorOf(() => when([...history, resolve], book()))).toMatchObject({ code: WAREHOUSE_RETURNS.SIGNATURES_MISSING, details: { missing: ['after_sales_check', 'business_head_approval'] } });
      const resigned = [...history, resolve, sign('after_sales_check', head, 76), sign('business_head_approval', boss, 77)];
      expect(types(when(resigned, book()))).toEqual(['ReturnBookedIn']);
      // Rejecting the line books the rest.
      const reject: ReturnRequestCommand = { ...(resolve as Extract<ReturnRequestCommand, { type: 'ResolveSerialMismatch' }>), resolution: 'reject_line' };
      expect(single(when([...history, reject], book()), 'warehouse-returns.ReturnBookedIn').data.lines.map((l) => l.lineId)).toEqual(['L2']);
      expect(errorOf(() => when(before, { ...(count() as Extract<ReturnRequestCommand, { type: 'RecordCount' }>), lines: [{ lineId: 'L1', quantityReceived: 3, serialNumberReceived: 'SN-100' }] }))).toMatchObject({ code: WAREHOUSE_RETURNS.QUANTITY_EXCEEDS_AUTHORISED });
    });

    it('WR-5 booking needs the after-sales head\'s, the business head\'s and QA\'s signatures; an unsalable return is exchanged for the original variety', () => {
      const noQa = unsalableReady.slice(0, 7);
      expect(errorOf(() => when(noQa, book()))).toMatchObject({ code: WAREHOUSE_RETURNS.SIGNATURES_MISSING, details: { missing: ['qa_inspection'] } });
      const booked = single(when(unsalableReady, book()), 'warehouse-returns.ReturnBookedIn');
      expect(booked.data).toMatchObject({ receiptNoteNumber: 'RN-20260303-0190F5C2', costsBorneBy: 'company', reason: 'unsalable' });
      expect(booked.data.lines).toEqual([
        { lineId: 'L1', sku: 'PUMP-3', quantity: 2, currency: 'CNY', unitPriceMinor: '125000', amountMinor: '250000', outcome: 'exchange', deliveryDocument: 'D-1' },
        { lineId: 'L2', sku: 'SEAL-1', quantity: 20, currency: 'CNY', unitPriceMinor: '800', amountMinor: '16000', outcome: 'exchange', deliveryDocument: 'D-1' },
      ]);
    });

    it('WR-5 a quality return is refunded or exchanged as the customer asks, never before QA signed the inspection', () => {
      const ready = [open('quality'), sign('after_sales_head_review', head, 10), sign('business_head_ship_instruction', boss, 20), order, pickup, arrival, count()];
      const choose: ReturnRequestCommand = { type: 'RecordCustomerChoice', returnRequestId: ID, choice: 'refund', by: head, now: at(75) };
      expect(errorOf(() => when(ready, choose))).toMatchObject({ code: WAREHOUSE_RETURNS.INSPECTION_PENDING });
      const inspectedOk = [...ready, inspected('signed', 'defect_confirmed')];
      expect(errorOf(() => when(inspectedOk, book()))).toMatchObject({ code: WAREHOUSE_RETURNS.CUSTOMER_CHOICE_MISSING });
      expect(single(when([...inspectedOk, choose], book()), 'warehouse-returns.ReturnBookedIn').data.lines.map((l) => l.outcome)).toEqual(['refund', 'refund']);
      expect(errorOf(() => when(unsalableReady, choose))).toMatchObject({ code: WAREHOUSE_RETURNS.CHOICE_NOT_APPLICABLE });
    });
  });

  describe('QA-6 the inspection of returned goods', () => {
    it('QA-6 QA\'s refusal (customer damage) refuses the return with its reason; nothing is booked', () => {
      const before = unsalableReady.slice(0, 7);
      const events = when(before, inspected('refused', 'customer_damage'));
      expect(types(events)).toEqual(['InspectionRecorded', 'ReturnRequestRefused']);
      expect(events[1].data).toMatchObject({ kind: 'qa_inspection', explanation: 'Housing cracked by a fall: customer damage', exceptionPossible: false });
      expect(errorOf(() => when([...before, inspected('refused', 'customer_damage')], book()))).toMatchObject({ code: WAREHOUSE_RETURNS.RETURN_REQUEST_IS.refused });
    });

    it('QA-6 the same inspection delivered twice is recorded once; one before the count is refused', () => {
      expect(when(unsalableReady, inspected('signed'))).toEqual([]);
      expect(errorOf(() => when(unsalableReady.slice(0, 6), inspected('signed')))).toMatchObject({ code: WAREHOUSE_RETURNS.RETURN_REQUEST_IS.arrived });
    });
  });

  describe('WR-6 records', () => {
    it('WR-6 the receipt note goes out at booking; the return note is due by 12:00 the next working day of the region', () => {
      // Friday 6 March 2026 15:00 in Shanghai: the next working day is Monday 9 March.
      expect(returnNoteDueAt(policy, new Date('2026-03-06T07:00:00.000Z'), shanghai)).toBe('2026-03-09T04:00:00.000Z');
      const booked = single(when(unsalableReady, book()), 'warehouse-returns.ReturnBookedIn');
      expect(booked.data.deadlines).toEqual([{ obligation: 'return_note', dueAt: '2026-03-04T04:00:00.000Z' }]);
      expect(given(...unsalableReady, book()).state).toMatchObject({ status: 'booked', obligations: [{ obligation: 'return_note', state: 'open' }] });
    });

    it('WR-6 a missed return note is recorded once with the same id; sending it closes the request, late or not', () => {
      const booked = [...unsalableReady, book()];
      const missed = (now: string): ReturnRequestCommand => ({ type: 'MarkDeadlineMissed', returnRequestId: ID, obligation: 'return_note', now: new Date(now) });
      expect(when(booked, missed('2026-03-04T03:59:59.000Z'))).toEqual([]);
      const first = single(when(booked, missed('2026-03-04T04:00:00.000Z')), 'warehouse-returns.ReturnRequestDeadlineMissed');
      expect(first.data).toMatchObject({ obligation: 'return_note', dueAt: '2026-03-04T04:00:00.000Z', responsibleId: 'u-wh' });
      expect(when(booked, missed('2026-03-05T01:00:00.000Z'))[0].id).toBe(first.id);
      expect(when([...booked, missed('2026-03-04T04:00:00.000Z')], missed('2026-03-05T04:00:00.000Z'))).toEqual([]);
      const send = (now: string): ReturnRequestCommand => ({ type: 'SendReturnNote', returnRequestId: ID, by: head, now: new Date(now) });
      expect(single(when(booked, send('2026-03-04T01:00:00.000Z')), 'warehouse-returns.ReturnNoteSent').data.late).toBe(false);
      expect(single(when(booked, send('2026-03-04T05:00:00.000Z')), 'warehouse-returns.ReturnNoteSent').data.late).toBe(true);
      expect(given(...booked, send('2026-03-04T01:00:00.000Z')).state).toMatchObject({ status: 'closed', obligations: [{ state: 'met' }] });
      expect(errorOf(() => when([...booked, send('2026-03-04T01:00:00.000Z')], send('2026-03-04T02:00:00.000Z')))).toMatchObject({ code: WAREHOUSE_RETURNS.RETURN_REQUEST_IS.closed });
    });
  });

  describe('WR-7 customer-caused returns', () => {
    const ready = (finding: 'quality_intact' | 'not_resalable', consent: boolean) => [
      open('customer_error'),
      sign('area_manager_approval', area, 10),
      ...(consent ? [sign('general_manager_consent', leader, 15)] : []),
      order,
      pickup,
      arrival,
      count(),
      inspected('signed', finding),
    ];

    it('WR-7 the area manager approves; goods that passed inspection go back into stock', () => {
      expect(types(when([open('customer_error')], sign('area_manager_approval', area, 10)))).toEqual(['StepSigned', 'ReturnRequestApproved']);
      expect(single(when(ready('quality_intact', true), book()), 'warehouse-returns.ReturnBookedIn').data.lines.map((l) => l.outcome)).toEqual(['restock', 'restock']);
    });

    it('WR-7 goods that cannot be resold are written off as quality cost on the sales rep, else the department', () => {
      const events = when(ready('not_resalable', true), book());
      expect(types(events)).toEqual(['ReturnBookedIn', 'QualityCostCharged', 'QualityCostCharged']);
      expect(events[1].data).toMatchObject({ lineId: 'L1', chargedTo: { kind: 'sales_rep', id: 'rep-9' }, amountMinor: '250000', currency: 'CNY' });
      expect(events[2].data).toMatchObject({ lineId: 'L2', chargedTo: { kind: 'department', id: 'sales' }, amountMinor: '16000' });
    });

    it('WR-7 a return outside the policy without the general manager\'s consent puts the costs on the customer', () => {
      expect(single(when(ready('quality_intact', false), book()), 'warehouse-returns.ReturnBookedIn').data.costsBorneBy).toBe('customer');
      expect(single(when(ready('quality_intact', true), book()), 'warehouse-returns.ReturnBookedIn').data.costsBorneBy).toBe('company');
      // Within the policy (an unsalable return within the ratio), no consent is asked.
      expect(errorOf(() => when([open('unsalable')], sign('general_manager_consent', leader, 5)))).toMatchObject({ code: WAREHOUSE_RETURNS.STEP_NOT_OPEN });
    });
  });

  it('WR-2 the policy document is checked: step ids differ, roles are signers', () => {
    expect(() => parseWarehouseReturnsPolicy(DEFAULT_WAREHOUSE_RETURNS_POLICY_YAML.replace('id: business_head_approval', 'id: after_sales_check'), 'bad.yaml')).toThrow(PolicyError);
    expect(() => parseWarehouseReturnsPolicy(DEFAULT_WAREHOUSE_RETURNS_POLICY_YAML.replace('role: area_manager', 'role: driver'), 'bad.yaml')).toThrow(PolicyError);
  });
});
