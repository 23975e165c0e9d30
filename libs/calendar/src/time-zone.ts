import { InvalidCalendarArgumentError } from './errors';
import { addDays, formatYmd, LocalDate, parseLocalDate } from './local-date';

/** A wall-clock time of day, `HH:MM` (00:00–24:00; 24:00 is the end of the day). */
export type WallTime = string;

const WALL_TIME = /^(\d{2}):(\d{2})$/;
const DAY_MS = 86_400_000;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    // Throws RangeError for a zone the runtime's ICU does not know.
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function wallClockAt(instantMs: number, timeZone: string): WallClock {
  const parts: Record<string, string> = {};
  for (const p of formatterFor(timeZone).formatToParts(new Date(instantMs))) parts[p.type] = p.value;
  return {
    year: Number(parts['year']),
    month: Number(parts['month']),
    day: Number(parts['day']),
    hour: Number(parts['hour']),
    minute: Number(parts['minute']),
    second: Number(parts['second']),
  };
}

function requireInstant(instant: Date): number {
  const ms = instant instanceof Date ? instant.getTime() : NaN;
  if (!Number.isFinite(ms)) throw new InvalidCalendarArgumentError('not a valid instant', { instant: String(instant) });
  return ms;
}

/** Offset of the zone from UTC at an instant, in milliseconds (east positive; Asia/Shanghai = +8h). */
export function zoneOffsetMs(instant: Date, timeZone: string): number {
  const ms = requireInstant(instant);
  const wall = wallClockAt(ms, timeZone);
  const asUtc = new Date(0);
  asUtc.setUTCFullYear(wall.year, wall.month - 1, wall.day);
  asUtc.setUTCHours(wall.hour, wall.minute, wall.second, 0);
  // The formatter drops milliseconds; compare against the instant truncated to the second.
  return asUtc.getTime() - (ms - (((ms % 1000) + 1000) % 1000));
}

/** The calendar date an instant falls on in a time zone. */
export function localDateIn(instant: Date, timeZone: string): LocalDate {
  const wall = wallClockAt(requireInstant(instant), timeZone);
  return formatYmd(wall.year, wall.month, wall.day);
}

export function parseWallTime(value: string): { hour: number; minute: number } {
  const m = WALL_TIME.exec(value);
  const hour = m ? Number(m[1]) : NaN;
  const minute = m ? Number(m[2]) : NaN;
  if (!m || minute > 59 || hour > 24 || (hour === 24 && minute !== 0)) {
    throw new InvalidCalendarArgumentError(`not a wall time (HH:MM): ${JSON.stringify(value)}`, { value });
  }
  return { hour, minute };
}

/**
 * The UTC instant of a local wall time in a zone. Where the wall time occurs twice (the hour
 * the clocks go back) the earlier instant is returned; where it does not occur (the hour
 * skipped when the clocks go forward) the time is moved forward by the length of the gap,
 * as java.time and Temporal ("compatible") do.
 */
export function zonedWallTimeToInstant(date: LocalDate, time: WallTime, timeZone: string): Date {
  const { hour, minute } = parseWallTime(time);
  const [y, mo, d] = parseLocalDate(date).split('-').map(Number);
  const wallAsUtc = new Date(0);
  wallAsUtc.setUTCFullYear(y, mo - 1, d);
  wallAsUtc.setUTCHours(hour, minute, 0, 0);
  const wallMs = wallAsUtc.getTime();
  // Offsets a day either side bracket any one transition near this wall time.
  const before = zoneOffsetMs(new Date(wallMs - DAY_MS), timeZone);
  const after = zoneOffsetMs(new Date(wallMs + DAY_MS), timeZone);
  const candidates = [...new Set([wallMs - before, wallMs - after])]
    .filter((t) => zoneOffsetMs(new Date(t), timeZone) === wallMs - t)
    .sort((a, b) => a - b);
  if (candidates.length > 0) return new Date(candidates[0]);
  // In a gap: the offset in force before the transition lands just as far past it.
  return new Date(wallMs - before);
}

/** The instant a local calendar day begins in a zone (usually local midnight). */
export function startOfDayIn(date: LocalDate, timeZone: string): Date {
  return zonedWallTimeToInstant(date, '00:00', timeZone);
}

/** The instant a local calendar day ends: the start of the next one (an exclusive bound). */
export function endOfDayIn(date: LocalDate, timeZone: string): Date {
  return startOfDayIn(addDays(date, 1), timeZone);
}
