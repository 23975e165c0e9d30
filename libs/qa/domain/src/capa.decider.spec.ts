import { DomainError, InvalidStateError, NotFoundError } from '@aftersales/eventsourcing';
import { CapaCommand, CapaPlan, CapaState, capaDecider, capaStream } from './capa.decider';
import { parseQaPolicy } from './policy';
import { VerificationResult } from './quality-case';
import { editedPolicyYaml, errorOf, policy, scenario, shanghai, single } from './testing-fixtures';

type Cmd = CapaCommand;
type Of<T extends Cmd['type']> = Extract<Cmd, { type: T }>;
type Existing = Exclude<CapaState, { status: 'none' }>;

const { given, when } = scenario(capaDecider);

const CAPA = '0190f5c2-0000-7000-8000-0000000000c1';
const CASE = '0190f5c2-0000-7000-8000-0000000000a1';
const COMPLAINT = '0190f5c2-0000-7000-8000-000000000001';

// Fri 6 March 2026, 01:00 in Shanghai; still Thu 5 March in UTC.
const OPENED_AT = '2026-03-05T17:00:00.000Z';
const OPENED_ON = '2026-03-06';
/** The end of Tue 31 March in Shanghai. */
const DUE_AT = '2026-03-31T16:00:00.000Z';

const plan = (overrides: Partial<CapaPlan> = {}): CapaPlan => ({
  department: 'production',
  ownerId: 'prod-lead-1',
  dueOn: '2026-03-31',
  correctiveAction: 'restore varnish cure time on line 3',
  preventiveAction: 'interlock the oven timer; add cure time to the first-article check',
  ...overrides,
});
const open = (extra: Partial<Of<'Open'>> = {}): Cmd => ({
  type: 'Open',
  capaId: CAPA,
  caseId: CASE,
  complaintId: COMPLAINT,
  plan: plan(),
  required: true,
  now: new Date(OPENED_AT),
  policy,
  policyDigest: 'sha256:test',
  calendar: shanghai,
  ...extra,
});
const update = (changes: Partial<CapaPlan>, reason: string | null = 'supplier delay'): Cmd => ({ type: 'Update', capaId: CAPA, changes, reason, calendar: shanghai });
const verify = (shipmentId: string, result: VerificationResult, checkedOn = '2026-03-20', extra: Partial<Of<'RecordVerification'>> = {}): Cmd => ({
  type: 'RecordVerification',
  capaId: CAPA,
  shipmentId,
  lotId: null,
  checkedOn,
  result,
  note: null,
  verifiedBy: 'qa-1',
  today: '2026-03-20',
  ...extra,
});
const close: Cmd = { type: 'Close', capaId: CAPA, note: 'two later shipments clean' };
const markOverdue = (now: string): Cmd => ({ type: 'MarkOverdue', capaId: CAPA, now: new Date(now) });

const stateOf = (...history: Cmd[]): Existing => {
  const { state } = given(...history);
  if (state.status === 'none') throw new Error('expected the CAPA to exist');
  return state;
};

