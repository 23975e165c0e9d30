import { OverrideDay } from './overrides';

/**
 * One year of calendar data an administrator published at run time (issue 17): the public
 * holidays and adjusted working days 调休 of a holiday source (`cn`: every mainland region) or of
 * one region, with where they come from (a State Council notice number). Each publication of the
 * same target and year is a new revision; the newest revision is in force, and every calendar it
 * touches names it in its version (`…+cn/2027@2`).
 */
export interface PublishedYear {
  /** A holiday source id (`cn`) or a region id (`cn-guangxi`, `de`). */
  readonly target: string;
  readonly year: number;
  /** 1 for the first publication of this target and year, then 2, 3, …. */
  readonly revision: number;
  /** Days off (weekend days inside a holiday block included). */
  readonly holidays: readonly OverrideDay[];
  /** Adjusted working days 调休 (a weekend day that is worked). */
  readonly workdays: readonly OverrideDay[];
  /** Where the days come from, e.g. 国务院办公厅关于2027年部分节假日安排的通知 (国办发明电〔2026〕N号). */
  readonly source: string;
}

/** `cn/2027@2`: the part of a calendar version that names one publication. */
export function publishedYearLabel(p: Pick<PublishedYear, 'target' | 'year' | 'revision'>): string {
  return `${p.target}/${p.year}@${p.revision}`;
}

/** What a publication's target names: a holiday source (and the regions that use it) or one region. */
export type CalendarTarget = { readonly kind: 'source' | 'region'; readonly id: string; readonly regions: readonly string[] };
