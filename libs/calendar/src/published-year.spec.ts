import { loadCalendarRegistry } from './calendar-registry';
import { InvalidOverridesError, UnknownRegionError } from './errors';
import { PublishedYear } from './published-year';

/**
 * Years published at run time (issue 17). The 2027 days below are test data shaped like a State
 * Council notice (New Year on Friday 1 January with the weekend, a make-up Saturday), not the notice.
 */
const NEW_YEAR_2027: PublishedYear = {
  target: 'cn',
  year: 2027,
  revision: 1,
  holidays: [
    { date: '2027-01-01', name: "New Year's Day", localName: '元旦' },
    { date: '2027-01-02', name: "New Year's Day", localName: '元旦' },
    { date: '2027-01-03', name: "New Year's Day", localName: '元旦' },
  ],
  workdays: [{ date: '2027-01-09', name: 'Adjusted working day', localName: '调休' }],
  source: 'test notice 2027-1',
};

describe('CalendarRegistry.publish (IN-3, QA-3 deadlines on a year published at run time)', () => {
  it('IN-3 a national year published for the cn source covers 2027 in every mainland region, and their versions name it', () => {
    const registry = loadCalendarRegistry();
    const before = registry.forRegion('cn-east');
    expect(before.covers('2027-01-04')).toBe(false);
    expect(before.isWorkingDay('2027-01-01')).toBe(true);

    expect(registry.publish(NEW_YEAR_2027)).toBe(true);

    for (const region of ['cn-east', 'cn-north', 'cn-guangxi']) {
      const calendar = registry.forRegion(region);
      expect(calendar.covers('2027-06-01')).toBe(true);
      expect(calendar.dayKind('2027-01-01')).toMatchObject({ kind: 'holiday', localName: '元旦', origin: 'source' });
      expect(calendar.dayKind('2027-01-09')).toMatchObject({ kind: 'makeup_workday', origin: 'source' });
      expect(calendar.version).toBe('cn:chinese-days@1.5.7+overrides@2026.1+regions@2026.1+cn/2027@1');
    }
    // Goods received Wed 2026-12-30: Thu 12-31, (New Year) Mon 01-04, Tue 01-05.
    expect(registry.forRegion('cn-east').addWorkingDays('2026-12-30', 3)).toBe('2027-01-05');
    expect(registry.forRegion('de').version).toBe('weekly+overrides@2026.1+regions@2026.1');
    expect(registry.version).toBe('chinese-days@1.5.7+overrides@2026.1+regions@2026.1+cn/2027@1');
    // A calendar taken before the publication keeps answering as it did (a decision under way keeps its version).
    expect(before.isWorkingDay('2027-01-01')).toBe(true);
    expect(before.version).toBe('cn:chinese-days@1.5.7+overrides@2026.1+regions@2026.1');
  });

  it('a newer revision replaces the year; the same or an older revision changes nothing (redelivery)', () => {
    const registry = loadCalendarRegistry();
    registry.publish(NEW_YEAR_2027);
    const revised = { ...NEW_YEAR_2027, revision: 2, holidays: NEW_YEAR_2027.holidays.slice(0, 1), workdays: [] };
    expect(registry.publish(revised)).toBe(true);
    expect(registry.forRegion('cn-east').isWorkingDay('2027-01-09')).toBe(false);
    expect(registry.forRegion('cn-east').version).toMatch(/\+cn\/2027@2$/);
    expect(registry.publish(NEW_YEAR_2027)).toBe(false);
    expect(registry.publish(revised)).toBe(false);
    expect(registry.publishedYear('cn', 2027)?.revision).toBe(2);
  });

  it('a region year adds its own days on top of the national year (Guangxi), and completes a region without a source (de)', () => {
    const registry = loadCalendarRegistry();
    registry.publish(NEW_YEAR_2027);
    registry.publish({ target: 'cn-guangxi', year: 2027, revision: 1, holidays: [{ date: '2027-04-09', name: 'Zhuang Sanyuesan', localName: '壮族三月三' }], workdays: [], source: 'test regional notice' });
    expect(registry.forRegion('cn-guangxi').dayKind('2027-04-09')).toMatchObject({ kind: 'holiday', origin: 'override' });
    expect(registry.forRegion('cn-guangxi').dayKind('2027-01-01').kind).toBe('holiday');
    expect(registry.forRegion('cn-south').dayKind('2027-04-09').kind).toBe('workday');
    expect(registry.forRegion('cn-guangxi').version).toMatch(/\+cn\/2027@1\+cn-guangxi\/2027@1$/);

    expect(registry.forRegion('de').covers('2027-05-01')).toBe(false);
    registry.publish({ target: 'de', year: 2027, revision: 1, holidays: [{ date: '2027-01-01', name: 'Neujahr' }], workdays: [], source: 'test' });
    expect(registry.forRegion('de').covers('2027-05-01')).toBe(true);
  });

  it('refuses an unknown target and days that do not check out, naming each problem', () => {
    const registry = loadCalendarRegistry();
    expect(() => registry.publish({ ...NEW_YEAR_2027, target: 'mars' })).toThrow(UnknownRegionError);
    const bad = { ...NEW_YEAR_2027, holidays: [{ date: '2028-01-01', name: 'x' }], workdays: [{ date: '2027-02-30', name: 'y' }] };
    expect(() => registry.publish(bad)).toThrow(InvalidOverridesError);
    expect(() => registry.publish(bad)).toThrow(/holidays\[0\]\.date: 2028-01-01 is not in 2027.*workdays\[0\]\.date: not a date/);
    expect(registry.publishedYears()).toEqual([]);
  });

  it('says what a target names', () => {
    const registry = loadCalendarRegistry();
    expect(registry.target('cn')).toMatchObject({ kind: 'source', regions: expect.arrayContaining(['cn-east', 'cn-guangxi']) });
    expect(registry.target('cn')?.regions).not.toContain('de');
    expect(registry.target('de')).toEqual({ kind: 'region', id: 'de', regions: ['de'] });
    expect(registry.target('mars')).toBeNull();
  });
});
