import { RecordEvent, disclosure, evidencePack, kpis, readRecord } from './evidence';

/** Events as the contexts store them (their shapes are read by type and field: evidence.ts). */
let n = 0;
const ev = (stream: string, type: string, occurredAt: string, data: Record<string, unknown>, extra: Partial<RecordEvent> = {}): RecordEvent => ({
  id: `e-${++n}`,
  type,
  stream,
  occurredAt,
  region: 'cn-east',
  actor: { id: 'u-1', role: 'customer_service' },
  policyVersion: null,
  data,
  ...extra,
});

const C1 = 'intake.complaint-c1';
const C2 = 'intake.complaint-c2';
const W1 = 'dispatch.work-order-w1';
const W2 = 'dispatch.work-order-w2';
const R1 = 'warehouse-returns.return-request-r1';
const R2 = 'warehouse-returns.return-request-r2';
const ASH = { id: 'ash-1', role: 'after_sales_head' };
const MARCH = { key: '2026-03', from: '2026-02-28T16:00:00.000Z', to: '2026-03-31T16:00:00.000Z' };
const AS_OF = '2026-04-10T00:00:00.000Z';

const record: RecordEvent[] = [
  ev('dispatch.technician-t1', 'dispatch.TechnicianRegistered', '2026-01-05T00:00:00.000Z', { technicianId: 't-1', name: '王师傅', region: 'cn-east', employer: '华东服务站' }),
  // c1: acknowledged on time, reported up late; a repeat; closed.
  ev(C1, 'intake.ComplaintRegistered', '2026-03-03T02:00:00.000Z', {
    complaintId: 'c1',
    facts: { receivedAt: '2026-03-03T01:00:00.000Z', category: 'quality', severity: 'major', customer: { id: 'C-1', name: '华东机械有限公司' } },
    highPriority: true,
    ownerId: 'cs-1',
    registeredBy: 'cs-1',
    repeatOf: { complaintId: 'c0' },
    deadlines: [
      { obligation: 'acknowledge', dueAt: '2026-03-03T10:00:00.000Z' },
      { obligation: 'forward', dueAt: '2026-03-04T10:00:00.000Z' },
      { obligation: 'report_up', dueAt: '2026-03-04T10:00:00.000Z' },
    ],
    calendarVersion: 'cal-2026.1',
  }, { policyVersion: 'intake-policy/3' }),
  ev(C1, 'intake.ComplaintAcknowledged', '2026-03-03T03:00:00.000Z', { complaintId: 'c1' }),
  ev(C1, 'intake.DeadlineMissed', '2026-03-04T10:05:00.000Z', { complaintId: 'c1', obligation: 'report_up', dueAt: '2026-03-04T10:00:00.000Z' }),
  ev(C1, 'intake.ComplaintEscalated', '2026-03-05T01:00:00.000Z', { complaintId: 'c1', to: 'supervisor', level: 1 }),
  ev(C1, 'intake.ComplaintClosed', '2026-03-20T01:00:00.000Z', { complaintId: 'c1', resolutionSummary: 'Seal replaced' }),
  // c2: never acknowledged (no miss recorded yet: past due at AS_OF all the same); withdrawn before report-up was due.
  ev(C2, 'intake.ComplaintRegistered', '2026-03-10T02:00:00.000Z', {
    complaintId: 'c2',
    facts: { receivedAt: '2026-03-10T02:00:00.000Z', category: 'service', severity: 'minor' },
    highPriority: false,
    ownerId: null,
    registeredBy: 'cs-2',
    repeatOf: null,
    deadlines: [
      { obligation: 'acknowledge', dueAt: '2026-03-10T10:00:00.000Z' },
      { obligation: 'report_up', dueAt: '2026-03-12T10:00:00.000Z' },
    ],
    calendarVersion: 'cal-2026.1',
  }),
  ev(C2, 'intake.ComplaintWithdrawn', '2026-03-11T02:00:00.000Z', { complaintId: 'c2', reason: 'resolved by phone' }),
  // w1: arrival kept, follow-up late with a score and a complaint; w2: arrival missed (reassigned first, due time moved).
  ev(W1, 'dispatch.WorkOrderCreated', '2026-03-02T01:00:00.000Z', { workOrderId: 'w1', revisitOf: null }),
  ev(W1, 'dispatch.TechnicianAssigned', '2026-03-02T02:00:00.000Z', { workOrderId: 'w1', technicianId: 't-1', technicianName: '王师傅', arrivalDueAt: '2026-03-03T02:00:00.000Z', reassigned: false }),
  ev(W1, 'dispatch.ArrivedOnSite', '2026-03-03T01:00:00.000Z', { workOrderId: 'w1', technicianId: 't-1', late: false }),
  ev(W1, 'dispatch.SignedOff', '2026-03-03T05:00:00.000Z', { workOrderId: 'w1', signOff: { kind: 'signed', signerName: '李四', satisfaction: 5 } }),
  ev(W1, 'dispatch.JobStepRecorded', '2026-03-03T06:00:00.000Z', { workOrderId: 'w1', step: 'hand_over', followUpDueAt: '2026-03-06T10:00:00.000Z' }),
  ev(W1, 'dispatch.FollowUpCompleted', '2026-03-07T02:00:00.000Z', { workOrderId: 'w1', outcome: 'dissatisfied', satisfaction: 2, opensComplaint: true, late: true }),
  ev(W2, 'dispatch.WorkOrderCreated', '2026-03-15T01:00:00.000Z', { workOrderId: 'w2', revisitOf: 'w0' }),
  ev(W2, 'dispatch.TechnicianAssigned', '2026-03-15T02:00:00.000Z', { workOrderId: 'w2', technicianId: 't-2', arrivalDueAt: '2026-03-16T02:00:00.000Z', reassigned: false }),
  ev(W2, 'dispatch.TechnicianAssigned', '2026-03-15T03:00:00.000Z', { workOrderId: 'w2', technicianId: 't-1', arrivalDueAt: '2026-03-16T04:00:00.000Z', reassigned: true }),
  ev(W2, 'dispatch.WorkOrderDeadlineMissed', '2026-03-16T04:01:00.000Z', { workOrderId: 'w2', obligation: 'arrival', dueAt: '2026-03-16T04:00:00.000Z' }),
  // A CAPA closed after its due date; a commitment due in April (outside March).
  ev('qa.capa-k1', 'qa.CapaOpened', '2026-03-05T00:00:00.000Z', { capaId: 'k1', caseId: 'q1', required: true, dueAt: '2026-03-25T16:00:00.000Z', plan: { ownerId: 'qa-1' } }, { policyVersion: 'qa-policy/2' }),
  ev('qa.capa-k1', 'qa.CapaVerificationRecorded', '2026-03-26T00:00:00.000Z', { capaId: 'k1', result: 'pass' }),
  ev('qa.capa-k1', 'qa.CapaClosed', '2026-03-27T00:00:00.000Z', { capaId: 'k1', passingVerifications: 1 }),
  ev('finance-ratio.customer-C-1', 'finance-ratio.RatioEvaluated', '2026-03-28T00:00:00.000Z', { customerId: 'C-1', snapshot: { quantity: { numerator: 3, purchased: 100 } } }),
  ev('intake.complaint-c3', 'intake.ComplaintRegistered', '2026-03-31T15:00:00.000Z', { complaintId: 'c3', facts: { receivedAt: '2026-03-31T15:00:00.000Z' }, ownerId: 'cs-1', repeatOf: null, deadlines: [{ obligation: 'acknowledge', dueAt: '2026-04-01T10:00:00.000Z' }] }),
  // r1: refused by the ratio check, goes on through the leader's exception, booked, its return note sent late (WR-2, WR-6);
  // r2: made from QA case q1's disposition, refused by QA's inspection (QA-6).
  ev(R1, 'warehouse-returns.ReturnRequestOpened', '2026-03-09T02:00:00.000Z', { returnRequestId: 'r1', customerId: 'C-1', reason: 'unsalable', source: { kind: 'after_sales' }, openedBy: 'ash-1', lines: [] }, { actor: ASH }),
  ev(R1, 'warehouse-returns.ReturnRequestRefused', '2026-03-09T03:00:00.000Z', { returnRequestId: 'r1', kind: 'ratio_check', explanation: 'over the limit 0.05' }, { actor: ASH }),
  ev(R1, 'warehouse-returns.StepSigned', '2026-03-09T04:00:00.000Z', { returnRequestId: 'r1', step: 'leader_exception' }, { actor: { id: 'gm-1', role: 'general_manager' } }),
  ev(R1, 'warehouse-returns.ReturnRequestApproved', '2026-03-10T02:00:00.000Z', { returnRequestId: 'r1' }, { actor: { id: 'bh-1', role: 'business_head' } }),
  ev(R1, 'warehouse-returns.InspectionRecorded', '2026-03-11T02:00:00.000Z', { returnRequestId: 'r1', verdict: 'signed' }, { actor: { id: 'qa-1', role: 'qa' } }),
  ev(R1, 'warehouse-returns.ReturnBookedIn', '2026-03-12T02:00:00.000Z', {
    returnRequestId: 'r1',
    receiptNoteNumber: 'RN-20260312-R1',
    lines: [{ lineId: 'L1', quantity: 2 }, { lineId: 'L2', quantity: 1 }],
    costsBorneBy: 'company',
    deadlines: [{ obligation: 'return_note', dueAt: '2026-03-13T04:00:00.000Z' }],
    calendarVersion: 'cal-2026.1',
  }, { actor: { id: 'wh-1', role: 'warehouse' } }),
  ev(R1, 'warehouse-returns.ReturnRequestDeadlineMissed', '2026-03-13T04:01:00.000Z', { returnRequestId: 'r1', obligation: 'return_note', dueAt: '2026-03-13T04:00:00.000Z' }, { actor: { id: 'scheduler', role: 'system' } }),
  ev(R1, 'warehouse-returns.ReturnNoteSent', '2026-03-14T02:00:00.000Z', { returnRequestId: 'r1', late: true }, { actor: ASH }),
  ev(R2, 'warehouse-returns.ReturnRequestOpened', '2026-03-20T02:00:00.000Z', { returnRequestId: 'r2', customerId: 'C-1', reason: 'quality', source: { kind: 'qa_disposition', caseId: 'q1' }, openedBy: 'warehouse-returns-qa', lines: [] }, { actor: { id: 'warehouse-returns-qa', role: 'system' } }),
  ev(R2, 'warehouse-returns.InspectionRecorded', '2026-03-25T02:00:00.000Z', { returnRequestId: 'r2', verdict: 'refused' }, { actor: { id: 'qa-1', role: 'qa' } }),
  ev(R2, 'warehouse-returns.ReturnRequestRefused', '2026-03-25T02:00:00.000Z', { returnRequestId: 'r2', kind: 'qa_inspection', explanation: 'customer damage: dropped in transit' }, { actor: { id: 'qa-1', role: 'qa' } }),
  // Another region's complaint: never in cn-east's evidence.
  ev('intake.complaint-x', 'intake.ComplaintRegistered', '2026-03-03T02:00:00.000Z', { complaintId: 'x', facts: { receivedAt: '2026-03-03T02:00:00.000Z' }, ownerId: 'cs-9', repeatOf: null, deadlines: [{ obligation: 'acknowledge', dueAt: '2026-03-03T10:00:00.000Z' }] }, { region: 'cn-north' }),
];

