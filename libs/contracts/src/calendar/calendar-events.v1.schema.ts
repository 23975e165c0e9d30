import type { ContractSchemas } from '../contract-registry';
import { object } from '../schema-helpers';
import { CalendarDayV1, CalendarIntegrationEventData, CalendarIntegrationEventTypes as T, CalendarYearPublishedV1 } from './calendar-events.v1';

/** The JSON Schemas of the calendar's integration events, schemaVersion 1 (types in calendar-events.v1.ts). */

const string = { type: 'string' } as const;
const integer = { type: 'integer' } as const;
const day = object<CalendarDayV1>({ date: string, name: string, localName: { ...string, nullable: true }, note: { ...string, nullable: true } }, { localName: true, note: true });
const days = { type: 'array', items: day } as const;

export const calendarEventSchemasV1: ContractSchemas<CalendarIntegrationEventData> = {
  [T.CalendarYearPublished]: object<CalendarYearPublishedV1>({ target: string, year: integer, revision: integer, holidays: days, workdays: days, source: string, publishedAt: string }),
};
