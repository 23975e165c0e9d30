import { getSolarDateFromLunar } from 'chinese-days';
import bundled from '../data/overrides.json';
import { InvalidOverridesError } from './errors';
import { parseOverridesDocument } from './overrides';

const issuesOf = (input: unknown) => {
  try {
    parseOverridesDocument(input);
  } catch (err) {
    expect(err).toBeInstanceOf(InvalidOverridesError);
    expect((err as InvalidOverridesError).code).toBe('CALENDAR.INVALID_OVERRIDES');
    return (err as InvalidOverridesError).issues;
  }
  throw new Error('expected the document to be rejected');
};

describe('parseOverridesDocument', () => {
  it('accepts the bundled data/overrides.json', () => {
    expect(parseOverridesDocument(bundled).version).toBe('2026.1');
  });

  it('bundled Guangxi 壮族三月三 dates are lunar 3/3 by chinese-days, not typed in by hand', () => {
    const days = parseOverridesDocument(bundled).regions?.['cn-guangxi']?.extraHolidays ?? [];
    expect(days.length).toBeGreaterThan(0);
    for (const day of days) {
      expect(day.localName).toBe('壮族三月三');
      expect(getSolarDateFromLunar(`${day.date.slice(0, 4)}-03-03`).date).toBe(day.date);
    }
  });

  it('reports the JSON path and reason of a malformed date', () => {
    const issues = issuesOf({
      version: '2026.2',
      regions: {
        'cn-east': {
          extraHolidays: [
            { date: '2026-03-02', name: 'a' },
            { date: '2026-03-03', name: 'b' },
            { date: '2026-02-30', name: 'c' },
          ],
        },
      },
    });
    expect(issues).toEqual([{ path: 'regions.cn-east.extraHolidays[2].date', reason: 'not a date (YYYY-MM-DD): "2026-02-30"' }]);
  });

  it('lists every problem: version, unknown fields, names, duplicates, conflicts, years', () => {
    const issues = issuesOf({
      versoin: '1',
      sources: {
        cn: {
          years: {
            '2031': { holidays: [{ date: '2030-12-31', name: 'x' }], workdays: 'none' },
            '31': { holidays: [], workdays: [] },
          },
        },
      },
      regions: {
        'cn-east': {
          extraHolidays: [
            { date: '2026-03-02', name: '' },
            { date: '2026-03-09', name: 'x' },
            { date: '2026-03-09', name: 'y' },
          ],
          extraWorkdays: [{ date: '2026-03-09', name: 'z', colour: 'red' }],
          completeYears: [2026, '2027'],
        },
      },
    });
    // Integer-like keys (years) enumerate in ascending order, whatever the JSON order.
    expect(issues).toEqual([
      { path: 'versoin', reason: 'unknown field' },
      { path: 'version', reason: 'required: letters, digits, ".", "_" or "-", starting with a letter or digit' },
      { path: 'sources.cn.years.31', reason: 'not a year (YYYY)' },
      { path: 'sources.cn.years.2031.holidays[0].date', reason: '2030-12-31 is not in 2031' },
      { path: 'sources.cn.years.2031.workdays', reason: 'not a list' },
      { path: 'regions.cn-east.extraHolidays[0].name', reason: 'required: a non-empty string' },
      { path: 'regions.cn-east.extraHolidays[2].date', reason: '2026-03-09 is listed twice' },
      { path: 'regions.cn-east.extraWorkdays[0].colour', reason: 'unknown field' },
      { path: 'regions.cn-east.extraWorkdays', reason: '2026-03-09 is also in extraHolidays' },
      { path: 'regions.cn-east.completeYears[1]', reason: 'not a year: "2027"' },
    ]);
  });

  it('rejects something that is not an object', () => {
    expect(issuesOf(null)).toEqual([{ path: '$', reason: 'not an object' }]);
  });
});
