import { Inject, Injectable } from '@nestjs/common';
import { Aggregate, DocumentFilter, InvalidStateError, NotFoundError, TenantScopedReader } from '@aftersales/eventsourcing';
import { ApiError, AuthUser, Page, TimelineEntry, allOf, readPage, toTimeline } from '@aftersales/platform';
import { CapaCommand, CapaEvent, CapaPlan, CapaState, capaRequired } from '@aftersales/qa-domain';
import { CapaView } from './case-view';
import { ListCapasQuery } from './dto';
import { CAPAS, CASE_READERS_ALL, capaNotFound, caseNotFound } from './qa.aggregates';
import { QualityCaseService, metadataOf } from './quality-case.service';
import { QA } from '@aftersales/qa-domain';
import { AUTH } from '@aftersales/platform';



/** Corrective and preventive actions (rule QA-4): each its own stream, linked to its case. */
@Injectable()
export class CapaService {
  constructor(
    @Inject(CAPAS) readonly capas: Aggregate<CapaCommand, CapaEvent, CapaState, CapaView>,
    private readonly cases: QualityCaseService,
  ) {}

  collection() {
    return this.capas.collection();
  }

  /**
   * Opens the CAPA, then links it to its case. The id comes from the Idempotency-Key when there is
   * one, so a retry after a crash between the two appends opens nothing new and completes the link.
   */
  /** `replayed` when an Idempotency-Key retry met the CAPA a first, unanswered attempt opened. */
  async open(user: AuthUser, capaId: string, caseId: string, plan: CapaPlan, correlationId: string): Promise<{ view: CapaView; replayed: boolean }> {
    const qualityCase = await this.cases.get(user, caseId);
    if (qualityCase.status === 'cancelled') {
      throw new InvalidStateError(QA.CASE_IS.cancelled, `quality case ${caseId} is cancelled; cannot open a CAPA`, { caseId, status: qualityCase.status, command: 'open a CAPA' });
    }
    const determination = qualityCase.determination;
    const required = determination !== null && capaRequired(this.cases.policy, determination.responsibility === 'ours', qualityCase.severity);
    const metadata = metadataOf(user, qualityCase.region, correlationId);
    const opened = await this.capas.execute({
      id: capaId,
      tenantId: user.tenantId,
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
    return { view: opened.view as CapaView, replayed: opened.events.length === 0 };
  }

  /** A command made from the CAPA as it is: its case must be readable by the user (404 otherwise). */
  async execute(user: AuthUser, capaId: string, command: (view: CapaView) => CapaCommand, correlationId: string): Promise<CapaView> {
    // Sales roles act only on the CAPAs of cases they may read (QA's roles read every case).
    if (!user.roles.some((r) => CASE_READERS_ALL.includes(r))) await this.get(user, capaId);
    const { view } = await this.capas.execute({
      id: capaId,
      tenantId: user.tenantId,
      command: ({ view: current }) => command(current),
      metadata: ({ view: current }) => metadataOf(user, current?.region ?? '', correlationId),
      now: this.cases.now(),
    });
    return view as CapaView;
  }

  update(user: AuthUser, capaId: string, changes: Partial<CapaPlan>, reason: string | null, correlationId: string): Promise<CapaView> {
    return this.execute(user, capaId, (v) => ({ type: 'Update', capaId, changes, reason, calendar: this.cases.calendars.forRegion(v.region) }), correlationId);
  }

  /** The local date today in the CAPA's region (verifications must not be dated later). */
  today(region: string): string {
    return this.cases.calendars.forRegion(region).localDate(this.cases.now());
  }

  /** A CAPA is readable by whoever may read its case. */
  async get(user: AuthUser, capaId: string): Promise<CapaView> {
    const view = await this.capas.get(user.tenantId, capaId);
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
    return toTimeline(await this.capas.events(user.tenantId, capaId));
  }

  async list(user: AuthUser, query: ListCapasQuery): Promise<Page<CapaView>> {
    const conditions: DocumentFilter[] = [];
    if (!query.caseId && !user.roles.some((r) => CASE_READERS_ALL.includes(r))) {
      throw ApiError.forbidden(AUTH.FORBIDDEN, 'sales roles list the CAPAs of a case they may read: give caseId');
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
}
