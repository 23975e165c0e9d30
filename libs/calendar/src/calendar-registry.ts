import bundledOverrides from '../data/overrides.json';
import { CalendarDataIssue, InvalidOverridesError, InvalidRegionDefinitionError, UnknownRegionError } from './errors';
import { ChineseDaysSource, HolidaySource, SourceDay } from './holiday-source';
import { LocalDate } from './local-date';
import { OverridesDocument, parseOverridesDocument, parseYearDays } from './overrides';
import { CalendarTarget, PublishedYear, publishedYearLabel } from './published-year';
import { DEFAULT_REGION_SET, RegionSet } from './regions';
import { isValidTimeZone, parseWallTime } from './time-zone';
import { WorkingCalendar } from './working-calendar';

export interface CalendarRegistryOptions {
  /** Replaces the bundled libs/calendar/data/overrides.json (validated again here). */
  overrides?: OverridesDocument;
  /** Replaces DEFAULT_REGION_SET. */
  regionSet?: RegionSet;
  /** Replaces the public-holiday sources (default: `cn` from chinese-days). */
  sources?: HolidaySource[];
}

/**
 * The calendars of all configured regions, built from region definitions, sources and overrides,
 * and rebuilt whenever a year is published at run time (`publish`, issue 17). `forRegion` hands
 * out an immutable WorkingCalendar: a decision computes with the one it took, and records its version.
 */
export class CalendarRegistry {
  readonly overridesVersion: string;
  private readonly base: string;
  private readonly suffix: string;
  private readonly sourceById: ReadonlyMap<string, HolidaySource>;
  private readonly overrides: OverridesDocument;
  private readonly published = new Map<string, PublishedYear>();
  private calendars = new Map<string, WorkingCalendar>();
  private currentVersion = '';

  constructor(
    private readonly regionSet: RegionSet,
    sources: readonly HolidaySource[],
    overridesInput: OverridesDocument,
  ) {
    const overrides = parseOverridesDocument(overridesInput);
    validateRegionSet(regionSet, sources);
    const sourceById = new Map(sources.map((s) => [s.id, s]));
    const regionIds = new Set(regionSet.regions.map((r) => r.id));
    const issues: CalendarDataIssue[] = [
      ...Object.keys(overrides.sources ?? {})
        .filter((id) => !sourceById.has(id))
        .map((id) => ({ path: `sources.${id}`, reason: 'unknown holiday source' })),
      ...Object.keys(overrides.regions ?? {})
        .filter((id) => !regionIds.has(id))
        .map((id) => ({ path: `regions.${id}`, reason: 'unknown region' })),
      ...[...sourceById.keys()].filter((id) => regionIds.has(id)).map((id) => ({ path: `regions.${id}`, reason: 'a region may not share its id with a holiday source' })),
    ];
    if (issues.length > 0) throw new InvalidOverridesError(issues);

    this.overridesVersion = overrides.version;
    this.overrides = overrides;
    this.sourceById = sourceById;
    this.suffix = `overrides@${overrides.version}+regions@${regionSet.version}`;
    this.base = [...sources.map((s) => s.version), this.suffix].join('+');
    this.rebuild();
  }

  /**
   * Identifies all data behind the registry, e.g. `chinese-days@1.5.7+overrides@2026.1+regions@2026.1`,
   * followed by every year published at run time (`+cn/2027@1`).
   */
  get version(): string {
    return this.currentVersion;
  }

  /** The calendar of a region; throws `CALENDAR.UNKNOWN_REGION` for an id not configured. */
  forRegion(region: string): WorkingCalendar {
    const calendar = this.calendars.get(region);
    if (!calendar) throw new UnknownRegionError(region, this.regions());
    return calendar;
  }

  hasRegion(region: string): boolean {
    return this.calendars.has(region);
  }

  regions(): string[] {
    return [...this.calendars.keys()];
  }

  /** What a publication may name: a holiday source (the regions using it) or a region; null for neither. */
  target(id: string): CalendarTarget | null {
    if (this.sourceById.has(id)) {
      return { kind: 'source', id, regions: this.regionSet.regions.filter((r) => r.holidaySource === id).map((r) => r.id) };
    }
    return this.calendars.has(id) ? { kind: 'region', id, regions: [id] } : null;
  }

  /**
   * Puts a published year in force unless this or a newer revision of it already is (so redelivery
   * and an older revision arriving late change nothing); true when the calendars changed. Throws
   * `CALENDAR.UNKNOWN_REGION` for a target that is neither a region nor a holiday source, and
   * `CALENDAR.INVALID_OVERRIDES` for days that do not check out.
   */
  publish(year: PublishedYear): boolean {
    if (!this.target(year.target)) throw new UnknownRegionError(year.target, [...this.sourceById.keys(), ...this.regions()]);
    const days = parseYearDays({ holidays: year.holidays, workdays: year.workdays }, year.year);
    const key = `${year.target}/${year.year}`;
    const current = this.published.get(key);
    if (current && current.revision >= year.revision) return false;
    this.published.set(key, { ...year, ...days });
    this.rebuild();
    return true;
  }

  /** The years published at run time that are in force (newest revision of each), by target and year. */
  publishedYears(): PublishedYear[] {
    return [...this.published.values()].sort((a, b) => a.target.localeCompare(b.target) || a.year - b.year);
  }

