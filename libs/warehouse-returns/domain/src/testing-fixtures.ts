import { loadCalendarRegistry } from '@aftersales/calendar';

/** Shared by this lib's specs: the shipped calendars. */
export const calendars = loadCalendarRegistry();
/** Region cn-east: Asia/Shanghai, Chinese public holidays and make-up working days (调休). */
export const shanghai = calendars.forRegion('cn-east');

/** given/when/then, errorOf and single: the decider specs' vocabulary, one for every context. */
export { errorOf, scenario, single } from '@aftersales/eventsourcing/testing';
