/**
 * The policy's ratio period (rule FR-1): a calendar month, quarter or year, or the rolling last N
 * days, in the policy's time zone. Dates are local calendar dates `YYYY-MM-DD`; a period is
 * inclusive at both ends.
 */

export type PeriodRule = { readonly kind: 'month' } | { readonly kind: 'quarter' } | { readonly kind: 'year' } | { readonly kind: 'rolling_days'; readonly days: number };
export const PERIOD_KINDS = ['month', 'quarter', 'year', 'rolling_days'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

export interface Period {
  readonly kind: PeriodKind;
  /** First local date in the period. */
  readonly from: string;
  /** Last local date in the period (inclusive). */
  readonly to: string;
}

const FORMATS = new Map<string, Intl.DateTimeFormat>();

/** The local calendar date of an instant in a time zone (`Asia/Shanghai`). */
export function localDateIn(timeZone: string, instant: Date): string {
  let format = FORMATS.get(timeZone);
  if (!format) FORMATS.set(timeZone, (format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })));
  const parts = format.formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** A real calendar date `YYYY-MM-DD` (not 2026-02-30). */
export function isLocalDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const [y, m, d] = text.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function iso(y: number, m0: number, d: number): string {
  return new Date(Date.UTC(y, m0, d)).toISOString().slice(0, 10);
}

// rule FR-1: the period a ratio is taken over
/** The period of the rule that contains `today` (a local date). */
export function periodAt(rule: PeriodRule, today: string): Period {
  const [y, m, d] = today.split('-').map(Number);
  switch (rule.kind) {
    case 'month':
      return { kind: 'month', from: iso(y, m - 1, 1), to: iso(y, m, 0) };
    case 'quarter': {
      const q0 = Math.floor((m - 1) / 3) * 3;
      return { kind: 'quarter', from: iso(y, q0, 1), to: iso(y, q0 + 3, 0) };
    }
    case 'year':
      return { kind: 'year', from: iso(y, 0, 1), to: iso(y, 11, 31) };
    case 'rolling_days':
      return { kind: 'rolling_days', from: iso(y, m - 1, d - (rule.days - 1)), to: today };
  }
}

export function inPeriod(period: Period, date: string): boolean {
  return date >= period.from && date <= period.to;
}