  /** The publication in force for a target and year, if any. */
  publishedYear(target: string, year: number): PublishedYear | undefined {
    return this.published.get(`${target}/${year}`);
  }

  private rebuild(): void {
    const overrides = this.overrides;
    const published = this.publishedYears();
    const calendars = new Map<string, WorkingCalendar>();
    for (const definition of this.regionSet.regions) {
      const source = definition.holidaySource === null ? null : (this.sourceById.get(definition.holidaySource) as HolidaySource);
      const regional = overrides.regions?.[definition.id] ?? {};
      const sourceYears = source ? sourceYearsOf(overrides, source.id) : new Map<number, Map<LocalDate, SourceDay>>();
      const bySource = source ? published.filter((p) => p.target === source.id) : [];
      const byRegion = published.filter((p) => p.target === definition.id);
      // A source's published year replaces the package's and the overrides file's data for that year.
      for (const p of bySource) sourceYears.set(p.year, daysOf(p));
      const regionYears = new Map(byRegion.map((p) => [p.year, daysOf(p)]));
      // A region without a holiday source has all its days in its own publication: the year is complete.
      const completeYears = [...(regional.completeYears ?? []), ...(source ? [] : byRegion.map((p) => p.year))];
      const labels = [...bySource, ...byRegion].map(publishedYearLabel);
      calendars.set(
        definition.id,
        new WorkingCalendar({
          definition,
          source,
          sourceYearOverrides: sourceYears,
          extraHolidays: regional.extraHolidays ?? [],
          extraWorkdays: regional.extraWorkdays ?? [],
          completeYears,
          regionYears,
          version: [`${source ? `${source.id}:${source.version}` : 'weekly'}+${this.suffix}`, ...labels].join('+'),
        }),
      );
    }
    this.calendars = calendars;
    this.currentVersion = [this.base, ...published.map(publishedYearLabel)].join('+');
  }
}

function daysOf(p: PublishedYear): Map<LocalDate, SourceDay> {
  const days = new Map<LocalDate, SourceDay>();
  for (const [kind, list] of [
    ['holiday', p.holidays],
    ['workday', p.workdays],
  ] as const) {
    for (const d of list) days.set(d.date, { kind, name: d.name, ...(d.localName ? { localName: d.localName } : {}) });
  }
  return days;
}

/**
 * The registry from the default regions, chinese-days and the bundled overrides, or from what
 * `options` supplies instead. Throws `CALENDAR.INVALID_OVERRIDES` / `CALENDAR.INVALID_REGION`.
 */
export function loadCalendarRegistry(options: CalendarRegistryOptions = {}): CalendarRegistry {
  return new CalendarRegistry(
    options.regionSet ?? DEFAULT_REGION_SET,
    options.sources ?? [new ChineseDaysSource()],
    options.overrides ?? (bundledOverrides as OverridesDocument),
  );
}

function sourceYearsOf(overrides: OverridesDocument, sourceId: string): Map<number, Map<LocalDate, SourceDay>> {
  const years = new Map<number, Map<LocalDate, SourceDay>>();
  for (const [year, data] of Object.entries(overrides.sources?.[sourceId]?.years ?? {})) {
    const days = new Map<LocalDate, SourceDay>();
    for (const [kind, list] of [
      ['holiday', data.holidays],
      ['workday', data.workdays],
    ] as const) {
      for (const d of list) days.set(d.date, { kind, name: d.name, ...(d.localName ? { localName: d.localName } : {}) });
    }
    years.set(Number(year), days);
  }
  return years;
}

function validateRegionSet(regionSet: RegionSet, sources: readonly HolidaySource[]): void {
  const issues: CalendarDataIssue[] = [];
  const fail = (path: string, reason: string) => issues.push({ path, reason });
  const sourceIds = new Set(sources.map((s) => s.id));
  if (typeof regionSet.version !== 'string' || !/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(regionSet.version)) {
    fail('version', 'required: letters, digits, ".", "_" or "-"');
  }
  const seen = new Set<string>();
  regionSet.regions.forEach((r, i) => {
    const path = `regions[${i}]`;
    if (!/^[a-z0-9][a-z0-9-]*$/.test(r.id)) fail(`${path}.id`, 'lower-case letters, digits and "-"');
    if (seen.has(r.id)) fail(`${path}.id`, `${r.id} is defined twice`);
    seen.add(r.id);
    if (!isValidTimeZone(r.timeZone)) fail(`${path}.timeZone`, `unknown time zone ${JSON.stringify(r.timeZone)}`);
    const weekend = new Set(r.weekend);
    if (r.weekend.some((d) => !Number.isInteger(d) || d < 1 || d > 7) || weekend.size !== r.weekend.length || weekend.size > 6) {
      fail(`${path}.weekend`, 'distinct ISO weekdays 1–7, at most six');
    }
    if (r.holidaySource !== null && !sourceIds.has(r.holidaySource)) fail(`${path}.holidaySource`, `unknown holiday source ${r.holidaySource}`);
    try {
      const start = parseWallTime(r.businessHours.start);
      const end = parseWallTime(r.businessHours.end);
      if (start.hour * 60 + start.minute >= end.hour * 60 + end.minute) fail(`${path}.businessHours`, 'start must be before end');
    } catch (err) {
      fail(`${path}.businessHours`, (err as Error).message);
    }
  });
  if (issues.length > 0) throw new InvalidRegionDefinitionError(issues);
}
