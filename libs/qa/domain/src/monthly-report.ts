import { OurCause, RESPONSIBILITIES, Responsibility, SEVERITIES, Severity } from './quality-case';

/**
 * Rule QA-7: the monthly analysis of quality cases (hot spots by product, defect and region;
 * deadline compliance; CAPA). A pure function of the read models' rows, so its numbers are what
 * the cases say and nothing else.
 */

export type DeadlineOutcome = 'open' | 'met' | 'met_late' | 'missed' | 'cancelled';

export interface ReportCase {
  readonly caseId: string;
  readonly region: string;
  /** YYYY-MM of receipt in the region's time zone. */
  readonly receivedMonth: string;
  readonly severity: Severity;
  readonly responsibility: Responsibility | null;
  readonly ourCause: OurCause | null;
  readonly model: string;
  readonly defectNature: string;
  readonly deadlines: readonly { readonly obligation: string; readonly dueAt: string; readonly state: DeadlineOutcome }[];
}

export interface ReportCapa {
  readonly capaId: string;
  readonly region: string;
  readonly openedMonth: string;
  readonly status: 'open' | 'closed';
  /** YYYY-MM of the latest close, null while never closed or reopened since. */
  readonly closedMonth: string | null;
  readonly dueAt: string;
}

export interface CountEntry {
  readonly key: string;
  readonly count: number;
}

export interface HotSpot extends CountEntry {
  readonly previous: number;
  readonly change: number;
}

export interface MonthlyReport {
  readonly month: string;
  readonly previousMonth: string;
  readonly region: string | null;
  /** The instant the report looks from: the region's month end (or now, if sooner); null for all regions, which end the month at different instants. */
  readonly asOf: string | null;
  /** Each region's own month end (or now, if sooner): a case's deadlines and a CAPA's due date are judged as of its region's. */
  readonly asOfByRegion: Readonly<Record<string, string>>;
  readonly cases: {
    readonly total: number;
    readonly previousTotal: number;
    readonly change: number;
    readonly byDetermination: Readonly<Record<Responsibility | 'undetermined', number>>;
    readonly byOurCause: Readonly<Record<OurCause, number>>;
    readonly bySeverity: Readonly<Record<Severity, number>>;
    readonly byProduct: readonly CountEntry[];
    readonly byDefectNature: readonly CountEntry[];
    readonly byRegion: readonly CountEntry[];
  };
  readonly hotSpots: { readonly products: readonly HotSpot[]; readonly defects: readonly HotSpot[] };
  readonly deadlines: {
    readonly total: number;
    readonly metOnTime: number;
    readonly metLate: number;
    readonly missed: number;
    /** Still open and past due at its region's `asOf` (the scheduler's miss not recorded yet). */
    readonly openOverdue: number;
    readonly openNotDue: number;
    readonly cancelled: number;
    /** metOnTime ÷ (metOnTime + metLate + missed + openOverdue); null when nothing was due. */
    readonly complianceRate: number | null;
  };
  readonly capa: { readonly openedInMonth: number; readonly closedInMonth: number; readonly openAtMonthEnd: number; readonly overdueAtMonthEnd: number };
}

export const HOT_SPOT_COUNT = 5;

export function previousMonthOf(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

function countBy(cases: readonly ReportCase[], key: (c: ReportCase) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const c of cases) counts.set(key(c), (counts.get(key(c)) ?? 0) + 1);
  return counts;
}

