import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { TenantScopedReader } from '@aftersales/eventsourcing';
import { ApiError } from '@aftersales/platform';
import { MonthlyReport, QA, ReportCapa, ReportCase, monthlyReport, previousMonthOf } from '@aftersales/qa-domain';
import { QaHandler } from '../../qa.aggregates';
import { GetMonthlyReport } from './get-monthly-report.query';

/** Enough for any real month of one tenant; a larger one is refused rather than silently cut. */
export const MAX_REPORT_ROWS = 100_000;

/** Rule QA-7: the monthly analysis over the cases and CAPA read models. */
@QueryHandler(GetMonthlyReport)
export class GetMonthlyReportHandler extends QaHandler implements IQueryHandler<GetMonthlyReport> {
  async execute({ caller: { user }, request }: GetMonthlyReport): Promise<MonthlyReport> {
    const { month } = request;
    const region = request.region ?? null;
    if (region !== null) this.contexts.requireRegion(region);
    const caseReader = new TenantScopedReader(this.cases.collection(), user.tenantId);
    const capaReader = new TenantScopedReader(this.capas.collection(), user.tenantId);
    const inRegion = region === null ? {} : { region };
    // Cases opened in error or whose complaint went away (cancelled) are not quality problems.
    const casesOf = (m: string) => ({ ...inRegion, receivedMonth: m, status: { $ne: 'cancelled' } });
    // CAPAs the month can count: opened by its end and not closed before it began.
    const capaFilter = { ...inRegion, openedMonth: { $lte: month }, $or: [{ status: 'open' }, { closedMonth: { $gte: month } }] };
    const counts = await Promise.all([caseReader.count(casesOf(month)), caseReader.count(casesOf(previousMonthOf(month))), capaReader.count(capaFilter)]);
    if (counts.some((n) => n > MAX_REPORT_ROWS)) {
      throw ApiError.unprocessable(QA.REPORT_TOO_LARGE, `a monthly report reads at most ${MAX_REPORT_ROWS} cases or CAPAs per month; narrow it by region`, {
        limit: MAX_REPORT_ROWS,
      });
    }
    const [current, previous, capas] = await Promise.all([
      caseReader.find(casesOf(month), { limit: MAX_REPORT_ROWS }),
      caseReader.find(casesOf(previousMonthOf(month)), { limit: MAX_REPORT_ROWS }),
      capaReader.find(capaFilter, { limit: MAX_REPORT_ROWS }),
    ]);
    const toRow = (c: (typeof current)[number]): ReportCase => ({
      caseId: c.caseId,
      region: c.region,
      receivedMonth: c.receivedMonth,
      severity: c.severity,
      responsibility: c.responsibility,
      ourCause: c.determination?.ourCause ?? null,
      model: c.model,
      defectNature: c.defectNature,
      deadlines: c.deadlines,
    });
    const capaRows: ReportCapa[] = capas.map((c) => ({
      capaId: c.capaId,
      region: c.region,
      openedMonth: c.openedMonth,
      status: c.status,
      closedMonth: c.closedMonth,
      dueAt: c.dueAt,
    }));
    return monthlyReport({ month, region, cases: current.map(toRow), previousCases: previous.map(toRow), capas: capaRows, asOfByRegion: this.asOfByRegion(month, region) });
  }

  /** Per region, the end of the month in its calendar's time zone, or now if sooner (QA-7). */
  private asOfByRegion(month: string, region: string | null): Record<string, Date> {
    const [y, m] = month.split('-').map(Number);
    const lastDay = new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
    const now = this.clock.now().getTime();
    const { calendars } = this.contexts;
    const regions = region === null ? calendars.regions() : [region];
    return Object.fromEntries(regions.map((r) => [r, new Date(Math.min(calendars.forRegion(r).endOfLocalDay(lastDay).getTime(), now))]));
  }
}
