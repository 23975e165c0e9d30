import { isLocalDate, localDateIn, periodAt } from './period';

describe('FR-1 the ratio period', () => {
  it('FR-1 month, quarter, year and rolling N days around a local date', () => {
    expect(periodAt({ kind: 'month' }, '2026-02-14')).toEqual({ kind: 'month', from: '2026-02-01', to: '2026-02-28' });
    expect(periodAt({ kind: 'month' }, '2028-02-29')).toEqual({ kind: 'month', from: '2028-02-01', to: '2028-02-29' });
    expect(periodAt({ kind: 'quarter' }, '2026-05-31')).toEqual({ kind: 'quarter', from: '2026-04-01', to: '2026-06-30' });
    expect(periodAt({ kind: 'quarter' }, '2026-12-07')).toEqual({ kind: 'quarter', from: '2026-10-01', to: '2026-12-31' });
    expect(periodAt({ kind: 'year' }, '2026-12-07')).toEqual({ kind: 'year', from: '2026-01-01', to: '2026-12-31' });
    expect(periodAt({ kind: 'rolling_days', days: 30 }, '2026-03-05')).toEqual({ kind: 'rolling_days', from: '2026-02-04', to: '2026-03-05' });
    expect(periodAt({ kind: 'rolling_days', days: 1 }, '2026-03-05')).toEqual({ kind: 'rolling_days', from: '2026-03-05', to: '2026-03-05' });
  });

  it('FR-1 dates are local to the policy zone: 31 Jan 23:30 UTC is already February in Shanghai', () => {
    expect(localDateIn('Asia/Shanghai', new Date('2026-01-31T23:30:00Z'))).toBe('2026-02-01');
    expect(localDateIn('UTC', new Date('2026-01-31T23:30:00Z'))).toBe('2026-01-31');
  });

  it('accepts real calendar dates only', () => {
    expect(isLocalDate('2026-02-28')).toBe(true);
    expect(isLocalDate('2026-02-30')).toBe(false);
    expect(isLocalDate('2026-2-3')).toBe(false);
  });
});
