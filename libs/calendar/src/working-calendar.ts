import { InvalidCalendarArgumentError } from './errors';
import { SourceDay, HolidaySource } from './holiday-source';
import { addDays, isoWeekday, LocalDate, localDateYear, parseLocalDate } from './local-date';
import { OverrideDay } from './overrides';
import { BusinessHours, RegionDefinition } from './regions';
import { endOfDayIn, localDateIn, startOfDayIn, zonedWallTimeToInstant } from './time-zone';

export type DayKindName = 'workday' | 'weekend' | 'holiday' | 'makeup_workday';

/** What a date is in a region and why. */
export interface DayKind {
  /** `makeup_workday`: a weekend day that is worked (调休). */
  kind: DayKindName;
  /** The holiday or make-up day's name, e.g. `Spring Festival`. */
  name?: string;
  /** Local-language name, e.g. 春节. */
  localName?: string;
  /** Which data decided: the weekly rule, the holiday source (package or a source year from overrides), or a regional override. */
  origin: 'weekly' | 'source' | 'override';
}

/** Everything one region's calendar is computed from; CalendarRegistry assembles it. */
export interface WorkingCalendarData {
  definition: RegionDefinition;
  source: HolidaySource | null;
  /** Whole source years from overrides; they replace the source's data for those years. */
  sourceYearOverrides: ReadonlyMap<number, ReadonlyMap<LocalDate, SourceDay>>;
  extraHolidays: readonly OverrideDay[];
  extraWorkdays: readonly OverrideDay[];
  completeYears: readonly number[];
  /**
   * Years published for this region at run time (PublishedYear with the region as target): its own
   * days on top of the holiday source's year, winning over it and over the overrides file.
   */
  regionYears?: ReadonlyMap<number, ReadonlyMap<LocalDate, SourceDay>>;
  version: string;
}

const HOUR_MS = 3_600_000;

/**
 * The working-day calendar of one region (rules IN-3, IN-7, IN-8, QA-3). Dates are local to the
 * region's time zone; instants are UTC `Date`s. A date in a year the calendar does not cover
 * (see `covers`) is judged by the weekend rule and overrides only.
 */
export class WorkingCalendar {
  readonly region: string;
  readonly timeZone: string;
  readonly businessHours: BusinessHours;
  readonly weekend: readonly number[];
  /** Identifies the data behind every answer, e.g. `cn:chinese-days@1.5.7+overrides@2026.1+regions@2026.1`; record it with decisions. */
  readonly version: string;
  private readonly source: HolidaySource | null;
  private readonly sourceYearOverrides: ReadonlyMap<number, ReadonlyMap<LocalDate, SourceDay>>;
  private readonly overrideDays = new Map<LocalDate, DayKind & { kind: 'holiday' | 'workday' }>();
  private readonly completeYears: ReadonlySet<number>;
  private readonly regionYears: ReadonlyMap<number, ReadonlyMap<LocalDate, SourceDay>>;

  constructor(data: WorkingCalendarData) {
    this.region = data.definition.id;
    this.timeZone = data.definition.timeZone;
    this.businessHours = { ...data.definition.businessHours };
    this.weekend = [...data.definition.weekend];
    this.version = data.version;
    this.source = data.source;
    this.sourceYearOverrides = data.sourceYearOverrides;
    this.completeYears = new Set(data.completeYears);
    this.regionYears = data.regionYears ?? new Map();
    for (const [kind, days] of [
      ['holiday', data.extraHolidays],
      ['workday', data.extraWorkdays],
    ] as const) {
      for (const d of days) {
        this.overrideDays.set(d.date, { kind, name: d.name, ...(d.localName ? { localName: d.localName } : {}), origin: 'override' });
      }
    }
  }

  /** The region's calendar date at an instant. */
  localDate(instant: Date): LocalDate {
    return localDateIn(instant, this.timeZone);
  }

  /** The instant the local date begins in the region's zone. */
  startOfLocalDay(date: LocalDate): Date {
    return startOfDayIn(date, this.timeZone);
  }

  /** The instant the local date ends: the start of the next local day (exclusive). */
  endOfLocalDay(date: LocalDate): Date {
    return endOfDayIn(date, this.timeZone);
  }

  /**
   * True when the year of `date` has complete holiday data for this region: the holiday source
   * lists it, overrides supply it, or overrides declare the region's year complete. When false,
   * answers for that date use the weekend rule plus overrides only; record that in decisions.
   */
  covers(date: LocalDate): boolean {
    const year = localDateYear(date);
    if (this.completeYears.has(year)) return true;
    if (this.source === null) return false;
    return this.sourceYearOverrides.has(year) || this.source.coversYear(year);
  }