describe('CAPA decider', () => {
  describe('Open', () => {
    it('QA-4 opens the plan, due at the end of dueOn in Shanghai, with the policy’s verification minimum', () => {
      const opened = single(when([], open()), 'qa.CapaOpened');
      expect(opened.policyVersion).toBe('qa-default@2026.1');
      expect(opened.data).toEqual({
        capaId: CAPA,
        caseId: CASE,
        complaintId: COMPLAINT,
        plan: plan(),
        required: true,
        minimumPassingVerifications: 2,
        dueAt: DUE_AT,
        openedOn: OPENED_ON,
        policyDigest: 'sha256:test',
      });
      expect(stateOf(open()).status).toBe('open');
    });

    it('the opening day is the local date in Shanghai, not the UTC date', () => {
      expect(single(when([], open()), 'qa.CapaOpened').data.openedOn).toBe('2026-03-06');
    });

    it('a dueOn before the local date of opening is refused, even when it is still that date in UTC', () => {
      const err = errorOf(() => when([], open({ plan: plan({ dueOn: '2026-03-05' }) })));
      expect(err).toBeInstanceOf(DomainError);
      expect(err.code).toBe('QA.DUE_DATE_IN_PAST');
      expect(err.details).toEqual({ field: 'dueOn' });
    });

    it('a dueOn of today is allowed and due at the end of today in Shanghai', () => {
      expect(single(when([], open({ plan: plan({ dueOn: OPENED_ON }) })), 'qa.CapaOpened').data.dueAt).toBe('2026-03-06T16:00:00.000Z');
    });

    it('the same Open again decides nothing', () => {
      expect(when([open()], open())).toEqual([]);
    });

    it('an Open for another case on an existing CAPA id is refused with QA.CAPA_EXISTS', () => {
      const err = errorOf(() => when([open()], open({ caseId: 'another-case' })));
      expect(err).toBeInstanceOf(InvalidStateError);
      expect(err.code).toBe('QA.CAPA_EXISTS');
    });

    it('QA-4 the verification minimum comes from the policy in force', () => {
      const three = parseQaPolicy(editedPolicyYaml('minimumPassingVerifications: 2', 'minimumPassingVerifications: 3'), 'three');
      expect(single(when([], open({ policy: three })), 'qa.CapaOpened').data.minimumPassingVerifications).toBe(3);
      const history = [open({ policy: three }), verify('SH-1', 'pass'), verify('SH-2', 'pass')];
      expect(errorOf(() => when(history, close)).code).toBe('QA.CAPA_VERIFICATIONS_INSUFFICIENT');
      expect(single(when([...history, verify('SH-3', 'pass')], close), 'qa.CapaClosed').data.passingVerifications).toBe(3);
    });
  });

  describe('Update', () => {
    it('records only what changed, and a new dueOn moves dueAt to the end of that day in Shanghai', () => {
      const updated = single(when([open()], update({ dueOn: '2026-04-15', ownerId: 'prod-lead-1', correctiveAction: 'replace the oven timer' })), 'qa.CapaUpdated');
      expect(updated.data).toEqual({
        capaId: CAPA,
        changes: { dueOn: '2026-04-15', correctiveAction: 'replace the oven timer' },
        dueAt: '2026-04-15T16:00:00.000Z',
        ownerId: 'prod-lead-1',
        dueOwed: true,
        reason: 'supplier delay',
      });
      const state = stateOf(open(), update({ dueOn: '2026-04-15', correctiveAction: 'replace the oven timer' }));
      expect(state.plan).toEqual(plan({ dueOn: '2026-04-15', correctiveAction: 'replace the oven timer' }));
      expect(state.dueAt).toBe('2026-04-15T16:00:00.000Z');
    });

    it('keeps dueAt when dueOn does not change', () => {
      expect(single(when([open()], update({ ownerId: 'prod-lead-2' })), 'qa.CapaUpdated').data).toMatchObject({ changes: { ownerId: 'prod-lead-2' }, dueAt: DUE_AT });
    });

    it('decides nothing when nothing changes', () => {
      expect(when([open()], update({ dueOn: '2026-03-31', department: 'production' }))).toEqual([]);
      expect(when([open()], update({}))).toEqual([]);
    });

    it('a dueOn before the CAPA was opened is refused', () => {
      expect(errorOf(() => when([open()], update({ dueOn: '2026-03-05' }))).code).toBe('QA.DUE_DATE_IN_PAST');
    });

    it('refused on a closed CAPA', () => {
      const err = errorOf(() => when([open(), verify('SH-1', 'pass'), verify('SH-2', 'pass'), close], update({ ownerId: 'prod-lead-2' })));
      expect(err).toBeInstanceOf(InvalidStateError);
      expect(err.code).toBe('QA.CAPA_IS_CLOSED');
    });

    it('refused on a CAPA that does not exist', () => {
      const err = errorOf(() => when([], update({ ownerId: 'x' })));
      expect(err).toBeInstanceOf(NotFoundError);
      expect(err.code).toBe('QA.CAPA_NOT_FOUND');
    });
  });

  describe('QA-4 verification on later shipments', () => {
    it('QA-4 records a passing verification with the count of distinct passing shipments', () => {
      const recorded = single(when([open()], verify('SH-1', 'pass', '2026-03-18', { lotId: 'LOT-9', note: 'no overheating in 2 h run' })), 'qa.CapaVerificationRecorded');
      expect(recorded.data).toMatchObject({
        capaId: CAPA,
        caseId: CASE,
        shipmentId: 'SH-1',
        lotId: 'LOT-9',
        checkedOn: '2026-03-18',
        result: 'pass',
        note: 'no overheating in 2 h run',
        verifiedBy: 'qa-1',
        passingVerifications: 1,
      });
    });

    it('QA-4 Close with one passing verification is refused with QA.CAPA_VERIFICATIONS_INSUFFICIENT', () => {
      const err = errorOf(() => when([open(), verify('SH-1', 'pass')], close));
      expect(err).toBeInstanceOf(InvalidStateError);
      expect(err.code).toBe('QA.CAPA_VERIFICATIONS_INSUFFICIENT');
      expect(err.details).toEqual({ capaId: CAPA, required: 2, passing: 1 });
    });

    it('QA-4 Close without any verification is refused', () => {
      expect(errorOf(() => when([open()], close)).code).toBe('QA.CAPA_VERIFICATIONS_INSUFFICIENT');
    });

    it('QA-4 Close with two distinct passing shipments is allowed', () => {
      const closed = single(when([open(), verify('SH-1', 'pass'), verify('SH-2', 'pass')], close), 'qa.CapaClosed');
      expect(closed.data).toEqual({ capaId: CAPA, caseId: CASE, note: 'two later shipments clean', passingVerifications: 2 });
      expect(stateOf(open(), verify('SH-1', 'pass'), verify('SH-2', 'pass'), close).status).toBe('closed');
    });

    it('QA-4 the same shipment passed twice counts once', () => {
      const history = [open(), verify('SH-1', 'pass', '2026-03-18'), verify('SH-1', 'pass', '2026-03-19', { lotId: 'LOT-2' })];
      expect(given(...history).events.map((e) => (e.type === 'qa.CapaVerificationRecorded' ? e.data.passingVerifications : null))).toEqual([null, 1, 1]);
      expect(errorOf(() => when(history, close)).details).toMatchObject({ passing: 1 });
    });

    it('QA-4 a failing verification resets the count: the problem recurred', () => {
      const history = [open(), verify('SH-1', 'pass'), verify('SH-2', 'fail')];
      expect(single(when(history.slice(0, 2), verify('SH-2', 'fail')), 'qa.CapaVerificationRecorded').data.passingVerifications).toBe(0);
      expect(single(when(history, verify('SH-3', 'pass')), 'qa.CapaVerificationRecorded').data.passingVerifications).toBe(1);
      expect(errorOf(() => when([...history, verify('SH-3', 'pass')], close)).details).toMatchObject({ passing: 1 });
      expect(single(when([...history, verify('SH-3', 'pass'), verify('SH-4', 'pass')], close), 'qa.CapaClosed').data.passingVerifications).toBe(2);
    });

    it('QA-4 a failing verification on an open CAPA does not reopen anything', () => {
      expect(when([open(), verify('SH-1', 'pass')], verify('SH-2', 'fail')).map((e) => e.type)).toEqual(['qa.CapaVerificationRecorded']);
    });

    it('QA-4 a failing verification on a closed CAPA reopens it', () => {
      const closedCapa = [open(), verify('SH-1', 'pass'), verify('SH-2', 'pass'), close];
      const events = when(closedCapa, verify('SH-3', 'fail', '2026-03-20', { note: 'overheating again after 15 minutes' }));
      expect(events.map((e) => e.type)).toEqual(['qa.CapaVerificationRecorded', 'qa.CapaReopened']);
      const [recorded, reopened] = events;
      if (recorded.type !== 'qa.CapaVerificationRecorded' || reopened.type !== 'qa.CapaReopened') throw new Error('unexpected events');
      expect(reopened.data).toMatchObject({ capaId: CAPA, verificationId: recorded.data.verificationId, reason: 'overheating again after 15 minutes' });
      expect(stateOf(...closedCapa, verify('SH-3', 'fail')).status).toBe('open');
    });

    it('a CAPA reopened before any overdue was raised owes its due date again; one already reported overdue does not', () => {
      const closedOnTime = [open(), verify('SH-1', 'pass'), verify('SH-2', 'pass'), close];
      const [, owed] = when(closedOnTime, verify('SH-3', 'fail'));
      expect(owed.data).toMatchObject({ dueAt: DUE_AT, dueOwed: true });
      const april = { today: '2026-04-02' };
      const closedLate = [open(), markOverdue(DUE_AT), verify('SH-1', 'pass', '2026-04-01', april), verify('SH-2', 'pass', '2026-04-01', april), close];
      const [, reported] = when(closedLate, verify('SH-3', 'fail', '2026-04-02', april));
      expect(reported.data).toMatchObject({ dueAt: DUE_AT, dueOwed: false });
    });

    it('QA-4 without a note the reopening names the failed shipment', () => {
      const [, reopened] = when([open(), verify('SH-1', 'pass'), verify('SH-2', 'pass'), close], verify('SH-3', 'fail'));
      expect(reopened.data).toMatchObject({ reason: 'shipment SH-3 failed verification' });
    });

    it('QA-4 a reopened CAPA closes again only after 2 new passing shipments', () => {
      const reopened = [open(), verify('SH-1', 'pass'), verify('SH-2', 'pass'), close, verify('SH-3', 'fail')];
      expect(errorOf(() => when(reopened, close)).details).toMatchObject({ passing: 0 });
      expect(errorOf(() => when([...reopened, verify('SH-4', 'pass')], close)).details).toMatchObject({ passing: 1 });
      expect(single(when([...reopened, verify('SH-4', 'pass'), verify('SH-5', 'pass')], close), 'qa.CapaClosed').data.passingVerifications).toBe(2);
    });

    it('QA-4 a passing verification on a closed CAPA is recorded and keeps it closed', () => {
      const closedCapa = [open(), verify('SH-1', 'pass'), verify('SH-2', 'pass'), close];
      expect(single(when(closedCapa, verify('SH-3', 'pass')), 'qa.CapaVerificationRecorded').data.passingVerifications).toBe(3);
      expect(stateOf(...closedCapa, verify('SH-3', 'pass')).status).toBe('closed');
    });

    it('QA-4 a verification dated before the CAPA opened is refused: only later shipments count', () => {
      const err = errorOf(() => when([open()], verify('SH-0', 'pass', '2026-03-05')));
      expect(err).toBeInstanceOf(DomainError);
      expect(err.code).toBe('QA.VERIFICATION_BEFORE_CAPA');
      expect(single(when([open()], verify('SH-0', 'pass', OPENED_ON)), 'qa.CapaVerificationRecorded').data.checkedOn).toBe(OPENED_ON);
    });

    it('a verification dated in the future is refused', () => {
      expect(errorOf(() => when([open()], verify('SH-1', 'pass', '2026-03-21'))).code).toBe('QA.VERIFICATION_IN_FUTURE');
      expect(single(when([open()], verify('SH-1', 'pass', '2026-03-20')), 'qa.CapaVerificationRecorded').data.checkedOn).toBe('2026-03-20');
    });

    it('each verification gets its own deterministic id', () => {
      const idOf = (history: Cmd[], command: Cmd) => single(when(history, command), 'qa.CapaVerificationRecorded').data.verificationId;
      const first = idOf([open()], verify('SH-1', 'pass'));
      expect(idOf([open()], verify('SH-1', 'pass'))).toBe(first);
      expect(idOf([open(), verify('SH-1', 'pass')], verify('SH-2', 'pass'))).not.toBe(first);
      expect(capaStream(CAPA)).toBe(`qa.capa-${CAPA}`);
    });

    it('refused on a CAPA that does not exist', () => {
      expect(errorOf(() => when([], verify('SH-1', 'pass'))).code).toBe('QA.CAPA_NOT_FOUND');
    });
  });

  describe('Close', () => {
    it('refused on a CAPA already closed', () => {
      const err = errorOf(() => when([open(), verify('SH-1', 'pass'), verify('SH-2', 'pass'), close], close));
      expect(err).toBeInstanceOf(InvalidStateError);
      expect(err.code).toBe('QA.CAPA_IS_CLOSED');
    });

    it('refused on a CAPA that does not exist', () => {
      expect(errorOf(() => when([], close))).toBeInstanceOf(NotFoundError);
    });
  });

  describe('MarkOverdue', () => {
    it('nothing before the end of the due day', () => {
      expect(when([open()], markOverdue('2026-03-31T15:59:59.999Z'))).toEqual([]);
    });

    it('at the end of the due day the CAPA is overdue, with a deterministic id', () => {
      const overdue = single(when([open()], markOverdue(DUE_AT)), 'qa.CapaOverdue');
      expect(overdue.data).toEqual({ capaId: CAPA, dueAt: DUE_AT });
      expect(overdue.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(single(when([open()], markOverdue('2026-04-02T00:00:00.000Z')), 'qa.CapaOverdue').id).toBe(overdue.id);
    });

    it('only once per due time', () => {
      expect(when([open(), markOverdue(DUE_AT)], markOverdue('2026-04-02T00:00:00.000Z'))).toEqual([]);
    });

    it('a new due date gets its own overdue, once', () => {
      const extended = [open(), markOverdue(DUE_AT), update({ dueOn: '2026-04-15' })];
      expect(when(extended, markOverdue('2026-04-02T00:00:00.000Z'))).toEqual([]);
      const overdue = single(when(extended, markOverdue('2026-04-15T16:00:00.000Z')), 'qa.CapaOverdue');
      expect(overdue.data.dueAt).toBe('2026-04-15T16:00:00.000Z');
      expect(overdue.id).not.toBe(single(when([open()], markOverdue(DUE_AT)), 'qa.CapaOverdue').id);
      expect(when([...extended, markOverdue('2026-04-15T16:00:00.000Z')], markOverdue('2026-04-20T00:00:00.000Z'))).toEqual([]);
    });

    it('nothing for a closed CAPA or one that does not exist', () => {
      expect(when([open(), verify('SH-1', 'pass'), verify('SH-2', 'pass'), close], markOverdue('2026-04-02T00:00:00.000Z'))).toEqual([]);
      expect(when([], markOverdue('2026-04-02T00:00:00.000Z'))).toEqual([]);
    });

    it('a CAPA reopened after its due time is overdue', () => {
      const reopened = [open(), verify('SH-1', 'pass'), verify('SH-2', 'pass'), close, verify('SH-3', 'fail')];
      expect(single(when(reopened, markOverdue('2026-04-02T00:00:00.000Z')), 'qa.CapaOverdue').data.dueAt).toBe(DUE_AT);
    });
  });
});
