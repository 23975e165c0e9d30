import { CalendarRegistry, loadCalendarRegistry } from './calendar-registry';
import { InvalidRegionDefinitionError, UnknownRegionError } from './errors';
import { ChineseDaysSource } from './holiday-source';
import { OverridesDocument } from './overrides';
import { DEFAULT_REGION_SET } from './regions';

describe('CalendarRegistry', () => {
  const registry = loadCalendarRegistry();

  it('ships the default regions', () => {
    expect(registry.regions()).toEqual([
      'cn-north',
      'cn-northeast',
      'cn-east',
      'cn-south',
      'cn-central',
      'cn-southwest',
      'cn-northwest',
      'cn-guangxi',
      'de',
    ]);
    expect(registry.hasRegion('cn-east')).toBe(true);
    expect(registry.hasRegion('cn-mars')).toBe(false);
    for (const id of registry.regions().filter((r) => r.startsWith('cn-'))) {
      const calendar = registry.forRegion(id);
      expect([calendar.timeZone, calendar.businessHours]).toEqual(['Asia/Shanghai', { start: '08:30', end: '17:30' }]);
    }
    expect(registry.forRegion('de').timeZone).toBe('Europe/Berlin');
  });

  it('throws CALENDAR.UNKNOWN_REGION for a region not configured', () => {
    expect(() => registry.forRegion('cn-mars')).toThrow(UnknownRegionError);
    expect(() => registry.forRegion('cn-mars')).toThrow(expect.objectContaining({ code: 'CALENDAR.UNKNOWN_REGION', region: 'cn-mars' }));
  });

  it('versions name the package, the overrides and the region set', () => {
    expect(registry.version).toBe('chinese-days@1.5.7+overrides@2026.1+regions@2026.1');
    expect(registry.forRegion('cn-east').version).toBe('cn:chinese-days@1.5.7+overrides@2026.1+regions@2026.1');
    expect(registry.forRegion('de').version).toBe('weekly+overrides@2026.1+regions@2026.1');
  });

  it('Guangxi observes 壮族三月三 (2025-03-31, lunar 3/3) on top of the national calendar; the rest of South China works', () => {
    expect(registry.forRegion('cn-guangxi').dayKind('2025-03-31')).toMatchObject({ kind: 'holiday', localName: '壮族三月三', origin: 'override' });
    expect(registry.forRegion('cn-south').dayKind('2025-03-31').kind).toBe('workday');
    expect(registry.forRegion('cn-guangxi').dayKind('2026-02-14').kind).toBe('makeup_workday');
  });

  describe('with operator overrides', () => {
    const overrides: OverridesDocument = {
      version: '2026.2',
      regions: {
        'cn-east': {
          extraHolidays: [{ date: '2026-03-02', name: 'Plant shutdown' }],
          extraWorkdays: [
            { date: '2026-03-07', name: 'Inventory Saturday' },
            { date: '2026-02-16', name: 'Holiday duty' },
          ],
        },
        de: { completeYears: [2026] },
      },
      sources: {
        // Test fixture, not real data: a 2031 national calendar with a single holiday.
        cn: { years: { '2031': { holidays: [{ date: '2031-01-01', name: 'Fixture New Year' }], workdays: [] } } },
      },
    };
    const custom = loadCalendarRegistry({ overrides });
    const east = custom.forRegion('cn-east');

    it('adds a regional holiday and working day and bumps every version', () => {
      expect(east.dayKind('2026-03-02')).toEqual({ kind: 'holiday', name: 'Plant shutdown', origin: 'override' });
      expect(east.dayKind('2026-03-07')).toEqual({ kind: 'makeup_workday', name: 'Inventory Saturday', origin: 'override' });
      expect(east.dayKind('2026-02-16')).toEqual({ kind: 'workday', name: 'Holiday duty', origin: 'override' });
      expect(east.addWorkingDays('2026-02-27', 2)).toBe('2026-03-03'); // Sat 02-28, (Mon 03-02 off), Tue 03-03
      expect(custom.forRegion('cn-north').dayKind('2026-03-02').kind).toBe('workday');
      expect(custom.version).toBe('chinese-days@1.5.7+overrides@2026.2+regions@2026.1');
      expect(east.version).toBe('cn:chinese-days@1.5.7+overrides@2026.2+regions@2026.1');
    });

    it('a source year from overrides covers a year the package lacks', () => {
      expect(registry.forRegion('cn-east').covers('2031-06-01')).toBe(false);
      expect(east.covers('2031-06-01')).toBe(true);
      expect(east.dayKind('2031-01-01')).toEqual({ kind: 'holiday', name: 'Fixture New Year', origin: 'source' });
    });

    it('completeYears declares a source-less region covered', () => {
      expect(custom.forRegion('de').covers('2026-07-01')).toBe(true);
      expect(custom.forRegion('de').covers('2027-07-01')).toBe(false);
    });
  });

  it('rejects overrides for a region or source that is not configured', () => {
    expect(() =>
      loadCalendarRegistry({ overrides: { version: '1', regions: { 'cn-mars': {} }, sources: { jp: { years: {} } } } }),
    ).toThrow(
      expect.objectContaining({
        code: 'CALENDAR.INVALID_OVERRIDES',
        issues: [
          { path: 'sources.jp', reason: 'unknown holiday source' },
          { path: 'regions.cn-mars', reason: 'unknown region' },
        ],
      }),
    );
  });

  it('rejects region definitions with an unknown zone, a seven-day weekend or inverted hours', () => {
    const [base] = DEFAULT_REGION_SET.regions;
    const build = () =>
      new CalendarRegistry(
        {
          version: 'test',
          regions: [
            { ...base, id: 'x', timeZone: 'Asia/Atlantis' },
            { ...base, id: 'y', weekend: [1, 2, 3, 4, 5, 6, 7] },
            { ...base, id: 'z', businessHours: { start: '17:30', end: '08:30' } },
          ],
        },
        [new ChineseDaysSource()],
        { version: 'none' },
      );
    expect(build).toThrow(InvalidRegionDefinitionError);
    expect(build).toThrow(/regions\[0\]\.timeZone.*regions\[1\]\.weekend.*regions\[2\]\.businessHours/);
  });
});
