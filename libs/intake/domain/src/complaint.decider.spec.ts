import { loadCalendarRegistry } from '@aftersales/calendar';
import { DomainError, InvalidStateError, NotFoundError, fold, latestRound } from '@aftersales/eventsourcing';
import { ComplaintCommand, ComplaintEvent, ComplaintState, complaintDecider, deadlinesFor } from './complaint.decider';
import { parsePolicy } from './policy/policy';
import { DEFAULT_POLICY_YAML } from './policy/default-policy';
import { context, facts, policy, shanghai } from './testing-fixtures';

const ID = '0190f5c2-0000-7000-8000-000000000001';
const register = (f = facts(), extra: Partial<Extract<ComplaintCommand, { type: 'Register' }>> = {}): ComplaintCommand => ({
  type: 'Register',
  complaintId: ID,
  facts: f,
  repeatOf: null,
  registeredBy: 'cs-1',
  context,
  ...extra,
});

/** given events, when command, then events (ARCHITECTURE.md "Testing layers" 1). */
function given(...commands: ComplaintCommand[]): { state: ComplaintState; events: ComplaintEvent[] } {
  const events: ComplaintEvent[] = [];
  for (const c of commands) events.push(...complaintDecider.decide(c, fold(complaintDecider, events)));
  return { state: fold(complaintDecider, events), events };
}
const when = (history: ComplaintCommand[], command: ComplaintCommand) => complaintDecider.decide(command, given(...history).state);
const errorOf = (fn: () => unknown): DomainError => {
  try {
    fn();
  } catch (err) {
    return err as DomainError;
  }
  throw new Error('expected the command to be refused');
};

