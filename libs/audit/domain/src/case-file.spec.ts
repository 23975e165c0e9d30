import { ObligationChange } from '@aftersales/eventsourcing';
import { CaseFileEntry, ObligationReader, caseFileTimeline } from './case-file';

/** A case across two contexts, as the archive holds it (positions in archive order). */
let position = 0;
const entry = (context: string, stream: string, type: string, occurredAt: string, data: Record<string, unknown>, actor = { id: 'cs-1', role: 'customer_service' }, policyVersion: string | null = null): CaseFileEntry => ({
  position: position++,
  context,
  sourcePosition: String(100 + position),
  event: { id: `e-${position}`, type, stream, occurredAt, actor, policyVersion, data },
});

const COMPLAINT = 'intake.complaint-c1';
const QA_CASE = 'qa.case-q1';

/** Obligation rules in the shape a context's aggregate hands them (here: a complaint's and a QA case's, simplified). */
const readers: ObligationReader[] = [
  {
    streamPrefix: 'intake.complaint-',
    changes: ({ event }): ObligationChange[] => {
      const d = event.data as { deadlines?: { obligation: string; dueAt: string }[]; obligation?: string };
      if (event.type === 'intake.ComplaintRegistered') return (d.deadlines ?? []).map((x) => ({ kind: 'open', obligation: x.obligation, dueAt: x.dueAt, responsibleId: 'cs-1' }));
      if (event.type === 'intake.ComplaintAcknowledged') return [{ kind: 'meet', obligation: 'acknowledge' }];
      if (event.type === 'intake.ComplaintEscalated') return [{ kind: 'meet', obligation: 'report_up' }];
      if (event.type === 'intake.DeadlineMissed') return [{ kind: 'miss', obligation: d.obligation as string }];
      if (event.type === 'intake.DeadlinesRecounted') return (d.deadlines ?? []).map((x) => ({ kind: 'reschedule', obligation: x.obligation, dueAt: x.dueAt }));
      if (event.type === 'intake.ComplaintClosed') return [{ kind: 'cancel_all' }];
      return [];
    },
  },
  {
    streamPrefix: 'qa.case-',
    changes: ({ event }): ObligationChange[] =>
      event.type === 'qa.QualityCaseOpened' ? [{ kind: 'open', obligation: 'qa_opinion', dueAt: (event.data as { dueAt: string }).dueAt }] : event.type === 'qa.OpinionRecorded' ? [{ kind: 'meet', obligation: 'qa_opinion', late: true }] : [],
  },
];

const record: CaseFileEntry[] = [
  entry(
    'intake',
    COMPLAINT,
    'intake.ComplaintRegistered',
    '2026-03-03T02:00:00.000Z',
    {
      deadlines: [
        { obligation: 'acknowledge', dueAt: '2026-03-03T10:00:00.000Z' },
        { obligation: 'report_up', dueAt: '2026-03-04T10:00:00.000Z' },
        { obligation: 'forward', dueAt: '2026-03-05T10:00:00.000Z' },
      ],
      calendarVersion: 'cn-east/2026.1',
    },
    { id: 'cs-1', role: 'customer_service' },
    'intake-policy/3',
  ),
  entry('qa', QA_CASE, 'qa.QualityCaseOpened', '2026-03-03T03:00:00.000Z', { dueAt: '2026-03-06T10:00:00.000Z', calendarVersion: 'cn-east/2026.1' }, { id: 'system', role: 'system' }, 'qa-policy/2'),
  entry('intake', COMPLAINT, 'intake.ComplaintAcknowledged', '2026-03-03T08:00:00.000Z', {}),
  entry('intake', COMPLAINT, 'intake.DeadlinesRecounted', '2026-03-03T09:00:00.000Z', { deadlines: [{ obligation: 'report_up', dueAt: '2026-03-04T12:00:00.000Z' }], calendarVersion: 'cn-east/2026.2' }, { id: 'system', role: 'system' }),
  entry('intake', COMPLAINT, 'intake.DeadlineMissed', '2026-03-04T12:00:00.000Z', { obligation: 'report_up' }, { id: 'system', role: 'system' }),
  entry('intake', COMPLAINT, 'intake.ComplaintEscalated', '2026-03-04T13:00:00.000Z', {}, { id: 'sup-1', role: 'supervisor' }),
  entry('qa', QA_CASE, 'qa.OpinionRecorded', '2026-03-07T01:00:00.000Z', {}, { id: 'qa-1', role: 'qa_engineer' }),
  entry('intake', COMPLAINT, 'intake.ComplaintClosed', '2026-03-08T01:00:00.000Z', {}, { id: 'cs-1', role: 'customer_service' }),
  entry('dispatch', 'dispatch.technician-t1', 'dispatch.TechnicianRegistered', '2026-03-08T02:00:00.000Z', {}, { id: 'admin-1', role: 'admin' }),
];