/** Most first, then by key, so equal counts list the same way every time. */
function ranked(counts: Map<string, number>): CountEntry[] {
  return [...counts.entries()].map(([key, count]) => ({ key, count })).sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

function hotSpots(current: Map<string, number>, previous: Map<string, number>): HotSpot[] {
  return ranked(current)
    .slice(0, HOT_SPOT_COUNT)
    .map((e) => ({ ...e, previous: previous.get(e.key) ?? 0, change: e.count - (previous.get(e.key) ?? 0) }));
}

export interface MonthlyReportInput {
  readonly month: string;
  readonly region: string | null;
  /** Cases received in `month` (in their region's zone), already filtered by region. */
  readonly cases: readonly ReportCase[];
  /** Cases received in the month before. */
  readonly previousCases: readonly ReportCase[];
  /** Every CAPA of the region opened up to the end of `month`. */
  readonly capas: readonly ReportCapa[];
  /**
   * Per region, the instant the report looks at the world from: the month's end in the region's
   * time zone, or now if sooner. Each case and CAPA is judged as of its own region's.
   */
  readonly asOfByRegion: Readonly<Record<string, Date>>;
}

// rule QA-7: the monthly analysis
export function monthlyReport(input: MonthlyReportInput): MonthlyReport {
  const { month, cases, previousCases } = input;
  const instants = Object.values(input.asOfByRegion).map((d) => d.getTime());
  // A region no longer configured: judged when every configured region's month has ended.
  const latest = instants.length > 0 ? Math.max(...instants) : Number.POSITIVE_INFINITY;
  const asOfIn = (region: string): number => (Object.hasOwn(input.asOfByRegion, region) ? input.asOfByRegion[region].getTime() : latest);
  const byDetermination = Object.fromEntries([...RESPONSIBILITIES, 'undetermined'].map((r) => [r, 0])) as Record<Responsibility | 'undetermined', number>;
  const byOurCause: Record<OurCause, number> = { technical: 0, production_equipment: 0, management: 0 };
  const bySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  const deadlines = { total: 0, metOnTime: 0, metLate: 0, missed: 0, openOverdue: 0, openNotDue: 0, cancelled: 0 };
  for (const c of cases) {
    byDetermination[c.responsibility ?? 'undetermined']++;
    if (c.ourCause) byOurCause[c.ourCause]++;
    bySeverity[c.severity]++;
    for (const d of c.deadlines) {
      deadlines.total++;
      if (d.state === 'met') deadlines.metOnTime++;
      else if (d.state === 'met_late') deadlines.metLate++;
      else if (d.state === 'missed') deadlines.missed++;
      else if (d.state === 'cancelled') deadlines.cancelled++;
      else if (new Date(d.dueAt).getTime() <= asOfIn(c.region)) deadlines.openOverdue++;
      else deadlines.openNotDue++;
    }
  }
  const judged = deadlines.metOnTime + deadlines.metLate + deadlines.missed + deadlines.openOverdue;
  const products = countBy(cases, (c) => c.model);
  const defects = countBy(cases, (c) => c.defectNature);
  const capas = input.capas.filter((c) => c.openedMonth <= month);
  const openAtEnd = capas.filter((c) => !(c.status === 'closed' && c.closedMonth !== null && c.closedMonth <= month));
  return {
    month,
    previousMonth: previousMonthOf(month),
    region: input.region,
    asOf: input.region !== null && Object.hasOwn(input.asOfByRegion, input.region) ? input.asOfByRegion[input.region].toISOString() : null,
    asOfByRegion: Object.fromEntries(Object.entries(input.asOfByRegion).map(([region, at]) => [region, at.toISOString()])),
    cases: {
      total: cases.length,
      previousTotal: previousCases.length,
      change: cases.length - previousCases.length,
      byDetermination,
      byOurCause,
      bySeverity,
      byProduct: ranked(products),
      byDefectNature: ranked(defects),
      byRegion: ranked(countBy(cases, (c) => c.region)),
    },
    hotSpots: {
      products: hotSpots(products, countBy(previousCases, (c) => c.model)),
      defects: hotSpots(defects, countBy(previousCases, (c) => c.defectNature)),
    },
    deadlines: { ...deadlines, complianceRate: judged === 0 ? null : Math.round((deadlines.metOnTime / judged) * 10_000) / 10_000 },
    capa: {
      openedInMonth: capas.filter((c) => c.openedMonth === month).length,
      closedInMonth: capas.filter((c) => c.status === 'closed' && c.closedMonth === month).length,
      openAtMonthEnd: openAtEnd.length,
      overdueAtMonthEnd: openAtEnd.filter((c) => new Date(c.dueAt).getTime() <= asOfIn(c.region)).length,
    },
  };
}

/** The report as CSV rows (`Accept: text/csv`): section, key, count, previous, change. */
export function monthlyReportCsv(report: MonthlyReport): string {
  const rows: (string | number | null)[][] = [['section', 'key', 'count', 'previous', 'change']];
  const add = (section: string, key: string, count: number | null, previous: number | null = null, change: number | null = null) =>
    rows.push([section, key, count, previous, change]);
  add('cases', 'total', report.cases.total, report.cases.previousTotal, report.cases.change);
  for (const [k, v] of Object.entries(report.cases.byDetermination)) add('determination', k, v);
  for (const [k, v] of Object.entries(report.cases.byOurCause)) add('our_cause', k, v);
  for (const [k, v] of Object.entries(report.cases.bySeverity)) add('severity', k, v);
  for (const e of report.cases.byProduct) add('product', e.key, e.count);
  for (const e of report.cases.byDefectNature) add('defect_nature', e.key, e.count);
  for (const e of report.cases.byRegion) add('region', e.key, e.count);
  for (const e of report.hotSpots.products) add('hot_spot_product', e.key, e.count, e.previous, e.change);
  for (const e of report.hotSpots.defects) add('hot_spot_defect', e.key, e.count, e.previous, e.change);
  for (const [k, v] of Object.entries(report.deadlines)) if (k !== 'complianceRate') add('deadlines', k, v as number);
  add('deadlines', 'compliance_rate', report.deadlines.complianceRate);
  for (const [k, v] of Object.entries(report.capa)) add('capa', k, v);
  return rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** RFC 4180 quoting; a leading =, +, - or @ is prefixed so a spreadsheet does not run it as a formula. */
function csvField(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