describe('complaint decider', () => {
  it('IN-1 / IN-2 registration records the channel, time received and every fact, then the acceptance decision', () => {
    const events = when([], register());
    expect(events.map((e) => e.type)).toEqual(['intake.ComplaintRegistered', 'intake.AcceptanceDecided']);
    const registered = events[0] as Extract<ComplaintEvent, { type: 'intake.ComplaintRegistered' }>;
    expect(registered.data.facts).toEqual(facts());
    expect(registered.data.facts.channel).toBe('hotline');
    expect(registered.data.facts.receivedAt).toBe('2026-03-03T02:00:00.000Z');
    expect(registered.policyVersion).toBe('default@2026.1');
    expect(registered.data.calendarVersion).toBe(shanghai.version);
    const decided = events[1] as Extract<ComplaintEvent, { type: 'intake.AcceptanceDecided' }>;
    expect(decided.data).toMatchObject({ kind: 'accepted_free', decidedBy: 'policy', policyVersion: 'default@2026.1', calendarVersion: shanghai.version });
    expect(decided.policyVersion).toBe('default@2026.1');
  });

  it('IN-8 running deadlines keep their calendar version until an administrator has them recounted on a year published since (ADR 013)', () => {
    const registry = loadCalendarRegistry();
    const before = { ...context, calendar: registry.forRegion('cn-east') };
    // Thu 31 Dec 2026, 10:00 in Shanghai: forward within 1 working day. Without 2027 data, Fri 1 Jan counts as one.
    const f = facts({ receivedAt: '2026-12-31T02:00:00.000Z', deliveredOn: '2026-12-28', goodsReceivedOn: '2026-12-30', defect: { firstSeenOn: '2026-12-30' } });
    const registration = register(f, { context: before });
    const acknowledged: ComplaintCommand = { type: 'Acknowledge', complaintId: ID, note: null };
    expect(given(registration).events[0].data).toMatchObject({ deadlines: expect.arrayContaining([{ obligation: 'forward', dueAt: '2027-01-01T16:00:00.000Z' }]) });

    // Test data shaped like the 2027 notice (New Year's Day with the weekend), not the notice.
    const newYear = (date: string) => ({ date, name: "New Year's Day" });
    registry.publish({ target: 'cn', year: 2027, revision: 1, holidays: ['2027-01-01', '2027-01-02', '2027-01-03'].map(newYear), workdays: [], source: 'test' });
    const after = { ...context, calendar: registry.forRegion('cn-east') };
    const recount: ComplaintCommand = { type: 'RecountDeadlines', complaintId: ID, reason: 'the 2027 holidays were published', context: after };

    const [recounted] = when([registration, acknowledged], recount);
    expect(recounted).toMatchObject({
      type: 'intake.DeadlinesRecounted',
      data: { complaintId: ID, calendarVersion: `${before.calendar.version}+cn/2027@1`, previousCalendarVersion: before.calendar.version, reason: 'the 2027 holidays were published' },
    });
    // The acknowledgement was met: only what is still open is counted again (Mon 4 Jan is the first working day after).
    expect(recounted.type === 'intake.DeadlinesRecounted' && recounted.data.deadlines).toEqual([
      { obligation: 'report_up', dueAt: '2026-12-31T06:00:00.000Z', previousDueAt: '2026-12-31T06:00:00.000Z' },
      { obligation: 'forward', dueAt: '2027-01-04T16:00:00.000Z', previousDueAt: '2027-01-01T16:00:00.000Z' },
    ]);
    const { state } = given(registration, acknowledged, recount);
    expect(state.status !== 'none' && latestRound(state.obligations, 'forward')).toMatchObject({ dueAt: '2027-01-04T16:00:00.000Z', state: 'open' });
    expect(state.status !== 'none' && state.deadlinesCalendarVersion).toBe(after.calendar.version);
    // A second recount names the version the first one left.
    const [again] = when([registration, acknowledged, recount], recount);
    expect(again.data).toMatchObject({ previousCalendarVersion: after.calendar.version });
  });

  it('refuses a second registration of one id', () => {
    expect(errorOf(() => when([register()], register())).code).toBe('INTAKE.COMPLAINT_EXISTS');
  });

  it('IN-7 acknowledgement due 2 hours and report-up due 4 hours after receipt (wall clock)', () => {
    const d = deadlinesFor(facts({ receivedAt: '2026-03-03T09:30:00.000Z' }), policy, shanghai);
    expect(d).toContainEqual({ obligation: 'acknowledge', dueAt: '2026-03-03T11:30:00.000Z' });
    expect(d).toContainEqual({ obligation: 'report_up', dueAt: '2026-03-03T13:30:00.000Z' });
  });

  it('IN-7 counts business hours when the policy says so (17:00 Friday + 2 h → 10:00 on the make-up Saturday)', () => {
    const businessPolicy = parsePolicy(DEFAULT_POLICY_YAML.replace('acknowledge: { hours: 2, clock: wall }', 'acknowledge: { hours: 2, clock: business }'), 'test');
    // Fri 2026-02-13 17:00 in Shanghai: 30 minutes to the 17:30 close, then 90 minutes from
    // 08:30 on Sat 14, a make-up working day (调休).
    const d = deadlinesFor(facts({ receivedAt: '2026-02-13T09:00:00.000Z' }), businessPolicy, shanghai);
    expect(d).toContainEqual({ obligation: 'acknowledge', dueAt: '2026-02-14T02:00:00.000Z' });
  });

  it('IN-8 forwarding is due at the end of the next working day, across the National Day holiday', () => {
    // Wed 2026-09-30 10:00 in Shanghai; 1–7 October are holidays, Thu 8 October is a working day.
    const d = deadlinesFor(facts({ receivedAt: '2026-09-30T02:00:00.000Z', category: 'performance' }), policy, shanghai);
    expect(d).toContainEqual({ obligation: 'forward', dueAt: '2026-10-08T16:00:00.000Z' });
  });

  it('IN-8 forwarding applies to quality categories only', () => {
    const d = deadlinesFor(facts({ category: 'service_attitude' }), policy, shanghai);
    expect(d.map((x) => x.obligation)).toEqual(['acknowledge', 'report_up']);
  });

  it('IN-9 a key customer gets priority and the registrar as named owner unless one is given', () => {
    const [registered] = when([], register(facts({ customer: { tier: 'key' } })));
    expect(registered.data).toMatchObject({ highPriority: true, ownerId: 'cs-1' });
    const [named] = when([], register(facts({ customer: { tier: 'strategic' }, ownerId: 'rep-9' })));
    expect(named.data).toMatchObject({ highPriority: true, ownerId: 'rep-9' });
    const [standard] = when([], register());
    expect(standard.data).toMatchObject({ highPriority: false, ownerId: null });
  });

  it('IN-10 registration carries the repeat link it was given', () => {
    const link = { complaintId: '0190f5c2-0000-7000-8000-0000000000aa', receivedAt: '2026-01-05T00:00:00.000Z', matchedOn: 'serial' as const };
    const [registered] = when([], register(facts(), { repeatOf: link }));
    expect(registered.data).toMatchObject({ repeatOf: link });
  });

  describe('lifecycle', () => {
    const ack: ComplaintCommand = { type: 'Acknowledge', complaintId: ID, note: 'called back' };
    const fwd: ComplaintCommand = { type: 'Forward', complaintId: ID, targets: [{ target: 'supervisor', personId: 'sup-1' }, { target: 'sales_assistant', personId: null }], note: null };
    const close: ComplaintCommand = { type: 'Close', complaintId: ID, resolutionSummary: 'panel replaced' };

    it('registered → acknowledged → forwarded → closed', () => {
      const { state, events } = given(register(), ack, fwd, close);
      expect(state.status).toBe('closed');
      expect(events.map((e) => e.type)).toEqual([
        'intake.ComplaintRegistered',
        'intake.AcceptanceDecided',
        'intake.ComplaintAcknowledged',
        'intake.ComplaintForwarded',
        'intake.ComplaintClosed',
      ]);
    });

    it('a command on a complaint that does not exist is not found', () => {
      expect(errorOf(() => when([], ack))).toBeInstanceOf(NotFoundError);
      expect(errorOf(() => when([], ack)).code).toBe('INTAKE.COMPLAINT_NOT_FOUND');
    });

    it('invalid transitions are refused with a code naming the current state', () => {
      const twice = errorOf(() => when([register(), ack], ack));
      expect(twice).toBeInstanceOf(InvalidStateError);
      expect(twice.code).toBe('INTAKE.COMPLAINT_IS_ACKNOWLEDGED');
      expect(twice.details).toEqual({ complaintId: ID, status: 'acknowledged', command: 'acknowledge' });
      expect(errorOf(() => when([register()], fwd)).code).toBe('INTAKE.COMPLAINT_IS_REGISTERED');
      expect(errorOf(() => when([register()], close)).code).toBe('INTAKE.COMPLAINT_IS_REGISTERED');
      expect(errorOf(() => when([register(), ack, close], ack)).code).toBe('INTAKE.COMPLAINT_IS_CLOSED');
    });

    it('IN-6 an invalid complaint closes with the explanation given to the customer, and takes no more commands', () => {
      const invalidate: ComplaintCommand = { type: 'Invalidate', complaintId: ID, reason: 'not_our_product', explanationToCustomer: '经核实该产品非本公司生产，感谢您的反馈。' };
      const { state, events } = given(register(), invalidate);
      expect(state.status).toBe('invalid');
      expect(events[2].data).toEqual({ complaintId: ID, reason: 'not_our_product', explanationToCustomer: '经核实该产品非本公司生产，感谢您的反馈。' });
      expect(errorOf(() => when([register(), invalidate], ack)).code).toBe('INTAKE.COMPLAINT_IS_INVALID');
    });

    it('a withdrawn complaint takes no more commands', () => {
      const withdraw: ComplaintCommand = { type: 'Withdraw', complaintId: ID, reason: 'customer solved it' };
      expect(given(register(), withdraw).state.status).toBe('withdrawn');
      expect(errorOf(() => when([register(), withdraw], { type: 'Escalate', complaintId: ID, to: 'gm', reason: 'x', severity: null })).code).toBe(
        'INTAKE.COMPLAINT_IS_WITHDRAWN',
      );
    });

    it('IN-7 escalation reports up, may raise severity, and counts levels', () => {
      const esc = (severity: 'severe' | null): ComplaintCommand => ({ type: 'Escalate', complaintId: ID, to: 'business_head', reason: 'customer threatens to cancel', severity });
      const { state, events } = given(register(), esc('severe'), esc(null));
      expect(events.slice(2).map((e) => e.data)).toEqual([
        { complaintId: ID, to: 'business_head', reason: 'customer threatens to cancel', severity: 'severe', level: 1 },
        { complaintId: ID, to: 'business_head', reason: 'customer threatens to cancel', severity: 'severe', level: 2 },
      ]);
      expect(state).toMatchObject({ severity: 'severe', escalations: 2 });
    });
  });

  describe('reassessment by a supervisor (IN-3..IN-5)', () => {
    const doaFacts = facts({ category: 'performance', requestedResolution: 'exchange', product: { productLine: 'phone' } });

    it('re-evaluates with corrected evidence and records the previous outcome', () => {
      const [decided] = when([register(doaFacts)], {
        type: 'Reassess',
        complaintId: ID,
        corrections: { deadOnArrival: { testReportRef: 'att-9', packagingIntact: true, appearanceIntact: true } },
        override: null,
        reason: 'test report received',
        context,
      });
      expect(decided.data).toMatchObject({ kind: 'accepted_free', decidedBy: 'supervisor', previousKind: 'accepted_free', justification: 'test report received' });
      expect((decided.data as unknown as { reasons: { code: string }[] }).reasons.map((r) => r.code)).toContain('DOA_SWAP_ELIGIBLE');
    });

    it('corrections are folded: a later decision sees them', () => {
      const { state } = given(register(doaFacts), { type: 'Reassess', complaintId: ID, corrections: { suspectedCause: 'human_damage' }, override: null, reason: 'forklift damage found', context });
      expect(state).toMatchObject({ acceptance: 'accepted_paid', facts: { suspectedCause: 'human_damage' } });
    });

    it("an override replaces the policy's outcome and keeps the policy's reasons beside the justification", () => {
      const late = facts({ receivedAt: '2026-03-20T02:00:00.000Z' });
      const [decided] = when([register(late)], { type: 'Reassess', complaintId: ID, corrections: {}, override: { kind: 'accepted_paid', justification: 'long-standing customer' }, reason: null, context });
      expect(decided.data).toMatchObject({ kind: 'accepted_paid', previousKind: 'rejected', justification: 'long-standing customer', corrections: null });
      expect((decided.data as unknown as { reasons: { code: string; details: object }[] }).reasons).toContainEqual({
        rule: 'IN-3',
        code: 'SUPERVISOR_OVERRIDE',
        details: { policyKind: 'rejected', justification: 'long-standing customer' },
      });
    });
    it.each([null, '', '   '])('refuses a reassessment without an override or a reason (%p): a supervisor says why', (reason) => {
      const err = errorOf(() => when([register(doaFacts)], { type: 'Reassess', complaintId: ID, corrections: {}, override: null, reason, context }));
      expect(err.code).toBe('INTAKE.REASSESSMENT_REASON_REQUIRED');
    });
  });

  describe('deadline missed (IN-7, IN-8): once, when due, only while owed', () => {
    const miss = (obligation: 'acknowledge' | 'forward' | 'report_up', now: string): ComplaintCommand => ({ type: 'MarkDeadlineMissed', complaintId: ID, obligation, now: new Date(now) });

    it('is not raised before the due time', () => {
      expect(when([register()], miss('acknowledge', '2026-03-03T03:59:59.999Z'))).toEqual([]);
    });

    it('is raised at the due time, with a deterministic id and who owed it', () => {
      const [event] = when([register()], miss('acknowledge', '2026-03-03T04:00:00.000Z'));
      expect(event).toMatchObject({ type: 'intake.DeadlineMissed', data: { complaintId: ID, obligation: 'acknowledge', dueAt: '2026-03-03T04:00:00.000Z', responsibleId: 'cs-1' } });
      const [again] = when([register()], miss('acknowledge', '2026-03-04T00:00:00.000Z'));
      expect(again.id).toBe(event.id);
      const other = complaintDecider.decide(miss('report_up', '2026-03-04T00:00:00.000Z'), given(register()).state)[0];
      expect(other.id).not.toBe(event.id);
    });

    it('is raised once: a second tick is a no-op', () => {
      expect(when([register(), miss('acknowledge', '2026-03-03T05:00:00.000Z')], miss('acknowledge', '2026-03-03T06:00:00.000Z'))).toEqual([]);
    });

    it('is never raised for an obligation already met', () => {
      expect(when([register(), { type: 'Acknowledge', complaintId: ID, note: null }], miss('acknowledge', '2026-03-04T00:00:00.000Z'))).toEqual([]);
      expect(
        when([register(), { type: 'Escalate', complaintId: ID, to: 'gm', reason: 'x', severity: null }], miss('report_up', '2026-03-04T00:00:00.000Z')),
      ).toEqual([]);
    });

    it('is never raised for a closed, invalid or withdrawn complaint, nor for an obligation it does not have', () => {
      const late = miss('report_up', '2026-03-04T00:00:00.000Z');
      expect(when([register(), { type: 'Withdraw', complaintId: ID, reason: 'x' }], late)).toEqual([]);
      expect(when([register(), { type: 'Invalidate', complaintId: ID, reason: 'other', explanationToCustomer: 'x' }], late)).toEqual([]);
      expect(when([register(), { type: 'Acknowledge', complaintId: ID, note: null }, { type: 'Close', complaintId: ID, resolutionSummary: 'x' }], late)).toEqual([]);
      expect(when([register()], late)).toHaveLength(1);
      expect(when([register(facts({ category: 'service_attitude' }))], miss('forward', '2026-03-09T00:00:00.000Z'))).toEqual([]);
      expect(when([], miss('forward', '2026-03-09T00:00:00.000Z'))).toEqual([]);
    });

    it('IN-7 / IN-8 forwarding to the supervisor also reports the complaint up', () => {
      const ack: ComplaintCommand = { type: 'Acknowledge', complaintId: ID, note: null };
      const toSupervisor: ComplaintCommand = { type: 'Forward', complaintId: ID, targets: [{ target: 'supervisor', personId: null }], note: null };
      const toAssistant: ComplaintCommand = { type: 'Forward', complaintId: ID, targets: [{ target: 'sales_assistant', personId: null }], note: null };
      expect(when([register(), ack, toSupervisor], miss('report_up', '2026-03-04T00:00:00.000Z'))).toEqual([]);
      expect(when([register(), ack, toAssistant], miss('report_up', '2026-03-04T00:00:00.000Z'))).toHaveLength(1);
    });

    it('IN-8 a missed forwarding is recorded against the named owner', () => {
      const [event] = when([register(facts({ ownerId: 'rep-7', category: 'performance' }))], miss('forward', '2026-03-04T16:00:00.000Z'));
      expect(event.data).toMatchObject({ obligation: 'forward', responsibleId: 'rep-7' });
    });
  });
});
