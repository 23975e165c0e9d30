import { obligationsAt } from './obligations';

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
