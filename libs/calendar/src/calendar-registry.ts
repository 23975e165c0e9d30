import bundledOverrides from '../data/overrides.json';
import { CalendarDataIssue, InvalidOverridesError, InvalidRegionDefinitionError, UnknownRegionError } from './errors';
import { ChineseDaysSource, HolidaySource, SourceDay } from './holiday-source';
import { LocalDate } from './local-date';
import { OverridesDocument, parseOverridesDocument } from './overrides';
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

/** The calendars of all configured regions, built once from region definitions, sources and overrides. */
export class CalendarRegistry {
  /** Identifies all data behind the registry, e.g. `chinese-days@1.5.7+overrides@2026.1+regions@2026.1`. */
  readonly version: string;
  readonly overridesVersion: string;
  private readonly calendars = new Map<string, WorkingCalendar>();

  constructor(regionSet: RegionSet, sources: readonly HolidaySource[], overridesInput: OverridesDocument) {
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
    ];
    if (issues.length > 0) throw new InvalidOverridesError(issues);

    this.overridesVersion = overrides.version;
    const suffix = `overrides@${overrides.version}+regions@${regionSet.version}`;
    this.version = [...sources.map((s) => s.version), suffix].join('+');
    for (const definition of regionSet.regions) {
      const source = definition.holidaySource === null ? null : (sourceById.get(definition.holidaySource) as HolidaySource);
      const regional = overrides.regions?.[definition.id] ?? {};
      this.calendars.set(
        definition.id,
        new WorkingCalendar({
          definition,
          source,
          sourceYearOverrides: source ? sourceYears(overrides, source.id) : new Map(),
          extraHolidays: regional.extraHolidays ?? [],
          extraWorkdays: regional.extraWorkdays ?? [],
          completeYears: regional.completeYears ?? [],
          version: `${source ? `${source.id}:${source.version}` : 'weekly'}+${suffix}`,
        }),
      );
    }
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

function sourceYears(overrides: OverridesDocument, sourceId: string): Map<number, Map<LocalDate, SourceDay>> {
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
