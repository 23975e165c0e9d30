import { Inject, Injectable, Logger } from '@nestjs/common';
import type { CalendarRegistry } from '@aftersales/calendar';
import {
  CLOCK,
  Clock,
  DOCUMENT_STORE,
  DeciderCommandHandler,
  DocumentFilter,
  DocumentStore,
  EVENT_STORE,
  EventEnvelope,
  EventMetadata,
  EventStore,
  NotFoundError,
  TenantScopedReader,
} from '@aftersales/eventsourcing';
import { ApiError, AuthUser, CALENDARS, LoadedPolicy, Page, actingRoleOf, Role, TimelineEntry, VALIDATION_FAILED, allOf, readPage, regionsNotCovered, toTimeline } from '@aftersales/platform';
import {
  CaseContext,
  CaseObligation,
  QaPolicy,
  QualityCaseCommand,
  QualityCaseOpened,
  QualityCaseEvent,
  QualityCaseState,
  caseStream,
  qualityCaseDecider,
} from '@aftersales/qa-domain';
import { LocalMonthOf, QualityCaseView, applyCaseEvent } from './case-view';
import { ListCasesQuery } from './dto';
import { QA_POLICY } from './qa-policy.provider';

export const CASES_COLLECTION = 'qa.cases';

/** Roles that read every case of their tenant; sales and sales assistants read the cases they are stakeholders of. */
export const CASE_READERS_ALL: readonly Role[] = ['qa', 'department', 'general_manager', 'business_head', 'auditor', 'admin'];

const SORT_SPECS = {
  receivedAt: { receivedAt: 1, _id: 1 },
  '-receivedAt': { receivedAt: -1, _id: 1 },
  '-updatedAt': { updatedAt: -1, _id: 1 },
} as const;

/** Who may read a case: everyone of the QA side, and the case's own stakeholders among sales. */
export function mayRead(user: AuthUser, stakeholders: readonly string[]): boolean {
  return user.roles.some((r) => CASE_READERS_ALL.includes(r)) || stakeholders.includes(user.id);
}

/** The application service of quality cases: commands through the decider, queries over the read model. */
@Injectable()
export class QualityCaseService {
  private readonly logger = new Logger('Qa');
  private readonly handler: DeciderCommandHandler<QualityCaseCommand, QualityCaseEvent, QualityCaseState>;
  readonly monthOf: LocalMonthOf;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(DOCUMENT_STORE) private readonly documents: DocumentStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(CALENDARS) readonly calendars: CalendarRegistry,
    @Inject(QA_POLICY) readonly loaded: LoadedPolicy<QaPolicy>,
  ) {
    this.handler = new DeciderCommandHandler(store, qualityCaseDecider);
    for (const uncovered of regionsNotCovered(calendars, this.clock.now())) {
      this.logger.warn(uncovered, 'the calendar has no holiday data for this year: QA deadlines there count weekends only; add the year to CALENDAR_OVERRIDES_FILE');
    }
    this.monthOf = (region, instant) => this.calendars.forRegion(region).localDate(new Date(instant)).slice(0, 7);
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
    return this.documents.collection<QualityCaseView>(CASES_COLLECTION, [
      { fields: { tenantId: 1, receivedAt: -1 } },
      { fields: { tenantId: 1, status: 1, receivedAt: -1 } },
      { fields: { tenantId: 1, updatedAt: -1 } },
      { fields: { tenantId: 1, receivedMonth: 1, region: 1 } },
      { fields: { complaintId: 1 } },
      { fields: { tenantId: 1, earliestOwedDueAt: 1 } },
      // Sales read the cases they are stakeholders of (an array of user ids).
      { fields: { stakeholders: 1 }, multikey: true },
    ]);
  }

  /** Appends through the decider under `metadata`; returns what the command decided. */
  async decide(caseId: string, command: QualityCaseCommand, metadata: EventMetadata, expectedRevision?: 'no_stream') {
    return this.handler.handle({ stream: caseStream(caseId), command, metadata, now: this.clock.now(), expectedRevision });
  }

  /** The current state of a case as its decider sees it (for process managers). */
  async state(caseId: string, tenantId: string): Promise<QualityCaseState> {
    return (await this.handler.load(caseStream(caseId), tenantId)).state;
  }

  /** What opened the case, when it exists in this tenant (an Idempotency-Key retry compares with it). */
  async openedEvent(caseId: string, tenantId: string): Promise<(QualityCaseOpened['data'] & { region: string }) | null> {
    const [first] = await this.store.readStream(caseStream(caseId), { maxCount: 1 });
    return first && first.tenantId === tenantId && first.type === 'qa.QualityCaseOpened' ? { ...(first.data as QualityCaseOpened['data']), region: first.region } : null;
  }

  /** A user's command on a case they may see: the decider refuses what the state does not allow (409 naming it). */
  async execute(user: AuthUser, caseId: string, command: QualityCaseCommand, correlationId: string): Promise<QualityCaseView> {
    const current = await this.get(user, caseId);
    await this.decide(caseId, command, metadataOf(user, current.region, correlationId));
    return this.get(user, caseId);
  }

  /** From the deadline scheduler: raise the miss through the decider (a no-op when met or raised already). */
  async markDeadlineMissed(tenantId: string, region: string, stream: string, obligation: CaseObligation, now: Date): Promise<void> {
    const caseId = stream.slice(caseStream('').length);
    await this.handler.handle({
      stream,
      command: { type: 'MarkDeadlineMissed', caseId, obligation, now },
      metadata: { tenantId, region, actor: { id: 'deadline-scheduler', role: 'system' }, correlationId: `deadline:${stream}#${obligation}` },
      now,
    });
  }

  /** One case folded from its own stream (reads its own writes); 404 for another tenant or a reader it is not for. */
  async get(user: AuthUser, caseId: string): Promise<QualityCaseView> {
    const envelopes = await this.readOwn(user.tenantId, caseId);
    const view = envelopes.reduce<QualityCaseView | null>((v, e) => applyCaseEvent(v, e, this.monthOf), null);
    if (!view || !mayRead(user, view.stakeholders)) throw caseNotFound(caseId);
    return view;
  }

  async timeline(user: AuthUser, caseId: string): Promise<TimelineEntry[]> {
    await this.get(user, caseId);
    return toTimeline(await this.readOwn(user.tenantId, caseId));
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

  private async readOwn(tenantId: string, caseId: string): Promise<EventEnvelope[]> {
    const envelopes = await this.store.readStream(caseStream(caseId));
    if (envelopes.length > 0 && envelopes[0].tenantId !== tenantId) return [];
    return envelopes;
  }
}

export function metadataOf(user: AuthUser, region: string, correlationId: string): EventMetadata {
  return { tenantId: user.tenantId, region, actor: { id: user.id, role: actingRoleOf(user) }, correlationId };
}

export function caseNotFound(caseId: string): NotFoundError {
  return new NotFoundError('QA.CASE_NOT_FOUND', `quality case ${caseId} does not exist`, { caseId });
}
