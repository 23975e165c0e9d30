import { InvalidCalendarArgumentError, InvalidLocalDateError } from './errors';

/** A calendar date without a time zone, `YYYY-MM-DD` (years 0001–9999). Compares correctly as a string. */
export type LocalDate = string;

/** ISO day of week: 1 = Monday … 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

export function isLocalDate(value: unknown): value is LocalDate {
  if (typeof value !== 'string') return false;
  const m = LOCAL_DATE.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Returns the value as a LocalDate or throws `CALENDAR.INVALID_DATE`. */
export function parseLocalDate(value: unknown): LocalDate {
  if (!isLocalDate(value)) throw new InvalidLocalDateError(value);
  return value;
}

export function localDateYear(date: LocalDate): number {
  return Number(parseLocalDate(date).slice(0, 4));
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return fromEpochDay(toEpochDay(date) + days);
}

/** Same day N months later; a day the month lacks clamps to its last day (Jan 31 + 1 month = Feb 28/29). */
export function addMonths(date: LocalDate, months: number): LocalDate {
  if (!Number.isInteger(months)) throw new InvalidCalendarArgumentError(`months must be an integer, got ${months}`, { months });
  const m = LOCAL_DATE.exec(parseLocalDate(date)) as RegExpExecArray;
  const monthIndex = Number(m[1]) * 12 + Number(m[2]) - 1 + months;
  const year = Math.floor(monthIndex / 12);
  const month = monthIndex - year * 12 + 1;
  return formatYmd(year, month, Math.min(Number(m[3]), daysInMonth(year, month)));
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return toEpochDay(to) - toEpochDay(from);
}

export function isoWeekday(date: LocalDate): IsoWeekday {
  const sundayZero = new Date(toEpochDay(date) * DAY_MS).getUTCDay();
  return (sundayZero === 0 ? 7 : sundayZero) as IsoWeekday;
}

/** Days since 1970-01-01 (proleptic Gregorian). */
export function toEpochDay(date: LocalDate): number {
  const m = LOCAL_DATE.exec(parseLocalDate(date)) as RegExpExecArray;
  const d = new Date(0);
  d.setUTCFullYear(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Math.round(d.getTime() / DAY_MS);
}

export function fromEpochDay(epochDay: number): LocalDate {
  const d = new Date(epochDay * DAY_MS);
  return formatYmd(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

export function formatYmd(year: number, month: number, day: number): LocalDate {
  const date = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return parseLocalDate(date);
}

function daysInMonth(year: number, month: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month, 0);
  return d.getUTCDate();
}
