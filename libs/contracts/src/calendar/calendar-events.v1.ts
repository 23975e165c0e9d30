/**
 * The platform's calendar publications (issue 17, ADR 013): a year of public holidays and
 * adjusted working days 调休 an administrator published for a holiday source (`cn`) or a region.
 * Every service consumes them so its working-day deadlines use the year without a restart.
 * schemaVersion 1; a published version never changes meaning (ADR 011).
 */

export const CALENDAR_TOPIC = 'aftersales.calendar.events';
/** `calendar.year-<target>-<year>`: one stream per target and year; its revision + 1 is the publication's revision. */
export const CALENDAR_YEAR_STREAM_PREFIX = 'calendar.year-';
export const CALENDAR_STREAM_PREFIXES = [CALENDAR_YEAR_STREAM_PREFIX] as const;

export const CalendarIntegrationEventTypes = {
  CalendarYearPublished: 'calendar.public.CalendarYearPublished',
} as const;

export type CalendarIntegrationEventType = (typeof CalendarIntegrationEventTypes)[keyof typeof CalendarIntegrationEventTypes];

/** One day of a published year. */
export interface CalendarDayV1 {
  /** YYYY-MM-DD, local to the regions' time zone. */
  readonly date: string;
  readonly name: string;
  readonly localName?: string;
  readonly note?: string;
}

/** A year of a holiday source or region, as published; the newest revision of a target and year is in force. */
export interface CalendarYearPublishedV1 {
  /** A holiday source id (`cn`: every mainland region) or a region id. */
  readonly target: string;
  readonly year: number;
  readonly revision: number;
  readonly holidays: readonly CalendarDayV1[];
  readonly workdays: readonly CalendarDayV1[];
  /** Where the days come from (the State Council notice number). */
  readonly source: string;
  readonly publishedAt: string;
}

export interface CalendarIntegrationEventData {
  readonly 'calendar.public.CalendarYearPublished': CalendarYearPublishedV1;
}
