import { Inject, Injectable } from '@nestjs/common';
import type { CalendarRegistry } from '@aftersales/calendar';
import { CLOCK, Clock } from '@aftersales/eventsourcing';
import { DisclosureRow, EvidencePack, InstantRange, KpiRow, NonconformityLine, RecordFacts, disclosure, evidencePack, kpis, periodOfKey, readRecord } from '@aftersales/audit-domain';
import { ApiError, CALENDARS, Caller, FieldError, VALIDATION_FAILED } from '@aftersales/platform';
import { AuditLog } from '../log/audit-log';
import { AUDIT_LOG } from '../log/checkpoints';
import { NONCONFORMITIES, Nonconformities } from '../nonconformities/nonconformity.aggregate';

/**
 * How far before a period evidence reads the record, and after it: a commitment due in the period
 * was opened at most this long before (acknowledgement, report-up, arrival and follow-up are owed
 * within days), and what happened to it is read up to this long after, or to now.
 */
export const EVIDENCE_MARGIN_DAYS = 92;
const DAY_MS = 86_400_000;

export type EvidencePeriod = { key: string } & InstantRange;

/** The evidence of AU-4..AU-6, read from audit's own archive of every context's events (never from another service). */
@Injectable()
export class EvidenceReader {
  constructor(
    @Inject(AUDIT_LOG) private readonly log: AuditLog,
    @Inject(NONCONFORMITIES) private readonly nonconformities: Nonconformities,
    @Inject(CALENDARS) private readonly calendars: CalendarRegistry,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** The period's instants in the region's time zone; 400 naming the field for an unknown region or a period no calendar has. */
  period(region: string, key: string): EvidencePeriod {
    const errors: FieldError[] = [];
    if (!this.calendars.hasRegion(region)) errors.push({ field: 'region', code: 'unknown_region', message: `region must be one of ${this.calendars.regions().join(', ')}` });
    const period = periodOfKey(key);
    if (!period) errors.push({ field: 'period', code: 'invalid_period', message: 'period must be a month (2026-03), a quarter (2026-Q1) or an ISO week of that year (2026-W10)' });
    if (errors.length > 0 || !period) throw ApiError.badRequest(VALIDATION_FAILED, 'the request is not valid; see fieldErrors', errors);
    const calendar = this.calendars.forRegion(region);
    return { key, from: calendar.startOfLocalDay(period.start).toISOString(), to: calendar.startOfLocalDay(period.end).toISOString() };
  }

  regions(): string[] {
    return this.calendars.regions();
  }

  /** The region's archived events around the period, folded as they stand now. */
  async facts(caller: Caller, region: string, period: EvidencePeriod): Promise<{ facts: RecordFacts; asOf: string }> {
    const now = this.clock.now();
    const asOf = now.toISOString();
    const from = new Date(Date.parse(period.from) - EVIDENCE_MARGIN_DAYS * DAY_MS).toISOString();
    const until = new Date(Math.min(Date.parse(period.to) + EVIDENCE_MARGIN_DAYS * DAY_MS, now.getTime() + 1)).toISOString();
    const entries = await this.log.archive.find(
      { 'event.tenantId': caller.user.tenantId, 'event.region': region, 'event.occurredAt': { $gte: from, $lt: until } },
      { sort: { 'event.occurredAt': 1, index: 1 } },
    );
    // Each stream's events in its own order (archive order keeps it), streams interleaved by time.
    entries.sort((a, b) => a.index - b.index);
    return { facts: readRecord(entries.map((e) => e.event), asOf), asOf };
  }

  async pack(caller: Caller, region: string, period: EvidencePeriod): Promise<EvidencePack> {
    const { facts, asOf } = await this.facts(caller, region, period);
    const raised = await this.nonconformities.collection().find({ tenantId: caller.user.tenantId, region, raisedAt: { $gte: period.from, $lt: period.to } }, { sort: { raisedAt: -1 } });
    const lines: NonconformityLine[] = raised.map((n) => {
      const last = n.actions[n.actions.length - 1];
      return { nonconformityId: n.nonconformityId, raisedAt: n.raisedAt, clause: n.clause, finding: n.finding, status: n.status, correctiveAction: last?.action ?? null, effective: last?.check?.effective ?? null };
    });
    return evidencePack(facts, region, period, asOf, lines);
  }

  async disclosure(caller: Caller, regions: readonly string[], key: string): Promise<DisclosureRow[]> {
    const rows: DisclosureRow[] = [];
    for (const region of regions) {
      const period = this.period(region, key);
      rows.push(...disclosure((await this.facts(caller, region, period)).facts, region, period));
    }
    return rows;
  }

  async kpis(caller: Caller, region: string, period: EvidencePeriod): Promise<KpiRow[]> {
    return kpis((await this.facts(caller, region, period)).facts, region, period);
  }
}