describe('AU-4, AU-5, AU-6 certification evidence from the complete record', () => {
  const facts = readRecord(record, AS_OF);

  it('AU-4 commitments due in the period and whether they were kept: acknowledgement, report-up, on-site arrival, follow-up', () => {
    const pack = evidencePack(facts, 'cn-east', MARCH, AS_OF, []);
    expect(pack.commitments.map((c) => [c.caseStream, c.kind, c.outcome])).toEqual([
      [W1, 'arrival', 'kept'],
      [C1, 'acknowledge', 'kept'],
      [C1, 'report_up', 'late'],
      [W1, 'follow_up', 'late'],
      [C2, 'acknowledge', 'missed'],
      [C2, 'report_up', 'cancelled'],
      [R1, 'return_note', 'late'],
      [W2, 'arrival', 'missed'],
    ]);
    // WR-6: the return note is the after-sales head's who entered the request.
    expect(pack.commitments.find((c) => c.kind === 'return_note')).toMatchObject({ context: 'warehouse-returns', responsibleId: 'ash-1', dueAt: '2026-03-13T04:00:00.000Z', metAt: '2026-03-14T02:00:00.000Z' });
    // A reassignment moves the due time and hands the arrival to the new technician and team.
    expect(pack.commitments.find((c) => c.caseStream === W2)).toMatchObject({ dueAt: '2026-03-16T04:00:00.000Z', responsibleId: 't-1', team: '华东服务站' });
    expect(pack.commitmentSummary.find((s) => s.kind === 'arrival')).toEqual({ kind: 'arrival', due: 2, kept: 1, late: 0, missed: 1, open: 0, cancelled: 0 });
  });

  it('AU-4 complaint handling records, satisfaction results, CAPA closure and the versions in force, for the region only', () => {
    const pack = evidencePack(facts, 'cn-east', MARCH, AS_OF, []);
    expect(pack.complaints.map((c) => [c.complaintId, c.status, c.repeat, c.acknowledgedAt, c.escalations])).toEqual([
      ['c1', 'closed', true, '2026-03-03T03:00:00.000Z', 1],
      ['c2', 'withdrawn', false, null, 0],
      ['c3', 'open', false, null, 0],
    ]);
    expect(pack.satisfaction.map((s) => [s.source, s.satisfaction, s.technicianId])).toEqual([
      ['sign_off', 5, 't-1'],
      ['follow_up', 2, 't-1'],
    ]);
    expect(pack.returns.map((r) => [r.returnRequestId, r.source, r.caseId, r.status, r.refusal?.kind ?? null, r.inspection, r.bookedQuantity, r.receiptNoteNumber])).toEqual([
      ['r1', 'after_sales', null, 'closed', null, 'signed', 3, 'RN-20260312-R1'],
      ['r2', 'qa_disposition', 'q1', 'refused', 'qa_inspection', 'refused', null, null],
    ]);
    expect(pack.returns[1].refusal?.explanation).toBe('customer damage: dropped in transit');
    expect(pack.capas).toEqual([expect.objectContaining({ capaId: 'k1', closedAt: '2026-03-27T00:00:00.000Z', closedOnTime: false, verifications: 1, passedVerifications: 1 })]);
    expect(pack.versions.map((v) => [v.context, v.kind, v.version])).toEqual([
      ['intake', 'calendar', 'cal-2026.1'],
      ['intake', 'policy', 'intake-policy/3'],
      ['qa', 'policy', 'qa-policy/2'],
      ['warehouse-returns', 'calendar', 'cal-2026.1'],
    ]);
    expect(evidencePack(facts, 'cn-north', MARCH, AS_OF, []).complaints.map((c) => c.complaintId)).toEqual(['x']);
  });

  it('AU-4 a commitment not yet due at the time of reading is open, and one due after the period is left out', () => {
    const early = readRecord(record, '2026-03-10T05:00:00.000Z');
    expect(evidencePack(early, 'cn-east', MARCH, '2026-03-10T05:00:00.000Z', []).commitments.find((c) => c.caseStream === C2 && c.kind === 'acknowledge')?.outcome).toBe('open');
    expect(evidencePack(facts, 'cn-east', MARCH, AS_OF, []).commitments.some((c) => c.caseStream === 'intake.complaint-c3')).toBe(false);
  });

  it('AU-5 disclosure: counts by period, region and kind, with no case id, person or customer in it', () => {
    const rows = disclosure(facts, 'cn-east', MARCH);
    expect(rows).toEqual([
      { period: '2026-03', region: 'cn-east', kind: 'acknowledge', due: 2, keptOnTime: 1, keptLate: 0, missed: 1, defectRate: 0.5 },
      { period: '2026-03', region: 'cn-east', kind: 'report_up', due: 2, keptOnTime: 0, keptLate: 1, missed: 0, defectRate: 1 },
      { period: '2026-03', region: 'cn-east', kind: 'arrival', due: 2, keptOnTime: 1, keptLate: 0, missed: 1, defectRate: 0.5 },
      { period: '2026-03', region: 'cn-east', kind: 'follow_up', due: 1, keptOnTime: 0, keptLate: 1, missed: 0, defectRate: 1 },
      { period: '2026-03', region: 'cn-east', kind: 'return_note', due: 1, keptOnTime: 0, keptLate: 1, missed: 0, defectRate: 1 },
    ]);
    const text = JSON.stringify(rows);
    for (const personal of ['cs-1', 't-1', 'ash-1', 'C-1', 'c1', 'w1', 'r1', '华东机械', '李四', '王师傅']) expect(text).not.toContain(personal);
  });

  it('AU-6 KPIs by region, team and person: timeliness, repeat rate, satisfaction, complaint rate, exchange ratio', () => {
    const rows = kpis(facts, 'cn-east', MARCH);
    const region = rows.find((r) => r.scope === 'region');
    expect(region).toEqual({
      scope: 'region',
      key: 'cn-east',
      timeliness: { numerator: 2, denominator: 7, rate: 0.2857 },
      repeatRate: { numerator: 1, denominator: 3, rate: 0.3333 },
      satisfaction: { scores: 2, mean: 3.5 },
      complaintRate: { numerator: 3, denominator: 2, rate: 1.5 },
      exchangeRatio: { numerator: 3, denominator: 100, rate: 0.03 },
    });
    expect(rows.find((r) => r.scope === 'team' && r.key === '华东服务站')).toMatchObject({ timeliness: { numerator: 1, denominator: 3 }, satisfaction: { scores: 2, mean: 3.5 }, complaintRate: { numerator: 1, denominator: 1, rate: 1 } });
    expect(rows.find((r) => r.scope === 'person' && r.key === 'cs-1')).toMatchObject({ timeliness: { numerator: 1, denominator: 2 }, repeatRate: { numerator: 1, denominator: 2, rate: 0.5 }, complaintRate: null });
    expect(rows.find((r) => r.scope === 'person' && r.key === 't-1')).toMatchObject({ timeliness: { numerator: 1, denominator: 3 }, satisfaction: { scores: 2, mean: 3.5 } });
    expect(rows.find((r) => r.scope === 'person' && r.key === 'ash-1')).toMatchObject({ timeliness: { numerator: 0, denominator: 1, rate: 0 } });
    expect(rows.filter((r) => r.scope === 'person').map((r) => r.key)).toEqual(['ash-1', 'cs-1', 'cs-2', 't-1']);
  });
});
