import { loadCalendarRegistry } from '@aftersales/calendar';
import { DomainError, InvalidStateError, NotFoundError, fold, latestRound } from '@aftersales/eventsourcing';
import { parseQaPolicy } from './policy';
import { CaseObligation, Department, Disposition } from './quality-case';
import { QualityCaseCommand, QualityCaseState, caseIdForComplaint, caseStream, qualityCaseDecider } from './quality-case.decider';
import { context, editedPolicyYaml, errorOf, scenario, shanghai, single, subject } from './testing-fixtures';

type Cmd = QualityCaseCommand;
type Of<T extends Cmd['type']> = Extract<Cmd, { type: T }>;
type Existing = Exclude<QualityCaseState, { status: 'none' }>;

const { given, when } = scenario(qualityCaseDecider);

const TENANT = 'tenant-a';
const COMPLAINT = '0190f5c2-0000-7000-8000-000000000001';
const CASE = caseIdForComplaint(TENANT, COMPLAINT);

// Fri 6 March 2026, 10:00 in Shanghai. Sat 7 and Sun 8 are the weekend.
const RECEIVED = '2026-03-06T02:00:00.000Z';
/** The end of Mon 9 March in Shanghai: the first working day after Friday's receipt. */
const END_OF_MON_9 = '2026-03-09T16:00:00.000Z';
/** The end of Tue 10 March in Shanghai: the second working day. */
const END_OF_TUE_10 = '2026-03-10T16:00:00.000Z';

const open = (extra: Partial<Of<'Open'>> = {}): Cmd => ({
  type: 'Open',
  caseId: CASE,
  source: { kind: 'complaint', complaintId: COMPLAINT },
  subject: subject(),
  severity: 'minor',
  receivedAt: RECEIVED,
  openedBy: 'process-manager',
  stakeholders: ['rep-1', 'cs-1'],
  context,
  ...extra,
});
const openSevere = open({ severity: 'severe' });
const changeSeverity = (severity: 'minor' | 'severe', reason = 'customer line stopped'): Cmd => ({ type: 'ChangeSeverity', caseId: CASE, severity, reason, context });
const recordOpinion = (now: string): Cmd => ({ type: 'RecordOpinion', caseId: CASE, opinion: 'winding insulation suspected', now: new Date(now) });
const instruct = (now: string, departments: Department[] = ['production']): Cmd => ({
  type: 'InstructDepartments',
  caseId: CASE,
  instructions: departments.map((department) => ({ department, instruction: `${department}: find the root cause` })),
  now: new Date(now),
  context,
});
const recordFindings = (department: Department, now: string): Cmd => ({
  type: 'RecordFindings',
  caseId: CASE,
  department,
  findings: 'varnish cure time shortened on line 3',
  solution: 'restore cure time',
  preventiveMeasures: 'interlock on the oven timer',
  evidenceRefs: ['att-7'],
  recordedBy: 'eng-1',
  now: new Date(now),
});
const determine = (extra: Partial<Of<'MakeDetermination'>> = {}): Cmd => ({
  type: 'MakeDetermination',
  caseId: CASE,
  responsibility: 'ours',
  ourCause: 'technical',
  summary: 'process parameter out of range',
  evidenceRefs: ['att-7'],
  explanationToCustomer: null,
  reason: null,
  context,
  ...extra,
});
const determineNotOurs = determine({ responsibility: 'customer_cause', ourCause: null, explanationToCustomer: '经检测，电机过热系超负荷使用所致。' });
const issueReport: Cmd = { type: 'IssuePreliminaryReport', caseId: CASE, summary: 'root cause not yet found', proposedDisposition: 'exchange' };
const approveReport: Cmd = { type: 'ReviewPreliminaryReport', caseId: CASE, approve: true, note: null, reviewer: 'gm-1' };
const rejectReport = (note: string | null): Cmd => ({ type: 'ReviewPreliminaryReport', caseId: CASE, approve: false, note, reviewer: 'gm-1' });
const dispose = (disposition: Disposition = 'exchange'): Cmd => ({ type: 'DecideDisposition', caseId: CASE, disposition, note: null });
const linkCapa = (capaId = 'capa-1'): Cmd => ({ type: 'LinkCapa', caseId: CASE, capaId });
const close: Cmd = { type: 'Close', caseId: CASE, summary: 'motor exchanged, cure time restored' };
const cancel: Cmd = { type: 'Cancel', caseId: CASE, reason: 'complaint withdrawn' };
const markMissed = (obligation: CaseObligation, now: string): Cmd => ({ type: 'MarkDeadlineMissed', caseId: CASE, obligation, now: new Date(now) });

const stateOf = (...history: Cmd[]): Existing => {
  const { state } = given(...history);
  if (state.status === 'none') throw new Error('expected the case to exist');
  return state;
};

