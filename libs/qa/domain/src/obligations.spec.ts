import { ObligationChange, applyObligationChanges, fold, latestRound } from '@aftersales/eventsourcing';
import { loadCalendarRegistry } from '@aftersales/calendar';
import { CapaCommand, CapaEvent, capaDecider } from './capa.decider';
import { capaObligationChanges } from './obligations';
import { DEFAULT_QA_POLICY_YAML, parseQaPolicy } from './policy';

const CAPA = '0190f5c2-0000-7000-8000-0000000000c2';
const calendar = loadCalendarRegistry().forRegion('cn-east');
const policy = parseQaPolicy(DEFAULT_QA_POLICY_YAML, 'default');
const plan = { department: 'production' as const, ownerId: 'prod-1', dueOn: '2026-03-10', correctiveAction: 'c', preventiveAction: 'p' };

/** The deadline changes each command's events make, in order. */
function changesOf(...commands: CapaCommand[]) {
  const events: CapaEvent[] = [];
  const changes: ObligationChange[][] = [];
  for (const command of commands) {
    const decided = capaDecider.decide(command, fold(capaDecider, events));
    events.push(...decided);
    changes.push(decided.flatMap((e) => capaObligationChanges(e)));
  }
  return changes;
}

describe('QA-4 CAPA due dates as deadlines', () => {
  const openCapa: CapaCommand = { type: 'Open', capaId: CAPA, caseId: 'case-1', complaintId: null, plan, required: true, now: new Date('2026-03-03T03:00:00Z'), policy, policyDigest: 'sha256:test', calendar };
  const update = (changes: Partial<typeof plan>): CapaCommand => ({ type: 'Update', capaId: CAPA, changes, reason: 'r', calendar });

  it('opens the due date for its owner, moves it with the plan, and ends with the CAPA', () => {
    const [opened, moved, owner, closed] = changesOf(
      openCapa,
      update({ dueOn: '2026-03-12' }),
      update({ ownerId: 'prod-2' }),
      { type: 'RecordVerification', capaId: CAPA, shipmentId: 's1', lotId: null, checkedOn: '2026-03-04', result: 'pass', note: null, verifiedBy: 'qa', today: '2026-03-04' },
    );
    expect(opened).toEqual([{ kind: 'open', obligation: 'capa_due', dueAt: '2026-03-10T16:00:00.000Z', responsibleId: 'prod-1' }]);
    expect(moved).toEqual([{ kind: 'open', obligation: 'capa_due', dueAt: '2026-03-12T16:00:00.000Z', responsibleId: 'prod-1' }]);
    expect(owner).toEqual([{ kind: 'open', obligation: 'capa_due', dueAt: '2026-03-12T16:00:00.000Z', responsibleId: 'prod-2' }]);
    expect(closed).toEqual([]);
  });

  it('moved back to a due time already reported overdue, nothing stays open for the scheduler to retry forever', () => {
    const [opened, overdue, moved, back] = changesOf(openCapa, { type: 'MarkOverdue', capaId: CAPA, now: new Date('2026-03-11T00:00:00Z') }, update({ dueOn: '2026-03-20' }), update({ dueOn: '2026-03-10' }));
    expect(overdue).toEqual([{ kind: 'miss', obligation: 'capa_due' }]);
    expect(moved).toEqual([{ kind: 'open', obligation: 'capa_due', dueAt: '2026-03-20T16:00:00.000Z', responsibleId: 'prod-1' }]);
    // The round of the old due time is owed again only to be recorded as missed at once.
    expect(back).toEqual([
      { kind: 'open', obligation: 'capa_due', dueAt: '2026-03-10T16:00:00.000Z', responsibleId: 'prod-1' },
      { kind: 'miss', obligation: 'capa_due' },
    ]);
    const ledger = applyObligationChanges([], [opened, overdue, moved, back].flat());
    expect(latestRound(ledger, 'capa_due')).toMatchObject({ dueAt: '2026-03-10T16:00:00.000Z', state: 'missed' });
  });
});
