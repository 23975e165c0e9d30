import { LocalDate, addDays, addMonths, daysBetween, isoWeekday } from '@aftersales/calendar';

// rule AU-3: the archive schedule as a versioned policy (seed 000 "资料存档")
/**
 * What must be handed to the archive, for which period, and by when. A policy: its version is
 * recorded on every expected submission it generated, so a later schedule never rewrites what an
 * earlier one asked for. A changed schedule is a new version here (and a line in docs/audit.md).
 */
export const ARCHIVE_SUBMISSION_KINDS = ['dispatch_phone_log', 'work_orders', 'repair_receipts', 'statistics'] as const;
export type ArchiveSubmissionKind = (typeof ARCHIVE_SUBMISSION_KINDS)[number];

export type ArchiveCadence = 'quarterly' | 'monthly' | 'weekly';

export interface ArchiveScheduleItem {
  readonly kind: ArchiveSubmissionKind;
  readonly cadence: ArchiveCadence;
  /** The label the seed uses. */
  readonly label: string;
  /** When it is due, as the seed says it. */
  readonly due: string;
}

export interface ArchiveSchedulePolicy {
  readonly version: string;
  readonly items: readonly ArchiveScheduleItem[];
}

export const ARCHIVE_SCHEDULE_POLICY: ArchiveSchedulePolicy = {
  version: 'archive-schedule/2026.1',
  items: [
    { kind: 'dispatch_phone_log', cadence: 'quarterly', label: '派工电话记录', due: "the 2nd of the next quarter's first month" },
    { kind: 'work_orders', cadence: 'monthly', label: '派工单', due: 'the 2nd of the next month' },
    { kind: 'repair_receipts', cadence: 'monthly', label: '维修回执', due: 'the 2nd of the next month' },
    { kind: 'statistics', cadence: 'weekly', label: '统计报表', due: 'Tuesday of the next week' },
  ],
};

/** One period of a cadence: local dates in the region's zone, `end` exclusive. */
export interface ArchivePeriod {
  /** `2026-Q1`, `2026-03`, `2026-W10` (ISO week). */
  readonly key: string;
  readonly start: LocalDate;
  readonly end: LocalDate;
  /** The local date by the end of which the submission is due. */
  readonly dueOn: LocalDate;
}

export interface ExpectedSubmission {
  readonly kind: ArchiveSubmissionKind;
  readonly period: ArchivePeriod;
  readonly scheduleVersion: string;
}

/** The longest range one generation covers (a year and a day: 4 + 12 + 12 + 53 submissions at most). */
export const MAX_SCHEDULE_RANGE_DAYS = 366;

const pad = (n: number) => String(n).padStart(2, '0');
const firstOfMonth = (date: LocalDate): LocalDate => `${date.slice(0, 8)}01`;

/** The period of `cadence` that contains `date`. */
export function periodContaining(cadence: ArchiveCadence, date: LocalDate): ArchivePeriod {
  switch (cadence) {
    case 'monthly': {
      const start = firstOfMonth(date);
      const end = addMonths(start, 1);
      return { key: start.slice(0, 7), start, end, dueOn: addDays(end, 1) };
    }
    case 'quarterly': {
      const year = Number(date.slice(0, 4));
      const quarter = Math.floor((Number(date.slice(5, 7)) - 1) / 3);
      const start = `${year}-${pad(quarter * 3 + 1)}-01`;
      const end = addMonths(start, 3);
      return { key: `${year}-Q${quarter + 1}`, start, end, dueOn: addDays(end, 1) };
    }
    case 'weekly': {
      const start = addDays(date, 1 - isoWeekday(date));
      const end = addDays(start, 7);
      // The ISO week-numbering year is the year of the week's Thursday.
      const thursday = addDays(start, 3);
      const week = Math.floor(daysBetween(`${thursday.slice(0, 4)}-01-01`, thursday) / 7) + 1;
      return { key: `${thursday.slice(0, 4)}-W${pad(week)}`, start, end, dueOn: addDays(end, 1) };
    }
  }
}

/**
 * Every submission the schedule expects for the periods that lie wholly in [from, to) (local dates):
 * what an administrator generates for a region, once per range; generating an overlapping range
 * again finds the same submissions (their ids derive from region, kind and period).
 */
export function expectedSubmissions(policy: ArchiveSchedulePolicy, from: LocalDate, to: LocalDate): ExpectedSubmission[] {
  const out: ExpectedSubmission[] = [];
  for (const item of policy.items) {
    let period = periodContaining(item.cadence, from);
    if (period.start < from) period = periodContaining(item.cadence, period.end);
    while (period.end <= to) {
      out.push({ kind: item.kind, period, scheduleVersion: policy.version });
      period = periodContaining(item.cadence, period.end);
    }
  }
  return out;
}

/** A period key as the evidence endpoints take it: a month `2026-03`, a quarter `2026-Q1` or an ISO week `2026-W10`. */
export const PERIOD_KEY_PATTERN = /^\d{4}-(0[1-9]|1[0-2]|Q[1-4]|W(0[1-9]|[1-4]\d|5[0-3]))$/;

/** The period a key names; null for a key of the right form that names no period (2026-W53: 2026 has 53 weeks, 2025 has 52). */
export function periodOfKey(key: string): ArchivePeriod | null {
  if (!PERIOD_KEY_PATTERN.test(key)) return null;
  const year = key.slice(0, 4);
  const rest = key.slice(5);
  let period: ArchivePeriod;
  if (rest.startsWith('Q')) period = periodContaining('quarterly', `${year}-${pad((Number(rest.slice(1)) - 1) * 3 + 1)}-01`);
  else if (rest.startsWith('W')) {
    // ISO week 1 is the week with 4 January in it.
    const week1 = periodContaining('weekly', `${year}-01-04`);
    period = periodContaining('weekly', addDays(week1.start, (Number(rest.slice(1)) - 1) * 7));
  } else period = periodContaining('monthly', `${key}-01`);
  return period.key === key ? period : null;
}
