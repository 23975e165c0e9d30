import { EMPTY_LEDGER, applyObligationChange, applyObligationChanges, latestRound, ledgerSummary, missableRound, obligationsAt, owedRounds, wouldBeLate } from './obligations';

describe('obligationsAt (a read model seen at the clock)', () => {
  const now = new Date('2026-03-04T00:00:00.000Z');

  it('is overdue when an owed obligation is past due, recorded as missed or not yet, and points at the next one still ahead', () => {
    expect(obligationsAt([{ dueAt: '2026-03-03T04:00:00.000Z', state: 'missed' }, { dueAt: '2026-03-04T16:00:00.000Z', state: 'open' }], now)).toEqual({
      overdue: true,
      nextDueAt: '2026-03-04T16:00:00.000Z',
    });
    // Past due before the scheduler's tick recorded the miss.
    expect(obligationsAt([{ dueAt: '2026-03-03T06:00:00.000Z', state: 'open' }], now)).toEqual({ overdue: true, nextDueAt: null });
  });

  it('is due at the instant itself (a deadline is missed when now ≥ it), and owes nothing without obligations', () => {
    expect(obligationsAt([{ dueAt: now.toISOString(), state: 'open' }], now)).toEqual({ overdue: true, nextDueAt: null });
    expect(obligationsAt([{ dueAt: '2026-03-04T00:00:00.001Z', state: 'open' }], now)).toEqual({ overdue: false, nextDueAt: '2026-03-04T00:00:00.001Z' });
    expect(obligationsAt([], now)).toEqual({ overdue: false, nextDueAt: null });
  });
});

describe('the obligation ledger (one fold for decider, view and tracker)', () => {
  const due = '2026-03-04T10:00:00.000Z';
  const opened = applyObligationChanges(EMPTY_LEDGER, [
    { kind: 'open', obligation: 'acknowledge', dueAt: due, responsibleId: 'u-1' },
    { kind: 'open', obligation: 'report_up', dueAt: '2026-03-05T10:00:00.000Z' },
  ]);

  it('opens rounds, meets them in time or late, and records a miss only on an open round', () => {
    expect(opened.map((r) => [r.obligation, r.state, r.responsibleId])).toEqual([
      ['acknowledge', 'open', 'u-1'],
      ['report_up', 'open', null],
    ]);
    expect(latestRound(applyObligationChange(opened, { kind: 'meet', obligation: 'acknowledge' }), 'acknowledge')?.state).toBe('met');
    expect(latestRound(applyObligationChange(opened, { kind: 'meet', obligation: 'acknowledge', late: true }), 'acknowledge')?.state).toBe('met_late');
    const missed = applyObligationChange(opened, { kind: 'miss', obligation: 'acknowledge' });
    expect(latestRound(missed, 'acknowledge')?.state).toBe('missed');
    // Met after the miss: late, whatever the event says; a second meet or miss changes nothing.
    const metLate = applyObligationChange(missed, { kind: 'meet', obligation: 'acknowledge' });
    expect(latestRound(metLate, 'acknowledge')?.state).toBe('met_late');
    expect(applyObligationChange(metLate, { kind: 'miss', obligation: 'acknowledge' })).toBe(metLate);
    expect(applyObligationChange(metLate, { kind: 'meet', obligation: 'acknowledge' })).toBe(metLate);
    // A change of an obligation never opened is nothing.
    expect(applyObligationChange(opened, { kind: 'meet', obligation: 'forward' })).toBe(opened);
  });

  it('replaces a round still open and keeps a finished one on record (a department instructed again)', () => {
    const again = applyObligationChange(opened, { kind: 'open', obligation: 'acknowledge', dueAt: '2026-03-06T00:00:00.000Z' });
    expect(again.filter((r) => r.obligation === 'acknowledge')).toEqual([{ obligation: 'acknowledge', dueAt: '2026-03-06T00:00:00.000Z', state: 'open', responsibleId: null }]);
    const met = applyObligationChange(opened, { kind: 'meet', obligation: 'acknowledge' });
    const second = applyObligationChange(met, { kind: 'open', obligation: 'acknowledge', dueAt: '2026-03-06T00:00:00.000Z' });
    expect(second.filter((r) => r.obligation === 'acknowledge').map((r) => r.state)).toEqual(['met', 'open']);
    // Only the latest round changes.
    expect(applyObligationChange(second, { kind: 'meet', obligation: 'acknowledge', late: true }).filter((r) => r.obligation === 'acknowledge').map((r) => r.state)).toEqual(['met', 'met_late']);
  });

  it('reschedules the latest round, and cancelling ends what is open but keeps a miss on record', () => {
    const moved = applyObligationChange(opened, { kind: 'reschedule', obligation: 'report_up', dueAt: '2026-03-09T10:00:00.000Z' });
    expect(latestRound(moved, 'report_up')).toEqual({ obligation: 'report_up', dueAt: '2026-03-09T10:00:00.000Z', state: 'open', responsibleId: null });
    const ended = applyObligationChanges(opened, [{ kind: 'miss', obligation: 'acknowledge' }, { kind: 'cancel_all' }]);
    expect(ended.map((r) => r.state)).toEqual(['missed', 'cancelled']);
    expect(owedRounds(ended).map((r) => r.obligation)).toEqual(['acknowledge']);
    expect(ledgerSummary(ended, true)).toEqual({ nextDueAt: null, earliestOwedDueAt: null });
    expect(ledgerSummary(ended, false)).toEqual({ nextDueAt: null, earliestOwedDueAt: due });
  });

  it('says when meeting is late and which round the scheduler may record as missed', () => {
    const before = new Date('2026-03-04T09:59:59.999Z');
    const at = new Date(due);
    expect(wouldBeLate(opened, 'acknowledge', before)).toBe(false);
    expect(wouldBeLate(opened, 'acknowledge', at)).toBe(true);
    expect(missableRound(opened, 'acknowledge', before)).toBeNull();
    expect(missableRound(opened, 'acknowledge', at)?.dueAt).toBe(due);
    const met = applyObligationChange(opened, { kind: 'meet', obligation: 'acknowledge' });
    expect(wouldBeLate(met, 'acknowledge', at)).toBe(false);
    expect(missableRound(met, 'acknowledge', at)).toBeNull();
    expect(wouldBeLate(opened, 'forward', at)).toBe(false);
  });
});