describe('the cross-context case file', () => {
  it('AU-1 lists every archived event of the case across contexts, in archive order, with actor, role, time and versions', () => {
    const file = caseFileTimeline(record, readers, '2026-04-01T00:00:00.000Z');
    expect(file.timeline.map((t) => t.position)).toEqual(record.map((e) => e.position));
    expect(file.summary.contexts).toEqual(['dispatch', 'intake', 'qa']);
    expect(file.timeline[0]).toMatchObject({
      context: 'intake',
      stream: COMPLAINT,
      eventId: 'e-1',
      type: 'intake.ComplaintRegistered',
      occurredAt: '2026-03-03T02:00:00.000Z',
      actor: { id: 'cs-1', role: 'customer_service' },
      policyVersion: 'intake-policy/3',
      calendarVersion: 'cn-east/2026.1',
      sourcePosition: '101',
    });
    expect(file.timeline[5].actor).toEqual({ id: 'sup-1', role: 'supervisor' });
    expect(file.versions).toEqual({ policy: ['intake-policy/3', 'qa-policy/2'], calendar: ['cn-east/2026.1', 'cn-east/2026.2'] });
  });

  it('AU-2 names each deadline met, met late, missed or cancelled, with the events that opened and settled it', () => {
    const file = caseFileTimeline(record, readers, '2026-04-01T00:00:00.000Z');
    const of = (obligation: string) => file.deadlines.find((d) => d.obligation === obligation);
    expect(of('acknowledge')).toMatchObject({ context: 'intake', state: 'met', dueAt: '2026-03-03T10:00:00.000Z', responsibleId: 'cs-1', openedBy: { eventId: 'e-1', position: 0 }, settledBy: { eventId: 'e-3', occurredAt: '2026-03-03T08:00:00.000Z' } });
    // Rescheduled by the recount, recorded missed, then met late: the miss stays visible in the timeline.
    expect(of('report_up')).toMatchObject({ state: 'met_late', dueAt: '2026-03-04T12:00:00.000Z', settledBy: { eventId: 'e-6' } });
    expect(file.timeline[3].deadlines).toEqual([{ obligation: 'report_up', effect: 'rescheduled', dueAt: '2026-03-04T12:00:00.000Z' }]);
    expect(file.timeline[4].deadlines).toEqual([{ obligation: 'report_up', effect: 'missed', dueAt: '2026-03-04T12:00:00.000Z' }]);
    expect(of('forward')).toMatchObject({ state: 'cancelled', settledBy: { eventId: 'e-8' }, overdue: false });
    expect(of('qa_opinion')).toMatchObject({ context: 'qa', stream: QA_CASE, state: 'met_late', settledBy: { eventId: 'e-7' } });
    expect(file.summary.deadlines).toEqual({ met: 1, metLate: 2, missed: 0, overdue: 0, open: 0, cancelled: 1 });
    // A stream no context's reader claims has no deadlines.
    expect(file.timeline[8].deadlines).toEqual([]);
  });

  it('AU-2 as of an instant: later events are left out and a deadline open past due is overdue though no miss is recorded', () => {
    const file = caseFileTimeline(record, readers, '2026-03-04T12:30:00.000Z');
    expect(file.timeline.map((t) => t.eventId)).toEqual(['e-1', 'e-2', 'e-3', 'e-4', 'e-5']);
    const of = (obligation: string) => file.deadlines.find((d) => d.obligation === obligation);
    expect(of('report_up')).toMatchObject({ state: 'missed', settledBy: { eventId: 'e-5' }, overdue: false });
    expect(of('qa_opinion')).toMatchObject({ state: 'open', overdue: false, settledBy: null });
    const later = caseFileTimeline(record.slice(0, 5), readers, '2026-03-06T10:00:00.000Z');
    expect(later.deadlines.find((d) => d.obligation === 'qa_opinion')).toMatchObject({ state: 'open', overdue: true });
    expect(later.summary.deadlines).toMatchObject({ missed: 1, overdue: 2, open: 0 });
  });
});