describe('quality case decider', () => {
  describe('Open', () => {
    it('QA-1 opens the case with its source, subject, receipt and the policy and calendar it was decided with', () => {
      const opened = single(when([], open()), 'qa.QualityCaseOpened');
      expect(opened.policyVersion).toBe('qa-default@2026.1');
      expect(opened.data).toEqual({
        caseId: CASE,
        source: { kind: 'complaint', complaintId: COMPLAINT },
        subject: subject(),
        severity: 'minor',
        receivedAt: RECEIVED,
        openedBy: 'process-manager',
        stakeholders: ['rep-1', 'cs-1'],
        deadlines: [{ obligation: 'qa_opinion', dueAt: END_OF_MON_9 }],
        calendarVersion: shanghai.version,
        policyDigest: 'sha256:test',
      });
      expect(stateOf(open()).status).toBe('open');
    });

    it('QA-3 minor: QA opinion due at the end of the first working day after receipt (Friday → Monday, not Saturday)', () => {
      const opened = single(when([], open()), 'qa.QualityCaseOpened');
      expect(opened.data.deadlines).toEqual([{ obligation: 'qa_opinion', dueAt: END_OF_MON_9 }]);
    });

    it('QA-3 severe: QA initial opinion due at the end of the second working day after receipt (Friday → Tuesday)', () => {
      const opened = single(when([], openSevere), 'qa.QualityCaseOpened');
      expect(opened.data.deadlines).toEqual([{ obligation: 'qa_opinion', dueAt: END_OF_TUE_10 }]);
    });

    it('QA-3 the day of receipt is the local day in Shanghai: Fri 01:00 local (Thu 17:00 UTC) counts from Friday', () => {
      const opened = single(when([], open({ receivedAt: '2026-03-05T17:00:00.000Z' })), 'qa.QualityCaseOpened');
      expect(opened.data.deadlines).toEqual([{ obligation: 'qa_opinion', dueAt: END_OF_MON_9 }]);
    });

    it('QA-3 public holidays are not working days: received Wed 30 Sep, National Day 1–7 Oct', () => {
      const receivedAt = '2026-09-30T02:00:00.000Z';
      expect(single(when([], open({ receivedAt })), 'qa.QualityCaseOpened').data.deadlines).toEqual([
        { obligation: 'qa_opinion', dueAt: '2026-10-08T16:00:00.000Z' },
      ]);
      expect(single(when([], open({ receivedAt, severity: 'severe' })), 'qa.QualityCaseOpened').data.deadlines).toEqual([
        { obligation: 'qa_opinion', dueAt: '2026-10-09T16:00:00.000Z' },
      ]);
    });

    it('QA-3 a make-up working day (调休) counts: received Fri 13 Feb, Sat 14 Feb is worked, 15–23 Feb is Spring Festival', () => {
      const receivedAt = '2026-02-13T02:00:00.000Z';
      expect(single(when([], open({ receivedAt })), 'qa.QualityCaseOpened').data.deadlines).toEqual([
        { obligation: 'qa_opinion', dueAt: '2026-02-14T16:00:00.000Z' },
      ]);
      expect(single(when([], open({ receivedAt, severity: 'severe' })), 'qa.QualityCaseOpened').data.deadlines).toEqual([
        { obligation: 'qa_opinion', dueAt: '2026-02-24T16:00:00.000Z' },
      ]);
    });

    it('QA-3 the working days come from the policy, and the event names that policy', () => {
      const slower = parseQaPolicy(
        editedPolicyYaml('minor: { opinionWorkingDays: 1,', 'minor: { opinionWorkingDays: 3,').replace('version: "2026.1"', 'version: "2026.2"'),
        'slower',
      );
      const opened = single(when([], open({ context: { policy: slower, policyDigest: 'sha256:slower', calendar: shanghai } })), 'qa.QualityCaseOpened');
      // Mon 9, Tue 10, Wed 11.
      expect(opened.data.deadlines).toEqual([{ obligation: 'qa_opinion', dueAt: '2026-03-11T16:00:00.000Z' }]);
      expect(opened.policyVersion).toBe('qa-default@2026.2');
      expect(opened.data.policyDigest).toBe('sha256:slower');
    });

    it('a case opened before QA recorded the policy digest folds as it always did', () => {
      const { events } = given(open(), changeSeverity('severe'));
      const older = events.map((e) => {
        const { policyDigest: _digest, ...data } = e.data as typeof e.data & { policyDigest?: string };
        return { ...e, data } as typeof e;
      });
      expect(older.some((e) => 'policyDigest' in e.data)).toBe(false);
      expect(fold(qualityCaseDecider, older)).toEqual(fold(qualityCaseDecider, events));
    });

    it('QA-1 the same complaint delivered again opens nothing more', () => {
      expect(when([open()], open())).toEqual([]);
      expect(when([open()], open({ severity: 'severe', receivedAt: '2026-03-07T02:00:00.000Z' }))).toEqual([]);
    });

    it('QA-1 another source on an existing case id is refused with QA.CASE_EXISTS', () => {
      const other = errorOf(() => when([open()], open({ source: { kind: 'complaint', complaintId: 'another-complaint' } })));
      expect(other).toBeInstanceOf(InvalidStateError);
      expect(other.code).toBe('QA.CASE_EXISTS');
      expect(errorOf(() => when([open()], open({ source: { kind: 'feedback_form', formRef: 'QF-1' } }))).code).toBe('QA.CASE_EXISTS');
    });

    it('QA-1 a feedback form entered twice under one case id is refused: only complaints are deduplicated', () => {
      const form = open({ source: { kind: 'feedback_form', formRef: 'QF-1' } });
      expect(single(when([], form), 'qa.QualityCaseOpened').data.source).toEqual({ kind: 'feedback_form', formRef: 'QF-1' });
      expect(errorOf(() => when([form], form)).code).toBe('QA.CASE_EXISTS');
    });
  });

  describe('caseIdForComplaint', () => {
    it('QA-1 is deterministic: the same tenant and complaint always give the same UUID', () => {
      const id = caseIdForComplaint('tenant-a', COMPLAINT);
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(caseIdForComplaint('tenant-a', COMPLAINT)).toBe(id);
    });

    it('QA-1 is tenant-specific and complaint-specific', () => {
      const id = caseIdForComplaint('tenant-a', COMPLAINT);
      expect(caseIdForComplaint('tenant-b', COMPLAINT)).not.toBe(id);
      expect(caseIdForComplaint('tenant-a', '0190f5c2-0000-7000-8000-000000000002')).not.toBe(id);
      expect(caseIdForComplaint('tenant-a', COMPLAINT)).not.toBe(COMPLAINT);
    });
  });

  describe('ChangeSeverity', () => {
    it('QA-3 a solution still owed is recounted from the instruction by the new severity (policy where they differ)', () => {
      const faster = parseQaPolicy(editedPolicyYaml('severe: { opinionWorkingDays: 2, solutionWorkingDays: 2 }', 'severe: { opinionWorkingDays: 2, solutionWorkingDays: 1 }'), 'faster');
      const ctx = { policy: faster, policyDigest: 'sha256:faster', calendar: shanghai };
      // Instructed Thu 12 March 11:00 (minor: 2 working days → end of Mon 16); severe: 1 → end of Fri 13.
      const history: Cmd[] = [open({ context: ctx }), { ...instruct('2026-03-12T03:00:00.000Z'), context: ctx } as Cmd];
      const changed = single(when(history, { type: 'ChangeSeverity', caseId: CASE, severity: 'severe', reason: 'line stopped', context: ctx }), 'qa.SeverityChanged');
      expect(changed.data.rescheduled).toContainEqual({ obligation: 'solution:production', dueAt: '2026-03-13T16:00:00.000Z' });
      expect(changed.data.policyDigest).toBe('sha256:faster');
    });

    it('QA-3 minor → severe moves the open opinion deadline to the second working day after receipt', () => {
      const changed = single(when([open()], changeSeverity('severe')), 'qa.SeverityChanged');
      expect(changed.data).toEqual({
        caseId: CASE,
        complaintId: COMPLAINT,
        from: 'minor',
        to: 'severe',
        reason: 'customer line stopped',
        rescheduled: [{ obligation: 'qa_opinion', dueAt: END_OF_TUE_10 }],
        capaRequired: false,
        policyDigest: 'sha256:test',
      });
      expect(changed.policyVersion).toBe('qa-default@2026.1');
      const state = stateOf(open(), changeSeverity('severe'));
      expect(state.severity).toBe('severe');
      expect(latestRound(state.obligations, 'qa_opinion')).toMatchObject({ dueAt: END_OF_TUE_10, state: 'open' });
    });

    it('QA-3 severe → minor brings the opinion deadline forward to the first working day', () => {
      const changed = single(when([openSevere], changeSeverity('minor')), 'qa.SeverityChanged');
      expect(changed.data.rescheduled).toEqual([{ obligation: 'qa_opinion', dueAt: END_OF_MON_9 }]);
    });

    it('QA-3 the rescheduled deadline is the one the scheduler checks: not missed at the old due time', () => {
      expect(when([open(), changeSeverity('severe')], markMissed('qa_opinion', END_OF_MON_9))).toEqual([]);
      expect(single(when([open(), changeSeverity('severe')], markMissed('qa_opinion', END_OF_TUE_10)), 'qa.DeadlineMissed').data.dueAt).toBe(END_OF_TUE_10);
    });

    it('QA-3 an opinion already given or already missed is not rescheduled', () => {
      const given = single(when([open(), recordOpinion('2026-03-09T01:00:00.000Z')], changeSeverity('severe')), 'qa.SeverityChanged');
      expect(given.data.rescheduled).toEqual([]);
      const missed = single(when([open(), markMissed('qa_opinion', END_OF_MON_9)], changeSeverity('severe')), 'qa.SeverityChanged');
      expect(missed.data.rescheduled).toEqual([]);
    });

    it('refuses the severity the case already has', () => {
      const err = errorOf(() => when([open()], changeSeverity('minor')));
      expect(err).toBeInstanceOf(InvalidStateError);
      expect(err.code).toBe('QA.SEVERITY_UNCHANGED');
    });

    it('QA-4 raising a case determined ours to severe makes CAPA required, and lowering it drops the requirement', () => {
      const raised = single(when([open(), determine()], changeSeverity('severe')), 'qa.SeverityChanged');
      expect(raised.data.capaRequired).toBe(true);
      expect(stateOf(open(), determine(), changeSeverity('severe')).capaRequired).toBe(true);
      const lowered = single(when([openSevere, determine()], changeSeverity('minor')), 'qa.SeverityChanged');
      expect(lowered.data.capaRequired).toBe(false);
    });

    it('QA-4 raising a case determined not ours to severe does not require CAPA', () => {
      expect(single(when([open(), determineNotOurs], changeSeverity('severe')), 'qa.SeverityChanged').data.capaRequired).toBe(false);
    });
  });

  describe('RecountDeadlines', () => {
    it('QA-3 running deadlines keep their calendar version until an administrator has them recounted on a year published since (ADR 013)', () => {
      const registry = loadCalendarRegistry();
      const before = { ...context, calendar: registry.forRegion('cn-east') };
      // Received Thu 31 Dec 2026, 10:00 in Shanghai; minor: the opinion within 1 working day. Without 2027 data, Fri 1 Jan counts as one.
      const opened = open({ receivedAt: '2026-12-31T02:00:00.000Z', context: before });
      // Instructed on Thu 31 Dec too: the solution within 2 working days (Fri 1, Mon 4 without the data).
      const instructed = { ...instruct('2026-12-31T03:00:00.000Z'), context: before } as Cmd;
      expect(latestRound(stateOf(opened).obligations, 'qa_opinion')?.dueAt).toBe('2027-01-01T16:00:00.000Z');

      // Test data shaped like the 2027 notice (New Year's Day with the weekend), not the notice.
      registry.publish({ target: 'cn', year: 2027, revision: 1, holidays: ['2027-01-01', '2027-01-02', '2027-01-03'].map((date) => ({ date, name: "New Year's Day" })), workdays: [], source: 'test' });
      const after = { ...context, calendar: registry.forRegion('cn-east') };
      const recount: Cmd = { type: 'RecountDeadlines', caseId: CASE, reason: 'the 2027 holidays were published', context: after };

      const recounted = single(when([opened, instructed], recount), 'qa.DeadlinesRecounted');
      expect(recounted.data).toEqual({
        caseId: CASE,
        complaintId: COMPLAINT,
        deadlines: [
          { obligation: 'qa_opinion', dueAt: '2027-01-04T16:00:00.000Z', previousDueAt: '2027-01-01T16:00:00.000Z' },
          { obligation: 'solution:production', dueAt: '2027-01-05T16:00:00.000Z', previousDueAt: '2027-01-04T16:00:00.000Z' },
        ],
        calendarVersion: `${before.calendar.version}+cn/2027@1`,
        previousCalendarVersion: before.calendar.version,
        reason: 'the 2027 holidays were published',
        policyDigest: 'sha256:test',
      });
      const state = stateOf(opened, instructed, recount);
      expect(latestRound(state.obligations, 'qa_opinion')).toMatchObject({ dueAt: '2027-01-04T16:00:00.000Z', state: 'open' });
      expect(state.deadlinesCalendarVersion).toBe(`${before.calendar.version}+cn/2027@1`);
      // The scheduler checks the recounted time: nothing is missed at the old one.
      expect(when([opened, instructed, recount], markMissed('qa_opinion', '2027-01-01T16:00:00.000Z'))).toEqual([]);
    });

    it('QA-3 counts again only what is still owed: an opinion given is left as it was', () => {
      const recounted = single(when([open(), recordOpinion('2026-03-09T01:00:00.000Z')], { type: 'RecountDeadlines', caseId: CASE, reason: 'check', context }), 'qa.DeadlinesRecounted');
      expect(recounted.data.deadlines).toEqual([]);
      expect(recounted.data.calendarVersion).toBe(recounted.data.previousCalendarVersion);
    });

    it('refuses a case that ended (nothing runs there any more)', () => {
      const err = errorOf(() => when([open(), cancel], { type: 'RecountDeadlines', caseId: CASE, reason: 'check', context }));
      expect(err.code).toBe('QA.CASE_IS_CANCELLED');
    });
  });

  describe('RecordOpinion', () => {
    it('QA-3 an opinion before the deadline is on time, meets the obligation and starts the analysis', () => {
      const recorded = single(when([open()], recordOpinion('2026-03-09T15:59:59.999Z')), 'qa.OpinionRecorded');
      expect(recorded.data).toEqual({ caseId: CASE, opinion: 'winding insulation suspected', late: false });
      const state = stateOf(open(), recordOpinion('2026-03-09T15:59:59.999Z'));
      expect(state.status).toBe('analysing');
      expect(state.opinion).toBe(true);
      expect(latestRound(state.obligations, 'qa_opinion')?.state).toBe('met');
    });

    it('QA-3 an opinion at the deadline instant is late (the end of the day is exclusive)', () => {
      expect(single(when([open()], recordOpinion(END_OF_MON_9)), 'qa.OpinionRecorded').data.late).toBe(true);
    });

    it('QA-3 an opinion given on Saturday for a Friday minor case is on time, since Saturday is not a working day', () => {
      expect(single(when([open()], recordOpinion('2026-03-07T08:00:00.000Z')), 'qa.OpinionRecorded').data.late).toBe(false);
    });

    it('QA-3 an opinion after the scheduler recorded the miss is late', () => {
      expect(single(when([open(), markMissed('qa_opinion', END_OF_MON_9)], recordOpinion('2026-03-09T16:30:00.000Z')), 'qa.OpinionRecorded').data.late).toBe(true);
    });
  });

  describe('InstructDepartments', () => {
    // Thu 12 March 2026, 11:00 in Shanghai: six days after receipt.
    const INSTRUCTED = '2026-03-12T03:00:00.000Z';
    /** Fri 13 and Mon 16 are the two working days after Thursday's instruction. */
    const END_OF_MON_16 = '2026-03-16T16:00:00.000Z';

    it('QA-3 each instructed department owes its written solution 2 working days after the instruction, not after receipt', () => {
      const instructed = single(when([open(), recordOpinion(RECEIVED)], instruct(INSTRUCTED, ['production', 'engineering'])), 'qa.DepartmentsInstructed');
      expect(instructed.policyVersion).toBe('qa-default@2026.1');
      expect(instructed.data).toEqual({
        caseId: CASE,
        instructions: [
          { department: 'production', instruction: 'production: find the root cause' },
          { department: 'engineering', instruction: 'engineering: find the root cause' },
        ],
        instructedAt: INSTRUCTED,
        deadlines: [
          { obligation: 'solution:production', dueAt: END_OF_MON_16 },
          { obligation: 'solution:engineering', dueAt: END_OF_MON_16 },
        ],
        policyDigest: 'sha256:test',
      });
      const state = stateOf(open(), instruct(INSTRUCTED, ['production', 'engineering']));
      expect(state.status).toBe('analysing');
      expect(latestRound(state.obligations, 'solution:engineering')).toMatchObject({ dueAt: END_OF_MON_16, state: 'open' });
      expect(state.instructedAt['solution:engineering']).toBe(INSTRUCTED);
    });

    it('QA-3 the instruction day is the local day: Fri 01:00 in Shanghai (Thu 17:00 UTC) counts from Friday', () => {
      const instructed = single(when([open()], instruct('2026-03-12T17:00:00.000Z')), 'qa.DepartmentsInstructed');
      // Mon 16, Tue 17.
      expect(instructed.data.deadlines).toEqual([{ obligation: 'solution:production', dueAt: '2026-03-17T16:00:00.000Z' }]);
    });

    it('QA-3 a department instructed again owes a new solution by the new due time', () => {
      const history = [open(), instruct(INSTRUCTED), recordFindings('production', '2026-03-13T03:00:00.000Z'), instruct('2026-03-17T03:00:00.000Z')];
      // Tue 17 → Wed 18, Thu 19.
      expect(latestRound(stateOf(...history).obligations, 'solution:production')).toMatchObject({ dueAt: '2026-03-19T16:00:00.000Z', state: 'open' });
      expect(stateOf(...history).instructedAt['solution:production']).toBe('2026-03-17T03:00:00.000Z');
      expect(single(when(history, markMissed('solution:production', '2026-03-19T16:00:00.000Z')), 'qa.DeadlineMissed').data.dueAt).toBe(
        '2026-03-19T16:00:00.000Z',
      );
    });
  });

  describe('RecordFindings', () => {
    const INSTRUCTED = '2026-03-12T03:00:00.000Z';
    const SOLUTION_DUE = '2026-03-16T16:00:00.000Z';

    it('QA-2 records the department’s findings, solution and preventive measures, on time before the due time', () => {
      const recorded = single(when([open(), instruct(INSTRUCTED)], recordFindings('production', '2026-03-16T15:59:59.999Z')), 'qa.DepartmentFindingsRecorded');
      expect(recorded.data).toEqual({
        caseId: CASE,
        department: 'production',
        findings: 'varnish cure time shortened on line 3',
        solution: 'restore cure time',
        preventiveMeasures: 'interlock on the oven timer',
        evidenceRefs: ['att-7'],
        recordedBy: 'eng-1',
        late: false,
      });
      expect(latestRound(stateOf(open(), instruct(INSTRUCTED), recordFindings('production', '2026-03-16T15:59:59.999Z')).obligations, 'solution:production')?.state).toBe('met');
    });

    it('QA-3 findings at or after the due time are late', () => {
      expect(single(when([open(), instruct(INSTRUCTED)], recordFindings('production', SOLUTION_DUE)), 'qa.DepartmentFindingsRecorded').data.late).toBe(true);
    });

    it('QA-3 findings from a department that was not instructed owe nothing and are never late', () => {
      expect(single(when([open(), instruct(INSTRUCTED)], recordFindings('engineering', '2026-04-30T00:00:00.000Z')), 'qa.DepartmentFindingsRecorded').data.late).toBe(false);
    });

    it('QA-3 more findings after the solution was delivered are not late', () => {
      const history = [open(), instruct(INSTRUCTED), recordFindings('production', '2026-03-13T03:00:00.000Z')];
      expect(single(when(history, recordFindings('production', '2026-03-20T03:00:00.000Z')), 'qa.DepartmentFindingsRecorded').data.late).toBe(false);
    });
  });

  describe('MakeDetermination', () => {
    it('QA-2 ours names the kind of cause and is recorded with its evidence', () => {
      const made = single(when([open()], determine({ ourCause: 'production_equipment' })), 'qa.DeterminationMade');
      expect(made.policyVersion).toBe('qa-default@2026.1');
      expect(made.data).toEqual({
        caseId: CASE,
        complaintId: COMPLAINT,
        responsibility: 'ours',
        ourCause: 'production_equipment',
        summary: 'process parameter out of range',
        evidenceRefs: ['att-7'],
        explanationToCustomer: null,
        capaRequired: false,
        previous: null,
        reason: null,
        policyDigest: 'sha256:test',
      });
      const state = stateOf(open(), determine());
      expect(state.status).toBe('determined');
      expect(state.responsibility).toBe('ours');
    });

    it('QA-2 ours without the kind of cause is refused with QA.OUR_CAUSE_REQUIRED', () => {
      const err = errorOf(() => when([open()], determine({ ourCause: null })));
      expect(err).toBeInstanceOf(DomainError);
      expect(err.code).toBe('QA.OUR_CAUSE_REQUIRED');
      expect(err.details).toEqual({ field: 'ourCause' });
    });

    it('QA-2 a kind of our cause on a cause that is not ours is refused', () => {
      expect(errorOf(() => when([open()], determine({ responsibility: 'human_factor', ourCause: 'management', explanationToCustomer: 'x' }))).code).toBe(
        'QA.OUR_CAUSE_NOT_APPLICABLE',
      );
    });

    it.each(['human_factor', 'customer_cause', 'not_our_product'] as const)('QA-2 %s needs the written explanation for the customer', (responsibility) => {
      for (const explanationToCustomer of [null, '']) {
        const err = errorOf(() => when([open()], determine({ responsibility, ourCause: null, explanationToCustomer })));
        expect(err.code).toBe('QA.EXPLANATION_REQUIRED');
        expect(err.details).toEqual({ field: 'explanationToCustomer' });
      }
      const made = single(when([open()], determine({ responsibility, ourCause: null, explanationToCustomer: '说明' })), 'qa.DeterminationMade');
      expect(made.data).toMatchObject({ responsibility, ourCause: null, explanationToCustomer: '说明', capaRequired: false });
    });

    it('QA-2 a determination without evidence is refused with QA.EVIDENCE_REQUIRED', () => {
      expect(errorOf(() => when([open()], determine({ evidenceRefs: [] }))).code).toBe('QA.EVIDENCE_REQUIRED');
      expect(errorOf(() => when([open()], { ...determineNotOurs, evidenceRefs: [] } as Cmd)).code).toBe('QA.EVIDENCE_REQUIRED');
    });

    it('changing a determination needs a reason, and records what it was before', () => {
      expect(errorOf(() => when([open(), determine()], determineNotOurs)).code).toBe('QA.REASON_REQUIRED');
      expect(errorOf(() => when([open(), determine()], { ...determineNotOurs, reason: '' } as Cmd)).code).toBe('QA.REASON_REQUIRED');
      const changed = single(when([open(), determine()], { ...determineNotOurs, reason: 'lab retest found overload marks' } as Cmd), 'qa.DeterminationMade');
      expect(changed.data).toMatchObject({ responsibility: 'customer_cause', previous: 'ours', reason: 'lab retest found overload marks' });
      expect(stateOf(open(), determine(), { ...determineNotOurs, reason: 'retest' } as Cmd).responsibility).toBe('customer_cause');
    });

    it('QA-4 ours and severe: CAPA required', () => {
      expect(single(when([openSevere], determine()), 'qa.DeterminationMade').data.capaRequired).toBe(true);
      expect(stateOf(openSevere, determine()).capaRequired).toBe(true);
    });

    it('QA-4 ours and minor: no CAPA required (QA records and notifies)', () => {
      expect(single(when([open()], determine()), 'qa.DeterminationMade').data.capaRequired).toBe(false);
    });

    it('QA-4 severe but not ours: no CAPA required', () => {
      expect(single(when([openSevere], determineNotOurs), 'qa.DeterminationMade').data.capaRequired).toBe(false);
    });

    it('QA-4 a severe case re-determined from ours to not ours no longer requires CAPA', () => {
      const state = stateOf(openSevere, determine(), { ...determineNotOurs, reason: 'retest' } as Cmd);
      expect(state.capaRequired).toBe(false);
    });
  });

  describe('QA-3 preliminary report for the general manager', () => {
    it('QA-3 a severe, undetermined case may issue one', () => {
      const issued = single(when([openSevere], issueReport), 'qa.PreliminaryReportIssued');
      expect(issued.data).toEqual({ caseId: CASE, summary: 'root cause not yet found', proposedDisposition: 'exchange' });
      expect(stateOf(openSevere, issueReport).preliminaryReport).toBe('pending');
    });

    it('QA-3 refused for a minor case', () => {
      const err = errorOf(() => when([open()], issueReport));
      expect(err).toBeInstanceOf(InvalidStateError);
      expect(err.code).toBe('QA.PRELIMINARY_REPORT_SEVERE_ONLY');
    });

    it('QA-3 refused once the root cause is determined', () => {
      expect(errorOf(() => when([openSevere, determine()], issueReport)).code).toBe('QA.ALREADY_DETERMINED');
    });

    it('QA-3 refused while one is pending or after one was approved; allowed again after a rejection', () => {
      expect(errorOf(() => when([openSevere, issueReport], issueReport)).code).toBe('QA.PRELIMINARY_REPORT_PENDING');
      expect(errorOf(() => when([openSevere, issueReport, approveReport], issueReport)).code).toBe('QA.PRELIMINARY_REPORT_APPROVED');
      expect(single(when([openSevere, issueReport, rejectReport('exchange is too costly')], issueReport), 'qa.PreliminaryReportIssued').data.caseId).toBe(CASE);
    });

    it('QA-3 the general manager approves it', () => {
      const approved = single(when([openSevere, issueReport], approveReport), 'qa.PreliminaryReportApproved');
      expect(approved.data).toEqual({ caseId: CASE, approvedBy: 'gm-1', note: null });
      expect(stateOf(openSevere, issueReport, approveReport).preliminaryReport).toBe('approved');
    });

    it('QA-3 a rejection needs a note saying why', () => {
      expect(errorOf(() => when([openSevere, issueReport], rejectReport(null))).code).toBe('QA.REASON_REQUIRED');
      expect(errorOf(() => when([openSevere, issueReport], rejectReport(''))).code).toBe('QA.REASON_REQUIRED');
      const rejected = single(when([openSevere, issueReport], rejectReport('exchange is too costly')), 'qa.PreliminaryReportRejected');
      expect(rejected.data).toEqual({ caseId: CASE, rejectedBy: 'gm-1', note: 'exchange is too costly' });
      expect(stateOf(openSevere, issueReport, rejectReport('no')).preliminaryReport).toBe('rejected');
    });

    it('QA-3 there is nothing to review without a pending report', () => {
      expect(errorOf(() => when([openSevere], approveReport)).code).toBe('QA.NO_PRELIMINARY_REPORT_PENDING');
      expect(errorOf(() => when([openSevere, issueReport, approveReport], approveReport)).code).toBe('QA.NO_PRELIMINARY_REPORT_PENDING');
    });
  });

  describe('DecideDisposition', () => {
    it('QA-5 follows the determination and carries the customer and product', () => {
      const decided = single(when([open(), determine()], dispose('on_site_repair')), 'qa.DispositionDecided');
      expect(decided.data).toEqual({
        caseId: CASE,
        complaintId: COMPLAINT,
        customerId: 'cust-1',
        product: subject().product,
        disposition: 'on_site_repair',
        note: null,
        interim: false,
      });
      expect(stateOf(open(), determine(), dispose('refund')).disposition).toBe('refund');
    });

    it('QA-5 refused before the determination with QA.DETERMINATION_REQUIRED', () => {
      const err = errorOf(() => when([open()], dispose()));
      expect(err).toBeInstanceOf(InvalidStateError);
      expect(err.code).toBe('QA.DETERMINATION_REQUIRED');
    });

    it('QA-3 refused while the preliminary report is pending or after it was rejected', () => {
      expect(errorOf(() => when([openSevere, issueReport], dispose())).code).toBe('QA.DETERMINATION_REQUIRED');
      expect(errorOf(() => when([openSevere, issueReport, rejectReport('no')], dispose())).code).toBe('QA.DETERMINATION_REQUIRED');
    });

    it('QA-3 with an approved preliminary report the customer is served first: the disposition is interim', () => {
      const decided = single(when([openSevere, issueReport, approveReport], dispose('exchange')), 'qa.DispositionDecided');
      expect(decided.data).toMatchObject({ disposition: 'exchange', interim: true });
    });
  });

  describe('Close', () => {
    it('refused without a determination (QA-2)', () => {
      expect(errorOf(() => when([openSevere, issueReport, approveReport, dispose()], close)).code).toBe('QA.DETERMINATION_REQUIRED');
    });

    it('refused without a disposition (QA-5)', () => {
      const err = errorOf(() => when([open(), determine()], close));
      expect(err).toBeInstanceOf(InvalidStateError);
      expect(err.code).toBe('QA.DISPOSITION_REQUIRED');
    });

    it('QA-4 ours and severe: refused until a CAPA is linked, then closes', () => {
      const history = [openSevere, determine(), dispose()];
      expect(errorOf(() => when(history, close)).code).toBe('QA.CAPA_REQUIRED');
      const closed = single(when([...history, linkCapa()], close), 'qa.QualityCaseClosed');
      expect(closed.data).toEqual({ caseId: CASE, complaintId: COMPLAINT, summary: 'motor exchanged, cure time restored' });
      expect(stateOf(...history, linkCapa(), close).status).toBe('closed');
    });

    it('QA-4 ours and minor: closes without a CAPA', () => {
      expect(single(when([open(), determine(), dispose()], close), 'qa.QualityCaseClosed').data.caseId).toBe(CASE);
    });

    it('QA-3 an interim disposition on an approved preliminary report closes once the root cause is determined', () => {
      const history = [openSevere, issueReport, approveReport, dispose(), determineNotOurs];
      expect(single(when(history, close), 'qa.QualityCaseClosed').data.caseId).toBe(CASE);
    });

    it('a case from a feedback form closes with no complaint id', () => {
      const form = open({ source: { kind: 'feedback_form', formRef: null } });
      expect(single(when([form, determine(), dispose()], close), 'qa.QualityCaseClosed').data.complaintId).toBeNull();
    });
  });

  describe('LinkCapa', () => {
    it('QA-4 links a CAPA once; the same CAPA again is a no-op', () => {
      expect(single(when([openSevere, determine()], linkCapa('capa-1')), 'qa.CapaLinked').data).toEqual({ caseId: CASE, capaId: 'capa-1' });
      expect(when([openSevere, determine(), linkCapa('capa-1')], linkCapa('capa-1'))).toEqual([]);
      expect(stateOf(openSevere, determine(), linkCapa('capa-1'), linkCapa('capa-2')).capaIds).toEqual(['capa-1', 'capa-2']);
    });

    it('refused on a cancelled case', () => {
      const err = errorOf(() => when([open(), cancel], linkCapa()));
      expect(err).toBeInstanceOf(InvalidStateError);
      expect(err.code).toBe('QA.CASE_IS_CANCELLED');
    });

    it('QA-4 a CAPA opened after the case closed may still be linked to it', () => {
      expect(single(when([open(), determine(), dispose(), close], linkCapa()), 'qa.CapaLinked').data.capaId).toBe('capa-1');
    });
  });

  describe('Cancel', () => {
    it('cancels an open case; cancelling again is a no-op', () => {
      expect(single(when([open()], cancel), 'qa.QualityCaseCancelled').data).toEqual({ caseId: CASE, complaintId: COMPLAINT, reason: 'complaint withdrawn' });
      expect(stateOf(open(), cancel).status).toBe('cancelled');
      expect(when([open(), cancel], cancel)).toEqual([]);
    });

    it('refused on a closed case', () => {
      const err = errorOf(() => when([open(), determine(), dispose(), close], cancel));
      expect(err).toBeInstanceOf(InvalidStateError);
      expect(err.code).toBe('QA.CASE_IS_CLOSED');
    });

    it('a cancelled case takes no more work', () => {
      expect(errorOf(() => when([open(), cancel], recordOpinion(RECEIVED))).code).toBe('QA.CASE_IS_CANCELLED');
    });
  });

  describe('MarkDeadlineMissed', () => {
    it('QA-3 nothing before the due time', () => {
      expect(when([open()], markMissed('qa_opinion', '2026-03-09T15:59:59.999Z'))).toEqual([]);
    });

    it('QA-3 at or after the due time: the miss is recorded with the due time', () => {
      const missed = single(when([open()], markMissed('qa_opinion', END_OF_MON_9)), 'qa.DeadlineMissed');
      expect(missed.data).toEqual({ caseId: CASE, obligation: 'qa_opinion', dueAt: END_OF_MON_9 });
      expect(latestRound(stateOf(open(), markMissed('qa_opinion', END_OF_MON_9)).obligations, 'qa_opinion')).toMatchObject({ dueAt: END_OF_MON_9, state: 'missed' });
    });

    it('QA-3 only once', () => {
      expect(when([open(), markMissed('qa_opinion', END_OF_MON_9)], markMissed('qa_opinion', '2026-03-10T02:00:00.000Z'))).toEqual([]);
    });

    it('the event id is deterministic: the same miss gets the same id whenever the scheduler fires', () => {
      const first = single(when([open()], markMissed('qa_opinion', END_OF_MON_9)), 'qa.DeadlineMissed');
      const redelivered = single(when([open()], markMissed('qa_opinion', '2026-03-12T00:00:00.000Z')), 'qa.DeadlineMissed');
      expect(first.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(redelivered.id).toBe(first.id);
    });

    it('the event id differs by case, by obligation and by due time', () => {
      const idOf = (history: Cmd[], command: Cmd) => single(when(history, command), 'qa.DeadlineMissed').id;
      const opinionMiss = idOf([open()], markMissed('qa_opinion', '2026-03-20T00:00:00.000Z'));
      const otherCase = caseIdForComplaint(TENANT, 'another-complaint');
      expect(
        idOf([open({ caseId: otherCase, source: { kind: 'complaint', complaintId: 'another-complaint' } })], {
          type: 'MarkDeadlineMissed',
          caseId: otherCase,
          obligation: 'qa_opinion',
          now: new Date('2026-03-20T00:00:00.000Z'),
        }),
      ).not.toBe(opinionMiss);
      expect(idOf([open(), instruct(RECEIVED)], markMissed('solution:production', '2026-03-20T00:00:00.000Z'))).not.toBe(opinionMiss);
      expect(idOf([open(), changeSeverity('severe')], markMissed('qa_opinion', '2026-03-20T00:00:00.000Z'))).not.toBe(opinionMiss);
      expect(caseStream(CASE)).toBe(`qa.case-${CASE}`);
    });

    it('QA-3 nothing for an obligation already met', () => {
      expect(when([open(), recordOpinion('2026-03-09T01:00:00.000Z')], markMissed('qa_opinion', END_OF_MON_9))).toEqual([]);
    });

    it('nothing for an obligation the case does not owe', () => {
      expect(when([open()], markMissed('solution:production', '2026-04-30T00:00:00.000Z'))).toEqual([]);
    });

    it('nothing for a closed or cancelled case, or one that does not exist', () => {
      expect(when([open(), determine(), dispose(), close], markMissed('qa_opinion', '2026-04-30T00:00:00.000Z'))).toEqual([]);
      expect(when([open(), cancel], markMissed('qa_opinion', '2026-04-30T00:00:00.000Z'))).toEqual([]);
      expect(when([], markMissed('qa_opinion', '2026-04-30T00:00:00.000Z'))).toEqual([]);
    });
  });

  describe('closed and missing cases', () => {
    const closedCase = [open(), determine(), dispose(), close];

    it.each<[string, Cmd]>([
      ['ChangeSeverity', changeSeverity('severe')],
      ['RecordOpinion', recordOpinion('2026-03-10T02:00:00.000Z')],
      ['InstructDepartments', instruct('2026-03-10T02:00:00.000Z')],
      ['RecordFindings', recordFindings('production', '2026-03-10T02:00:00.000Z')],
      ['MakeDetermination', { ...determineNotOurs, reason: 'retest' } as Cmd],
      ['IssuePreliminaryReport', issueReport],
      ['ReviewPreliminaryReport', approveReport],
      ['DecideDisposition', dispose('refund')],
      ['Close', close],
      ['Cancel', cancel],
    ])('%s on a closed case is refused with QA.CASE_IS_CLOSED', (name, command) => {
      const err = errorOf(() => when(closedCase, command));
      expect(err).toBeInstanceOf(InvalidStateError);
      expect(err.code).toBe('QA.CASE_IS_CLOSED');
      expect(err.details).toMatchObject({ caseId: CASE, status: 'closed' });
    });

    it.each<[string, Cmd]>([
      ['ChangeSeverity', changeSeverity('severe')],
      ['RecordOpinion', recordOpinion(RECEIVED)],
      ['MakeDetermination', determine()],
      ['DecideDisposition', dispose()],
      ['LinkCapa', linkCapa()],
      ['Close', close],
      ['Cancel', cancel],
    ])('%s on a case that does not exist is QA.CASE_NOT_FOUND', (name, command) => {
      const err = errorOf(() => when([], command));
      expect(err).toBeInstanceOf(NotFoundError);
      expect(err.code).toBe('QA.CASE_NOT_FOUND');
    });
  });
});

describe('QA-3 a revised opinion', () => {
  it('is not late when the first opinion was given in time', () => {
    const [opened] = qualityCaseDecider.decide(
      {
        type: 'Open',
        caseId: '0190f5c2-0000-7000-8000-0000000000f1',
        source: { kind: 'feedback_form', formRef: null },
        subject: subject(),
        severity: 'minor',
        receivedAt: '2026-03-03T02:00:00.000Z',
        openedBy: 'sa-1',
        stakeholders: [],
        context,
      },
      qualityCaseDecider.initialState(),
    );
    const afterOpen = qualityCaseDecider.evolve(qualityCaseDecider.initialState(), opened);
    const [first] = qualityCaseDecider.decide({ type: 'RecordOpinion', caseId: '0190f5c2-0000-7000-8000-0000000000f1', opinion: 'a', now: new Date('2026-03-03T05:00:00Z') }, afterOpen);
    const afterFirst = qualityCaseDecider.evolve(afterOpen, first);
    const [revised] = qualityCaseDecider.decide({ type: 'RecordOpinion', caseId: '0190f5c2-0000-7000-8000-0000000000f1', opinion: 'b', now: new Date('2026-03-10T05:00:00Z') }, afterFirst);
    expect(first.data).toMatchObject({ late: false });
    expect(revised.data).toMatchObject({ late: false });
  });
});

describe('QA-1 a case cancelled by intake and accepted again', () => {
  const ID = '0190f5c2-0000-7000-8000-0000000000f2';
  const opening = (cause: string, receivedAt: string): QualityCaseCommand => ({
    type: 'Open',
    caseId: ID,
    source: { kind: 'complaint', complaintId: 'complaint-9' },
    subject: subject(),
    severity: 'minor',
    receivedAt,
    openedBy: 'qa-intake',
    stakeholders: [],
    context,
    cause,
  });
  const cancel = (cause: string): QualityCaseCommand => ({ type: 'Cancel', caseId: ID, reason: 'rejected on reassessment', cause });
  const { given, when: whenAfter } = scenario(qualityCaseDecider);

  it('is reinstated by a new acceptance, owing the opinion again from it', () => {
    const reinstated = single(whenAfter([opening('accept-1', '2026-03-03T02:00:00.000Z'), cancel('reject-1')], opening('accept-2', '2026-03-10T02:00:00.000Z')), 'qa.QualityCaseReinstated');
    // Tue 10 March → end of Wed 11 March in Shanghai (minor: 1 working day).
    expect(reinstated.data).toEqual({ caseId: ID, complaintId: 'complaint-9', cause: 'accept-2', status: 'open', deadlines: [{ obligation: 'qa_opinion', dueAt: '2026-03-11T16:00:00.000Z' }], policyDigest: 'sha256:test' });
  });

  it('a replay of intake\u2019s events from the start changes nothing, before or after the reinstatement', () => {
    const history = [opening('accept-1', '2026-03-03T02:00:00.000Z'), cancel('reject-1'), opening('accept-2', '2026-03-10T02:00:00.000Z')];
    expect(whenAfter(history, opening('accept-1', '2026-03-03T02:00:00.000Z'))).toEqual([]);
    expect(whenAfter(history, cancel('reject-1'))).toEqual([]);
    expect(whenAfter(history, opening('accept-2', '2026-03-10T02:00:00.000Z'))).toEqual([]);
    expect(given(...history).state.status).toBe('open');
    // A new cancellation still cancels.
    expect(single(whenAfter(history, cancel('reject-2')), 'qa.QualityCaseCancelled').data).toMatchObject({ cause: 'reject-2' });
  });

  it('keeps its progress: a case determined before the cancellation comes back determined, owing no new opinion', () => {
    const determined = [
      opening('accept-1', '2026-03-03T02:00:00.000Z'),
      { type: 'RecordOpinion', caseId: ID, opinion: 'o', now: new Date('2026-03-03T05:00:00Z') } as QualityCaseCommand,
      { type: 'MakeDetermination', caseId: ID, responsibility: 'ours', ourCause: 'technical', summary: 's', evidenceRefs: ['e'], explanationToCustomer: null, reason: null, context } as QualityCaseCommand,
      cancel('reject-1'),
    ];
    expect(single(whenAfter(determined, opening('accept-2', '2026-03-10T02:00:00.000Z')), 'qa.QualityCaseReinstated').data).toMatchObject({ status: 'determined', deadlines: [] });
  });
});
