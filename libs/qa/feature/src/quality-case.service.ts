import { Inject, Injectable, Logger } from '@nestjs/common';
import type { CalendarRegistry } from '@aftersales/calendar';
import { Aggregate, CLOCK, Clock, DocumentFilter, EventMetadata, ExpectedRevision, TenantScopedReader } from '@aftersales/eventsourcing';
import { ApiError, AuthUser, CALENDARS, LoadedPolicy, Page, actingRoleOf, TimelineEntry, VALIDATION_FAILED, allOf, readPage, regionsNotCovered, toTimeline } from '@aftersales/platform';
import { CaseContext, QaPolicy, QualityCaseCommand, QualityCaseOpened, QualityCaseEvent, QualityCaseState } from '@aftersales/qa-domain';
import { LocalMonthOf, QualityCaseView } from './case-view';
import { ListCasesQuery } from './dto';
import { CASES, CASE_READERS_ALL, MONTH_OF } from './qa.aggregates';
import { QA_POLICY } from './qa-policy.provider';



const SORT_SPECS = {
  receivedAt: { receivedAt: 1, _id: 1 },
  '-receivedAt': { receivedAt: -1, _id: 1 },
  '-updatedAt': { updatedAt: -1, _id: 1 },
} as const;

/** The application service of quality cases: commands through the decider, queries over the read model. */
@Injectable()
export class QualityCaseService {
  private readonly logger = new Logger('Qa');

  constructor(
    @Inject(CASES) readonly cases: Aggregate<QualityCaseCommand, QualityCaseEvent, QualityCaseState, QualityCaseView, AuthUser>,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(CALENDARS) readonly calendars: CalendarRegistry,
    @Inject(QA_POLICY) readonly loaded: LoadedPolicy<QaPolicy>,
    @Inject(MONTH_OF) readonly monthOf: LocalMonthOf,
  ) {
    for (const uncovered of regionsNotCovered(calendars, this.clock.now())) {
      this.logger.warn(uncovered, 'the calendar has no holiday data for this year: QA deadlines there count weekends only; add the year to CALENDAR_OVERRIDES_FILE');
    }
  }

  now(): Date {
    return this.clock.now();
  }

  get policy(): QaPolicy {
    return this.loaded.policy;
  }

  contextOf(region: string): CaseContext {
    return { policy: this.loaded.policy, policyDigest: this.loaded.digest, calendar: this.calendars.forRegion(region) };
  }

  collection() {
    return this.cases.collection();
  }

  /** Appends through the decider under `metadata`; returns what the command decided. */
  decide(caseId: string, command: QualityCaseCommand, metadata: EventMetadata, expectedRevision?: ExpectedRevision) {
    return this.cases.execute({ id: caseId, tenantId: metadata.tenantId, command, metadata, now: this.clock.now(), expectedRevision });
  }

  /** The current state of a case as its decider sees it (for process managers). */
  async state(caseId: string, tenantId: string): Promise<QualityCaseState> {
    return (await this.cases.load(tenantId, caseId)).state;
  }

  /** What opened the case, when it exists in this tenant (an Idempotency-Key retry compares with it). */
  async openedEvent(caseId: string, tenantId: string): Promise<(QualityCaseOpened['data'] & { region: string }) | null> {
    const { envelopes } = await this.cases.read(tenantId, caseId);
    const first = envelopes[0];
    return first && first.type === 'qa.QualityCaseOpened' ? { ...(first.data as QualityCaseOpened['data']), region: first.region } : null;
  }

  /**
   * A user's command on a case they may see, with one read of its stream: the decider refuses what
   * the state does not allow (409 naming it); a case of another tenant or reader is not found.
   */
  async execute(user: AuthUser, caseId: string, command: QualityCaseCommand | ((view: QualityCaseView) => QualityCaseCommand), correlationId: string): Promise<QualityCaseView> {
    const { view } = await this.cases.execute({
      id: caseId,
      tenantId: user.tenantId,
      reader: user,
      command: ({ view: current }) => (typeof command === 'function' ? command(current) : command),
      metadata: ({ view: current }) => metadataOf(user, current?.region ?? '', correlationId),
      now: this.clock.now(),
    });
    return view as QualityCaseView;
  }

  /** One case folded from its own stream (reads its own writes); 404 for another tenant or a reader it is not for. */
  get(user: AuthUser, caseId: string): Promise<QualityCaseView> {
    return this.cases.get(user.tenantId, caseId, user);
  }

  async timeline(user: AuthUser, caseId: string): Promise<TimelineEntry[]> {
    return toTimeline(await this.cases.events(user.tenantId, caseId, user));
  }

  async list(user: AuthUser, query: ListCasesQuery): Promise<Page<QualityCaseView>> {
    const conditions: DocumentFilter[] = [];
    if (!user.roles.some((r) => CASE_READERS_ALL.includes(r))) conditions.push({ stakeholders: user.id });
    if (query.status) conditions.push({ status: query.status });
    if (query.severity) conditions.push({ severity: query.severity });
    if (query.responsibility) conditions.push({ responsibility: query.responsibility });
    if (query.region) conditions.push({ region: query.region });
    if (query.complaintId) conditions.push({ complaintId: query.complaintId.toLowerCase() });
    if (query.model) conditions.push({ model: query.model });
    if (query.customer) conditions.push({ customerId: query.customer });
    if (query.month) conditions.push({ receivedMonth: query.month });
    if (query.overdue !== undefined) {
      const now = this.clock.now().toISOString();
      conditions.push(
        query.overdue ? { earliestOwedDueAt: { $ne: null, $lte: now } } : { $or: [{ earliestOwedDueAt: null }, { earliestOwedDueAt: { $gt: now } }] },
      );
    }
    return readPage(new TenantScopedReader(this.collection(), user.tenantId), allOf(conditions), SORT_SPECS[query.sort ?? '-receivedAt'], query);
  }

  /** Field-level 400 for a region the calendars do not know (nothing recorded). */
  requireRegion(region: string, field = 'region'): void {
    if (!this.calendars.hasRegion(region)) {
      throw ApiError.badRequest(VALIDATION_FAILED, 'the request is not valid; see fieldErrors', [
        { field, code: 'unknown_region', message: `region must be one of ${this.calendars.regions().join(', ')}` },
      ]);
    }
  }
}

export function metadataOf(user: AuthUser, region: string, correlationId: string): EventMetadata {
  return { tenantId: user.tenantId, region, actor: { id: user.id, role: actingRoleOf(user) }, correlationId };
}
