import { CalendarDataIssue, InvalidOverridesError } from './errors';
import { isLocalDate, LocalDate } from './local-date';

/** One date an operator adds, with the name shown to users and recorded in decisions. */
export interface OverrideDay {
  date: LocalDate;
  name: string;
  /** Name in the local language, e.g. 壮族三月三. */
  localName?: string;
  /** Where the date comes from (notice, computation). */
  note?: string;
}

/** A whole year of a holiday source the package lacks (or corrects): replaces the package's data for that year. */
export interface SourceYearOverride {
  holidays: OverrideDay[];
  /** Adjusted working days 调休 (usually a Saturday or Sunday). */
  workdays: OverrideDay[];
  note?: string;
}

export interface RegionOverrides {
  /** Regional days off on top of the region's holiday source (e.g. a provincial festival). */
  extraHolidays?: OverrideDay[];
  /** Regional working days; they win over the source and the weekend. */
  extraWorkdays?: OverrideDay[];
  /** Years in which every day off of this region has been entered by hand: the calendar covers them even without a source. */
  completeYears?: number[];
}

/**
 * Operator-maintained calendar data (libs/calendar/data/overrides.json). Every change bumps
 * `version`, which is part of each calendar's version and so of every decision computed with it.
 */
export interface OverridesDocument {
  version: string;
  description?: string;
  /** By holiday source id (e.g. `cn`), then by year (`"2027"`). */
  sources?: Record<string, { years: Record<string, SourceYearOverride> }>;
  /** By region id. */
  regions?: Record<string, RegionOverrides>;
}

const VERSION = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const YEAR = /^\d{4}$/;

/**
 * Validates an overrides document (usually parsed JSON). Throws `CALENDAR.INVALID_OVERRIDES`
 * listing every problem with its JSON path, e.g. `regions.cn-east.extraHolidays[2].date: not a date`.
 */
export function parseOverridesDocument(input: unknown): OverridesDocument {
  const issues: CalendarDataIssue[] = [];
  const doc = new Reader(issues).document(input);
  if (issues.length > 0 || !doc) throw new InvalidOverridesError(issues);
  return doc;
}

/**
 * The days of one published year (public holidays and adjusted working days 调休), checked as a
 * source year of an overrides document is: real dates inside `year`, each once, a date not both.
 * Throws `CALENDAR.INVALID_OVERRIDES` listing every problem (`holidays[2].date: …`).
 */
export function parseYearDays(input: { holidays: unknown; workdays: unknown }, year: number): { holidays: OverrideDay[]; workdays: OverrideDay[] } {
  const issues: CalendarDataIssue[] = [];
  const reader = new Reader(issues);
  const y = String(year).padStart(4, '0');
  const holidays = reader.days(input.holidays, 'holidays', true, y);
  const workdays = reader.days(input.workdays, 'workdays', true, y);
  reader.disjoint(holidays, workdays, 'workdays', 'holidays');
  if (issues.length > 0) throw new InvalidOverridesError(issues);
  return { holidays, workdays };
}

/** An empty document: no overrides at all. */
export function emptyOverrides(version = 'none'): OverridesDocument {
  return { version };
}

class Reader {
  constructor(private readonly issues: CalendarDataIssue[]) {}

  document(input: unknown): OverridesDocument | undefined {
    const o = this.object(input, '$', ['version', 'description', 'sources', 'regions']);
    if (!o) return undefined;
    const doc: OverridesDocument = { version: '' };
    if (typeof o['version'] !== 'string' || !VERSION.test(o['version'])) {
      this.fail('version', 'required: letters, digits, ".", "_" or "-", starting with a letter or digit');
    } else {
      doc.version = o['version'];
    }
    if (o['description'] !== undefined) doc.description = this.text(o['description'], 'description');
    if (o['sources'] !== undefined) doc.sources = this.sources(o['sources'], 'sources');
    if (o['regions'] !== undefined) doc.regions = this.regions(o['regions'], 'regions');
    return doc;
  }

  private sources(input: unknown, path: string): OverridesDocument['sources'] {
    const result: NonNullable<OverridesDocument['sources']> = {};
    for (const [id, value] of Object.entries(this.object(input, path) ?? {})) {
      const source = this.object(value, `${path}.${id}`, ['years']);
      if (!source) continue;
      const years: Record<string, SourceYearOverride> = {};
      for (const [year, yearValue] of Object.entries(this.object(source['years'], `${path}.${id}.years`) ?? {})) {
        const yearPath = `${path}.${id}.years.${year}`;
        if (!YEAR.test(year)) {
          this.fail(yearPath, 'not a year (YYYY)');
          continue;
        }
        const y = this.object(yearValue, yearPath, ['holidays', 'workdays', 'note']);
        if (!y) continue;
        const holidays = this.days(y['holidays'], `${yearPath}.holidays`, true, year);
        const workdays = this.days(y['workdays'], `${yearPath}.workdays`, true, year);
        this.disjoint(holidays, workdays, `${yearPath}.workdays`, 'holidays');
        years[year] = { holidays, workdays, ...(y['note'] !== undefined ? { note: this.text(y['note'], `${yearPath}.note`) } : {}) };
      }
      result[id] = { years };
    }
    return result;
  }

