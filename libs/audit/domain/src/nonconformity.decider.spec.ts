import { AUDIT } from './errors';
import { NonconformityCommand, nonconformityDecider } from './nonconformity.decider';
import { errorOf, scenario, shanghai, single } from './testing-fixtures';

const ID = '0190f5c2-0000-7000-8000-0000000000f1';
const at = (iso: string) => new Date(iso);
const raise: NonconformityCommand = { type: 'Raise', nonconformityId: ID, region: 'cn-east', clause: 'GB/T 27922 5.3', finding: '3月两次上门超时未记录原因', severity: 'minor', raisedBy: 'admin-1', now: at('2026-04-10T02:00:00.000Z') };
const plan = (now = '2026-04-11T02:00:00.000Z'): NonconformityCommand => ({ type: 'PlanCorrectiveAction', nonconformityId: ID, action: '派工系统强制填写超时原因', ownerId: 'ops-1', dueOn: '2026-04-30', plannedBy: 'admin-1', now: at(now), calendar: shanghai });
const check = (effective: boolean, now = '2026-04-29T02:00:00.000Z'): NonconformityCommand => ({ type: 'CheckEffectiveness', nonconformityId: ID, effective, note: '抽查20单', checkedBy: 'auditor-1', now: at(now) });
const missed = (now: string): NonconformityCommand => ({ type: 'MarkDeadlineMissed', nonconformityId: ID, obligation: 'corrective_action', now: at(now) });
/** The end of 30 April in Shanghai. */
const DUE = '2026-04-30T16:00:00.000Z';

describe('AU-4 audit nonconformity decider: nonconformity → corrective action → effectiveness check', () => {
  const { given, when } = scenario(nonconformityDecider);

  it('AU-4 raises a nonconformity against a clause, once', () => {
    expect(single(when([], raise), 'audit.NonconformityRaised').data).toMatchObject({ clause: 'GB/T 27922 5.3', severity: 'minor', raisedAt: '2026-04-10T02:00:00.000Z' });
    expect(errorOf(() => when([raise], raise))).toMatchObject({ code: AUDIT.NONCONFORMITY_EXISTS });
  });

  it('AU-4 plans a corrective action owed by the end of its due date in the region', () => {
    expect(single(when([raise], plan()), 'audit.CorrectiveActionPlanned').data).toMatchObject({ round: 1, ownerId: 'ops-1', dueAt: DUE, calendarVersion: shanghai.version });
    expect(given(raise, plan()).state).toMatchObject({ status: 'action_planned', obligations: [{ obligation: 'corrective_action', dueAt: DUE, state: 'open' }] });
    expect(errorOf(() => when([raise, plan()], plan()))).toMatchObject({ code: AUDIT.NONCONFORMITY_IS.action_planned, details: { status: 'action_planned' } });
  });

  it('AU-4 an effective check closes it; an ineffective one sends it back for another action (round 2)', () => {
    expect(given(raise, plan(), check(true)).state).toMatchObject({ status: 'closed' });
    expect(given(raise, plan(), check(false)).state).toMatchObject({ status: 'raised', round: 1 });
    expect(single(when([raise, plan(), check(false)], plan()), 'audit.CorrectiveActionPlanned').data.round).toBe(2);
    expect(errorOf(() => when([raise], check(true)))).toMatchObject({ code: AUDIT.NONCONFORMITY_IS.raised });
    expect(errorOf(() => when([raise, plan(), check(true)], check(true)))).toMatchObject({ code: AUDIT.NONCONFORMITY_IS.closed });
    expect(errorOf(() => when([], check(true)))).toMatchObject({ code: AUDIT.NONCONFORMITY_NOT_FOUND });
  });

  it('AU-4 a corrective action past its due date is flagged once; a late check says so', () => {
    expect(when([raise, plan()], missed('2026-04-30T15:00:00.000Z'))).toEqual([]);
    const first = single(when([raise, plan()], missed('2026-05-01T01:00:00.000Z')), 'audit.CorrectiveActionOverdue');
    expect(first.data).toEqual({ nonconformityId: ID, obligation: 'corrective_action', dueAt: DUE, responsibleId: 'ops-1' });
    expect(when([raise, plan(), missed('2026-05-01T01:00:00.000Z')], missed('2026-05-02T01:00:00.000Z'))).toEqual([]);
    expect(single(when([raise, plan(), missed('2026-05-01T01:00:00.000Z')], check(true, '2026-05-03T01:00:00.000Z')), 'audit.EffectivenessChecked').data.late).toBe(true);
    expect(when([raise, plan(), check(true)], missed('2026-05-01T01:00:00.000Z'))).toEqual([]);
  });
});
