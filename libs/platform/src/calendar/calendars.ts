import { readFileSync } from 'node:fs';
import { CalendarRegistry, loadCalendarRegistry, parseOverridesDocument } from '@aftersales/calendar';
import { ConfigError } from '../config/config';

/** The CalendarRegistry every context reads working days from (libs/calendar). */
export const CALENDARS = Symbol('Calendars');

/**
 * The bundled calendars, or with an operator's overrides file (CALENDAR_OVERRIDES_FILE) in place
 * of the bundled overrides. A file that cannot be read or is invalid stops start-up with its path
 * and the reason.
 */
export function loadCalendars(overridesFile?: string): CalendarRegistry {
  if (!overridesFile) return loadCalendarRegistry();
  let text: string;
  try {
    text = readFileSync(overridesFile, 'utf8');
  } catch (err) {
    throw new ConfigError([`CALENDAR_OVERRIDES_FILE: cannot read ${overridesFile}: ${(err as Error).message}`]);
  }
  try {
    return loadCalendarRegistry({ overrides: parseOverridesDocument(JSON.parse(text)) });
  } catch (err) {
    throw new ConfigError([`CALENDAR_OVERRIDES_FILE ${overridesFile}: ${(err as Error).message}`]);
  }
}

/** Regions whose calendar has no holiday data for the year of `now` (working days there would count weekends only). */
export function regionsNotCovered(calendars: CalendarRegistry, now: Date): { region: string; calendarVersion: string }[] {
  return calendars
    .regions()
    .map((region) => calendars.forRegion(region))
    .filter((calendar) => !calendar.covers(calendar.localDate(now)))
    .map((calendar) => ({ region: calendar.region, calendarVersion: calendar.version }));
}