  private regions(input: unknown, path: string): OverridesDocument['regions'] {
    const result: NonNullable<OverridesDocument['regions']> = {};
    for (const [id, value] of Object.entries(this.object(input, path) ?? {})) {
      const regionPath = `${path}.${id}`;
      const r = this.object(value, regionPath, ['extraHolidays', 'extraWorkdays', 'completeYears']);
      if (!r) continue;
      const extraHolidays = this.days(r['extraHolidays'], `${regionPath}.extraHolidays`, false);
      const extraWorkdays = this.days(r['extraWorkdays'], `${regionPath}.extraWorkdays`, false);
      this.disjoint(extraHolidays, extraWorkdays, `${regionPath}.extraWorkdays`, 'extraHolidays');
      const region: RegionOverrides = { extraHolidays, extraWorkdays };
      if (r['completeYears'] !== undefined) region.completeYears = this.years(r['completeYears'], `${regionPath}.completeYears`);
      result[id] = region;
    }
    return result;
  }

  days(input: unknown, path: string, required: boolean, year?: string): OverrideDay[] {
    if (input === undefined && !required) return [];
    if (!Array.isArray(input)) {
      this.fail(path, input === undefined ? 'required: a list of days' : 'not a list');
      return [];
    }
    const seen = new Set<string>();
    const days: OverrideDay[] = [];
    input.forEach((value, i) => {
      const dayPath = `${path}[${i}]`;
      const o = this.object(value, dayPath, ['date', 'name', 'localName', 'note']);
      if (!o) return;
      const date = o['date'];
      if (!isLocalDate(date)) {
        this.fail(`${dayPath}.date`, `not a date (YYYY-MM-DD): ${JSON.stringify(date)}`);
        return;
      }
      if (year !== undefined && !date.startsWith(`${year}-`)) {
        this.fail(`${dayPath}.date`, `${date} is not in ${year}`);
        return;
      }
      if (seen.has(date)) {
        this.fail(`${dayPath}.date`, `${date} is listed twice`);
        return;
      }
      seen.add(date);
      if (typeof o['name'] !== 'string' || o['name'].trim() === '') {
        this.fail(`${dayPath}.name`, 'required: a non-empty string');
        return;
      }
      const day: OverrideDay = { date, name: o['name'] };
      if (o['localName'] !== undefined) day.localName = this.text(o['localName'], `${dayPath}.localName`);
      if (o['note'] !== undefined) day.note = this.text(o['note'], `${dayPath}.note`);
      days.push(day);
    });
    return days;
  }

  private years(input: unknown, path: string): number[] {
    if (!Array.isArray(input)) {
      this.fail(path, 'not a list');
      return [];
    }
    return input.filter((y, i) => {
      const ok = Number.isInteger(y) && y >= 1 && y <= 9999;
      if (!ok) this.fail(`${path}[${i}]`, `not a year: ${JSON.stringify(y)}`);
      return ok;
    });
  }

  disjoint(a: OverrideDay[], b: OverrideDay[], pathOfB: string, nameOfA: string): void {
    const inA = new Set(a.map((d) => d.date));
    b.forEach((d) => {
      if (inA.has(d.date)) this.fail(pathOfB, `${d.date} is also in ${nameOfA}`);
    });
  }

  private text(input: unknown, path: string): string {
    if (typeof input !== 'string') this.fail(path, 'not a string');
    return String(input);
  }

  private object(input: unknown, path: string, allowed?: string[]): Record<string, unknown> | undefined {
    if (typeof input !== 'object' || input === null || Array.isArray(input)) {
      this.fail(path, input === undefined ? 'required: an object' : 'not an object');
      return undefined;
    }
    const o = input as Record<string, unknown>;
    for (const key of Object.keys(o)) {
      if (allowed && !allowed.includes(key)) this.fail(path === '$' ? key : `${path}.${key}`, 'unknown field');
    }
    return o;
  }

  private fail(path: string, reason: string): void {
    this.issues.push({ path, reason });
  }
}
