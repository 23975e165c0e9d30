import { AUDIT } from './errors';
import { ARCHIVE_SCHEDULE_POLICY, expectedSubmissions } from './archive-schedule';
import { ArchiveSubmissionCommand, archiveSubmissionDecider, archiveSubmissionIdOf } from './archive-submission.decider';
import { errorOf, scenario, shanghai, single } from './testing-fixtures';

const ID = '0190f5c2-0000-7000-8000-0000000000e1';
/** March 2026's work orders: due by the end of 2 April in Shanghai (16:00 UTC). */
const [workOrders] = expectedSubmissions(ARCHIVE_SCHEDULE_POLICY, '2026-03-01', '2026-04-01').filter((e) => e.kind === 'work_orders');
const DUE = '2026-04-02T16:00:00.000Z';

const open: ArchiveSubmissionCommand = { type: 'Open', archiveSubmissionId: ID, region: 'cn-east', expected: workOrders, openedBy: 'admin-1', now: new Date('2026-03-01T00:00:00.000Z'), calendar: shanghai };
const submit = (now: string): ArchiveSubmissionCommand => ({ type: 'Submit', archiveSubmissionId: ID, submittedBy: 'clerk-1', document: { title: '3月派工单', reference: 'ARC-2026-03-WO' }, note: null, now: new Date(now) });
const missed = (now: string): ArchiveSubmissionCommand => ({ type: 'MarkDeadlineMissed', archiveSubmissionId: ID, obligation: 'submit', now: new Date(now) });

describe('AU-3 archive submission decider: expected per period, submitted once, a missing one flagged once', () => {
  const { given, when } = scenario(archiveSubmissionDecider);

  it('AU-3 opens an expected submission owing `submit` by the end of its due date in the region\'s zone, with the schedule version', () => {
    const opened = single(when([], open), 'audit.ArchiveSubmissionOpened');
    expect(opened.data).toMatchObject({
      archiveSubmissionId: ID,
      kind: 'work_orders',
      period: { key: '2026-03', start: '2026-03-01', end: '2026-04-01', dueOn: '2026-04-02' },
      scheduleVersion: ARCHIVE_SCHEDULE_POLICY.version,
      deadlines: [{ obligation: 'submit', dueAt: DUE }],
      calendarVersion: shanghai.version,
    });
    expect(given(open).state).toMatchObject({ status: 'expected', obligations: [{ obligation: 'submit', dueAt: DUE, state: 'open', responsibleId: 'admin-1' }] });
  });

  it('AU-3 refuses to open the same expected submission twice; its id derives from tenant, region, kind and period', () => {
    expect(errorOf(() => when([open], open))).toMatchObject({ code: AUDIT.ARCHIVE_SUBMISSION_EXISTS });
    expect(archiveSubmissionIdOf('acme', 'cn-east', workOrders)).toBe(archiveSubmissionIdOf('acme', 'cn-east', workOrders));
    expect(archiveSubmissionIdOf('acme', 'cn-east', workOrders)).not.toBe(archiveSubmissionIdOf('acme', 'cn-north', workOrders));
  });

  it('AU-3 records the submission (who, what, when), on time or late', () => {
    const onTime = single(when([open], submit('2026-04-02T15:00:00.000Z')), 'audit.ArchiveSubmissionSubmitted');
    expect(onTime.data).toEqual({ archiveSubmissionId: ID, submittedBy: 'clerk-1', submittedAt: '2026-04-02T15:00:00.000Z', document: { title: '3月派工单', reference: 'ARC-2026-03-WO' }, note: null, late: false });
    expect(single(when([open], submit('2026-04-02T16:00:00.001Z')), 'audit.ArchiveSubmissionSubmitted').data.late).toBe(true);
    expect(given(open, submit('2026-04-01T02:00:00.000Z')).state).toMatchObject({ status: 'submitted', obligations: [{ obligation: 'submit', state: 'met' }] });
  });

  it('AU-3 refuses a second submission, naming the state, and one for a submission the schedule never expected', () => {
    const refused = errorOf(() => when([open, submit('2026-04-01T02:00:00.000Z')], submit('2026-04-01T03:00:00.000Z')));
    expect(refused).toMatchObject({ code: AUDIT.ARCHIVE_SUBMISSION_IS.submitted, details: { status: 'submitted', command: 'submit' } });
    expect(errorOf(() => when([], submit('2026-04-01T02:00:00.000Z')))).toMatchObject({ code: AUDIT.ARCHIVE_SUBMISSION_NOT_FOUND });
  });

  it('AU-3 flags a missing submission once, with the same event id every time, never before its due time or after it was submitted; a late one is still accepted', () => {
    expect(when([open], missed('2026-04-02T15:59:59.000Z'))).toEqual([]);
    const first = single(when([open], missed('2026-04-03T01:00:00.000Z')), 'audit.ArchiveSubmissionDeadlineMissed');
    expect(first.data).toEqual({ archiveSubmissionId: ID, obligation: 'submit', dueAt: DUE, responsibleId: 'admin-1' });
    expect(when([open], missed('2026-04-04T01:00:00.000Z'))[0].id).toBe(first.id);
    expect(when([open, missed('2026-04-03T01:00:00.000Z')], missed('2026-04-04T01:00:00.000Z'))).toEqual([]);
    expect(when([open, submit('2026-04-01T02:00:00.000Z')], missed('2026-04-03T01:00:00.000Z'))).toEqual([]);
    expect(single(when([open, missed('2026-04-03T01:00:00.000Z')], submit('2026-04-05T01:00:00.000Z')), 'audit.ArchiveSubmissionSubmitted').data.late).toBe(true);
  });
});
