import { CodedError } from '@aftersales/eventsourcing';

/** A region id no calendar is configured for. */
export class UnknownRegionError extends CodedError {
  static readonly CODE = 'CALENDAR.UNKNOWN_REGION';
  readonly code = UnknownRegionError.CODE;
  constructor(
    readonly region: string,
    known: readonly string[],
  ) {
    super(`unknown calendar region ${JSON.stringify(region)} (known: ${known.join(', ')})`, { region });
  }
}

/** A string that is not a real calendar date in the form YYYY-MM-DD. */
export class InvalidLocalDateError extends CodedError {
  static readonly CODE = 'CALENDAR.INVALID_DATE';
  readonly code = InvalidLocalDateError.CODE;
  constructor(readonly value: unknown) {
    super(`not a local date (YYYY-MM-DD): ${JSON.stringify(value)}`, { value: String(value) });
  }
}

/** A count, duration or instant a calendar operation cannot work with (negative, fractional, NaN). */
export class InvalidCalendarArgumentError extends CodedError {
  static readonly CODE = 'CALENDAR.INVALID_ARGUMENT';
  readonly code = InvalidCalendarArgumentError.CODE;
  constructor(reason: string, details: Record<string, unknown> = {}) {
    super(reason, details);
  }
}

/** One problem found in an overrides document or a region definition: where and why. */
export interface CalendarDataIssue {
  /** JSON path, e.g. `regions.cn-east.extraHolidays[2].date`. */
  path: string;
  reason: string;
}

/** An overrides document that does not validate; every issue found is listed. */
export class InvalidOverridesError extends CodedError {
  static readonly CODE = 'CALENDAR.INVALID_OVERRIDES';
  readonly code = InvalidOverridesError.CODE;
  constructor(readonly issues: readonly CalendarDataIssue[]) {
    super(`invalid calendar overrides: ${formatIssues(issues)}`, { issues });
  }
}

/** A region definition that does not validate (time zone, weekend, business hours, duplicate id). */
export class InvalidRegionDefinitionError extends CodedError {
  static readonly CODE = 'CALENDAR.INVALID_REGION';
  readonly code = InvalidRegionDefinitionError.CODE;
  constructor(readonly issues: readonly CalendarDataIssue[]) {
    super(`invalid calendar region definitions: ${formatIssues(issues)}`, { issues });
  }
}

function formatIssues(issues: readonly CalendarDataIssue[]): string {
  return issues.map((i) => `${i.path}: ${i.reason}`).join('; ');
}
