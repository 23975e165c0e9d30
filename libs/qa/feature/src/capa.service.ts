import { Inject, Injectable } from '@nestjs/common';
import {
  DOCUMENT_STORE,
  DeciderCommandHandler,
  DocumentFilter,
  DocumentStore,
  EVENT_STORE,
  EventEnvelope,
  EventStore,
  InvalidStateError,
  NotFoundError,
  TenantScopedReader,
} from '@aftersales/eventsourcing';
import { ApiError, AuthUser, Page, TimelineEntry, allOf, readPage, toTimeline } from '@aftersales/platform';
import { CapaCommand, CapaEvent, CapaPlan, CapaState, capaDecider, capaRequired, capaStream } from '@aftersales/qa-domain';
import { CapaView, applyCapaEvent } from './case-view';
import { ListCapasQuery } from './dto';
import { CASE_READERS_ALL, QualityCaseService, caseNotFound, metadataOf } from './quality-case.service';

export const CAPAS_COLLECTION = 'qa.capas';

/** Corrective and preventive actions (rule QA-4): each its own stream, linked to its case. */
@Injectable()
export class CapaService {
  private readonly handler: DeciderCommandHandler<CapaCommand, CapaEvent, CapaState>;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(DOCUMENT_STORE) private readonly documents: DocumentStore,
    private readonly cases: QualityCaseService,
  ) {
    this.handler = new DeciderCommandHandler(store, capaDecider);
  }

  collection() {
    return this.documents.collection<CapaView>(CAPAS_COLLECTION, [
      { fields: { caseId: 1 } },
      { fields: { tenantId: 1, dueAt: 1 } },
      { fields: { tenantId: 1, status: 1, dueAt: 1 } },
      { fields: { tenantId: 1, openedMonth: 1, region: 1 } },
    ]);
  }

  /**
   * Opens the CAPA, then links it to its case. The id comes from the Idempotency-Key when there is
   * one, so a retry after a crash between the two appends opens nothing new and completes the link.
   */
  /** `replayed` when an Idempotency-Key retry met the CAPA a first, unanswered attempt opened. */
  async open(user: AuthUser, capaId: string, caseId: string, plan: CapaPlan, correlationId: string): Promise<{ view: CapaView; replayed: boolean }> {
    const qualityCase = await this.cases.get(user, caseId);
    if (qualityCase.status === 'cancelled') {
      throw new InvalidStateError('QA.CASE_IS_CANCELLED', `quality case ${caseId} is cancelled; cannot open a CAPA`, { caseId, status: qualityCase.status, command: 'open a CAPA' });
    }
    const determination = qualityCase.determination;
    const required = determination !== null && capaRequired(this.cases.policy, determination.responsibility === 'ours', qualityCase.severity);
    const metadata = metadataOf(user, qualityCase.region, correlationId);
    const opened = await this.handler.handle({
      stream: capaStream(capaId),
      command: {
        type: 'Open',
        capaId,
        caseId,
        complaintId: qualityCase.complaintId,
        plan,
        required,
        now: this.cases.now(),
        policy: this.cases.policy,
        policyDigest: this.cases.loaded.digest,
        calendar: this.cases.calendars.forRegion(qualityCase.region),
      },
      metadata,
      now: this.cases.now(),
    });
    await this.cases.decide(caseId, { type: 'LinkCapa', caseId, capaId }, metadata);
    return { view: await this.get(user, capaId), replayed: opened.events.length === 0 };
  }

  async execute(user: AuthUser, capaId: string, command: (view: CapaView) => CapaCommand, correlationId: string): Promise<CapaView> {
    const current = await this.get(user, capaId);
    await this.handler.handle({ stream: capaStream(capaId), command: command(current), metadata: metadataOf(user, current.region, correlationId), now: this.cases.now() });
    return this.get(user, capaId);
  }

  update(user: AuthUser, capaId: string, changes: Partial<CapaPlan>, reason: string | null, correlationId: string): Promise<CapaView> {
    return this.execute(user, capaId, (v) => ({ type: 'Update', capaId, changes, reason, calendar: this.cases.calendars.forRegion(v.region) }), correlationId);
  }

  /** The local date today in the CAPA's region (verifications must not be dated later). */
  today(region: string): string {
    return this.cases.calendars.forRegion(region).localDate(this.cases.now());
  }

  /** From the deadline scheduler: the CAPA's due date passed while it was open. */
  async markOverdue(tenantId: string, region: string, stream: string, now: Date): Promise<void> {
    const capaId = stream.slice(capaStream('').length);
    await this.handler.handle({
      stream,
      command: { type: 'MarkOverdue', capaId, now },
      metadata: { tenantId, region, actor: { id: 'deadline-scheduler', role: 'system' }, correlationId: `deadline:${stream}` },
      now,
    });
  }

  /** A CAPA is readable by whoever may read its case. */
  async get(user: AuthUser, capaId: string): Promise<CapaView> {
    const envelopes = await this.readOwn(user.tenantId, capaId);
    const view = envelopes.reduce<CapaView | null>((v, e) => applyCapaEvent(v, e, this.cases.monthOf), null);
    if (!view) throw capaNotFound(capaId);
    try {
      await this.cases.get(user, view.caseId);
    } catch (err) {
      if (err instanceof NotFoundError) throw capaNotFound(capaId);
      throw err;
    }
    return view;
  }

  async timeline(user: AuthUser, capaId: string): Promise<TimelineEntry[]> {
    await this.get(user, capaId);
    return toTimeline(await this.readOwn(user.tenantId, capaId));
  }

  async list(user: AuthUser, query: ListCapasQuery): Promise<Page<CapaView>> {
    const conditions: DocumentFilter[] = [];
    if (!query.caseId && !user.roles.some((r) => CASE_READERS_ALL.includes(r))) {
      throw ApiError.forbidden('AUTH.FORBIDDEN', 'sales roles list the CAPAs of a case they may read: give caseId');
    }
    if (query.caseId) {
      await this.cases.get(user, query.caseId.toLowerCase()).catch((err: unknown) => {
        throw err instanceof NotFoundError ? caseNotFound(query.caseId as string) : err;
      });
      conditions.push({ caseId: query.caseId.toLowerCase() });
    }
    if (query.status) conditions.push({ status: query.status });
    if (query.department) conditions.push({ 'plan.department': query.department });
    if (query.overdue !== undefined) {
      const now = this.cases.now().toISOString();
      conditions.push(query.overdue ? { status: 'open', dueAt: { $lte: now } } : { $or: [{ status: 'closed' }, { dueAt: { $gt: now } }] });
    }
    return readPage(new TenantScopedReader(this.collection(), user.tenantId), allOf(conditions), { dueAt: 1, _id: 1 }, query);
  }

  private async readOwn(tenantId: string, capaId: string): Promise<EventEnvelope[]> {
    const envelopes = await this.store.readStream(capaStream(capaId));
    if (envelopes.length > 0 && envelopes[0].tenantId !== tenantId) return [];
    return envelopes;
  }
}

function capaNotFound(capaId: string): NotFoundError {
  return new NotFoundError('QA.CAPA_NOT_FOUND', `CAPA ${capaId} does not exist`, { capaId });
}
