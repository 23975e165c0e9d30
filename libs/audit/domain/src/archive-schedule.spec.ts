import { ARCHIVE_SCHEDULE_POLICY, MAX_SCHEDULE_RANGE_DAYS, expectedSubmissions, periodContaining, periodOfKey } from './archive-schedule';

describe('AU-3 archive schedule (seed 000): what is due, for which period, by when', () => {
  it('AU-3 dispatch phone log quarterly, due the 2nd of the next quarter\'s first month', () => {
    expect(periodContaining('quarterly', '2026-02-14')).toEqual({ key: '2026-Q1', start: '2026-01-01', end: '2026-04-01', dueOn: '2026-04-02' });
    expect(periodContaining('quarterly', '2026-12-31')).toEqual({ key: '2026-Q4', start: '2026-10-01', end: '2027-01-01', dueOn: '2027-01-02' });
  });

  it('AU-3 work orders and repair receipts monthly, due the 2nd of the next month', () => {
    expect(periodContaining('monthly', '2026-02-28')).toEqual({ key: '2026-02', start: '2026-02-01', end: '2026-03-01', dueOn: '2026-03-02' });
  });

  it('AU-3 statistics weekly (ISO weeks), due Tuesday of the next week', () => {
    // Monday 2 March 2026 starts ISO week 10; the next Tuesday is 10 March.
    expect(periodContaining('weekly', '2026-03-04')).toEqual({ key: '2026-W10', start: '2026-03-02', end: '2026-03-09', dueOn: '2026-03-10' });
    // 1 January 2027 is a Friday: its week is 2026's week 53.
    expect(periodContaining('weekly', '2027-01-01')).toMatchObject({ key: '2026-W53', start: '2026-12-28' });
  });

  it('AU-3 generates every period lying wholly in the range, per kind, under the policy version', () => {
    const march = expectedSubmissions(ARCHIVE_SCHEDULE_POLICY, '2026-03-01', '2026-04-01');
    expect(march.map((e) => `${e.kind}:${e.period.key}`)).toEqual([
      'work_orders:2026-03',
      'repair_receipts:2026-03',
      'statistics:2026-W10',
      'statistics:2026-W11',
      'statistics:2026-W12',
      'statistics:2026-W13',
    ]);
    expect(new Set(march.map((e) => e.scheduleVersion))).toEqual(new Set([ARCHIVE_SCHEDULE_POLICY.version]));
    const year = expectedSubmissions(ARCHIVE_SCHEDULE_POLICY, '2026-01-01', '2027-01-01');
    expect(year.filter((e) => e.kind === 'dispatch_phone_log').map((e) => e.period.key)).toEqual(['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4']);
    expect(year.length).toBeLessThanOrEqual(4 + 12 + 12 + 53);
    expect(MAX_SCHEDULE_RANGE_DAYS).toBe(366);
  });
});

describe('AU-4 period keys of the evidence endpoints', () => {
  it('AU-4 names a month, a quarter or an ISO week, and refuses a week the year does not have', () => {
    expect(periodOfKey('2026-03')).toMatchObject({ start: '2026-03-01', end: '2026-04-01' });
    expect(periodOfKey('2026-Q2')).toMatchObject({ start: '2026-04-01', end: '2026-07-01' });
    expect(periodOfKey('2026-W01')).toMatchObject({ start: '2025-12-29', end: '2026-01-05' });
    expect(periodOfKey('2026-W53')).toMatchObject({ start: '2026-12-28' });
    expect(periodOfKey('2025-W53')).toBeNull();
    expect(periodOfKey('2026-13')).toBeNull();
    expect(periodOfKey('2026-Q5')).toBeNull();
  });
});