  /** True when every date from `from` to `to` (inclusive, either order) is covered. */
  coversRange(from: LocalDate, to: LocalDate): boolean {
    const [a, b] = [localDateYear(from), localDateYear(to)].sort((x, y) => x - y);
    for (let year = a; year <= b; year++) {
      if (!this.covers(`${String(year).padStart(4, '0')}-01-01`)) return false;
    }
    return true;
  }

  dayKind(date: LocalDate): DayKind {
    parseLocalDate(date);
    const weekend = this.weekend.includes(isoWeekday(date));
    const published = this.regionYears.get(localDateYear(date))?.get(date);
    const listed = (published ? ({ ...published, origin: 'override' } as const) : undefined) ?? this.overrideDays.get(date) ?? this.sourceDay(date);
    if (listed?.kind === 'holiday') return { ...listed, kind: 'holiday' };
    if (listed?.kind === 'workday') return { ...listed, kind: weekend ? 'makeup_workday' : 'workday' };
    return { kind: weekend ? 'weekend' : 'workday', origin: 'weekly' };
  }

  isWorkingDay(date: LocalDate): boolean {
    const { kind } = this.dayKind(date);
    return kind === 'workday' || kind === 'makeup_workday';
  }

  /** The first working day strictly after `date`. */
  nextWorkingDay(date: LocalDate): LocalDate {
    let d = addDays(date, 1);
    while (!this.isWorkingDay(d)) d = addDays(d, 1);
    return d;
  }

  /**
   * The nth working day after `date` (the day of receipt is day 0 and not counted). n = 0
   * gives `date` itself when it is a working day, otherwise the next working day.
   */
  addWorkingDays(date: LocalDate, n: number): LocalDate {
    requireCount(n, 'n');
    if (n === 0) return this.isWorkingDay(date) ? parseLocalDate(date) : this.nextWorkingDay(date);
    let d = parseLocalDate(date);
    for (let i = 0; i < n; i++) d = this.nextWorkingDay(d);
    return d;
  }

  /**
   * Working days d with localDate(from) < d ≤ localDate(to): how many working days after the
   * day of `from` have begun by `to`. Negative (the count the other way) when `to` is earlier.
   */
  workingDaysBetween(from: Date | LocalDate, to: Date | LocalDate): number {
    const a = this.toLocalDate(from);
    const b = this.toLocalDate(to);
    if (b < a) return -this.workingDaysBetween(b, a);
    let count = 0;
    for (let d = addDays(a, 1); d <= b; d = addDays(d, 1)) if (this.isWorkingDay(d)) count++;
    return count;
  }

  /**
   * The UTC instant at which the nth working day after the local date of `from` ends, i.e. the
   * start of the following local day. An exclusive bound: a deadline is missed when now ≥ it.
   */
  endOfWorkingDayDeadline(from: Date, n: number): Date {
    return this.endOfLocalDay(this.addWorkingDays(this.localDate(from), n));
  }

  /**
   * The instant `hours` business hours after `from`, counting only the region's business hours
   * on working days (rule IN-7 when a policy says business hours). From outside business hours
   * the count starts at the next opening; a count ending exactly at closing returns closing.
   */
  addBusinessHours(from: Date, hours: number): Date {
    if (!Number.isFinite(hours) || hours < 0) {
      throw new InvalidCalendarArgumentError(`hours must be a finite number ≥ 0, got ${hours}`, { hours });
    }
    let remaining = Math.round(hours * HOUR_MS);
    let cursor = from.getTime();
    if (!Number.isFinite(cursor)) throw new InvalidCalendarArgumentError('not a valid instant', { from: String(from) });
    if (remaining === 0) return new Date(cursor);
    let date = this.localDate(from);
    for (;;) {
      if (this.isWorkingDay(date)) {
        const open = zonedWallTimeToInstant(date, this.businessHours.start, this.timeZone).getTime();
        const close = zonedWallTimeToInstant(date, this.businessHours.end, this.timeZone).getTime();
        cursor = Math.max(cursor, open);
        if (cursor < close) {
          if (remaining <= close - cursor) return new Date(cursor + remaining);
          remaining -= close - cursor;
        }
      }
      date = addDays(date, 1);
    }
  }

  private toLocalDate(value: Date | LocalDate): LocalDate {
    return value instanceof Date ? this.localDate(value) : parseLocalDate(value);
  }

  private sourceDay(date: LocalDate): DayKind | undefined {
    if (this.source === null) return undefined;
    const year = this.sourceYearOverrides.get(localDateYear(date));
    const day = year ? year.get(date) : this.source.lookup(date);
    return day ? { ...day, origin: 'source' } : undefined;
  }
}

function requireCount(n: number, name: string): void {
  if (!Number.isInteger(n) || n < 0) throw new InvalidCalendarArgumentError(`${name} must be an integer ≥ 0, got ${n}`, { [name]: n });
}
