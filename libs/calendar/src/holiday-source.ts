import chineseDaysData from 'chinese-days/dist/chinese-days.json';
import chineseDaysPackage from 'chinese-days/package.json';
import { LocalDate, localDateYear } from './local-date';

/** What a public-holiday source says about one date. */
export interface SourceDay {
  /** `holiday`: a day off (weekend days inside a holiday block included); `workday`: an adjusted working day 调休. */
  kind: 'holiday' | 'workday';
  name: string;
  localName?: string;
}

/**
 * Official public holidays and adjusted working days for a country, by year. A year the
 * source does not list is not covered: the calendar then falls back to weekends only.
 */
export interface HolidaySource {
  /** Id regions refer to, e.g. `cn`. */
  readonly id: string;
  /** Identifies the data, e.g. `chinese-days@1.5.7`. */
  readonly version: string;
  coversYear(year: number): boolean;
  lookup(date: LocalDate): SourceDay | undefined;
}

interface ChineseDaysJson {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
}

/**
 * Mainland China from the `chinese-days` package (State Council notices). Entries read
 * "English,中文,n"; a year counts as covered when the package lists any day in it. The
 * package's own `isWorkday` answers for uncovered years as if there were no holidays,
 * which is why this reads the data instead.
 */
export class ChineseDaysSource implements HolidaySource {
  readonly id = 'cn';
  readonly version = `chinese-days@${chineseDaysPackage.version}`;
  private readonly days = new Map<LocalDate, SourceDay>();
  private readonly years = new Set<number>();

  constructor(data: ChineseDaysJson = chineseDaysData) {
    for (const [kind, entries] of [
      ['holiday', data.holidays],
      ['workday', data.workdays],
    ] as const) {
      for (const [date, label] of Object.entries(entries)) {
        const [name, localName] = label.split(',');
        this.days.set(date, { kind, name, ...(localName ? { localName } : {}) });
        this.years.add(localDateYear(date));
      }
    }
  }

  coversYear(year: number): boolean {
    return this.years.has(year);
  }

  lookup(date: LocalDate): SourceDay | undefined {
    return this.days.get(date);
  }

  /** The years listed by the package, ascending. */
  coveredYears(): number[] {
    return [...this.years].sort((a, b) => a - b);
  }
}
