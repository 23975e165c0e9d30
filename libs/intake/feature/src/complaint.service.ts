import { Inject, Injectable, Logger } from '@nestjs/common';
import { addMonths, isLocalDate, type CalendarRegistry } from '@aftersales/calendar';
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
import { ApiError, AuthUser, CALENDARS, FieldError, LoadedPolicy, Page, actingRoleOf, TimelineEntry, VALIDATION_FAILED, allOf, canonicalJson, readPage, regionsNotCovered, toTimeline } from '@aftersales/platform';

export type { Page, TimelineEntry };
import {
  ComplaintCommand,
  ComplaintEvent,
  ComplaintFacts,
  ComplaintState,
  EarlierComplaint,
  IntakePolicy,
  Obligation,
  PolicyContext,
  complaintDecider,
  complaintStream,
  findRepeat,
  repeatMatchKey,
} from '@aftersales/intake-domain';
import { ComplaintView, applyToView } from './complaint-view';
import { ComplaintSort, ListComplaintsQuery, RegisterComplaintDto } from './dto';
import { INTAKE_POLICY } from './policy.provider';

export const COMPLAINTS_COLLECTION = 'intake.complaints';
/** Registrations of older complaints (from paper records) are accepted this far back. */
export const MAX_BACKFILL_YEARS = 10;
/** Goods delivered longer than this before the complaint are refused as a typo. */
export const MAX_GOODS_AGE_YEARS = 30;

function addYears(date: string, years: number): string {
  return addMonths(date, years * 12);
}

const SORT_SPECS: Record<ComplaintSort, Record<string, 1 | -1>> = {
  receivedAt: { receivedAt: 1, _id: 1 },
  '-receivedAt': { receivedAt: -1, _id: 1 },
  // Complaints owing nothing sort after every due time (dueSortKey), not before.
  nextDueAt: { dueSortKey: 1, _id: 1 },
  '-nextDueAt': { dueSortKey: -1, _id: 1 },
  priority: { highPriority: -1, receivedAt: 1, _id: 1 },
  '-updatedAt': { updatedAt: -1, _id: 1 },
};

/** The application service of intake: commands through the complaint decider, queries over the read model. */
@Injectable()
export class ComplaintService {
  private readonly logger = new Logger('Intake');
  private readonly handler: DeciderCommandHandler<ComplaintCommand, ComplaintEvent, ComplaintState>;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(DOCUMENT_STORE) private readonly documents: DocumentStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(CALENDARS) private readonly calendars: CalendarRegistry,
    @Inject(INTAKE_POLICY) readonly loaded: LoadedPolicy<IntakePolicy>,
  ) {
    this.handler = new DeciderCommandHandler(store, complaintDecider);
    for (const uncovered of regionsNotCovered(calendars, this.clock.now())) {
      this.logger.warn(uncovered, 'the calendar has no holiday data for this year: working-day windows are sent for review; add the year to CALENDAR_OVERRIDES_FILE');
    }
  }

  get policy(): IntakePolicy {
    return this.loaded.policy;
  }

  private contextOf(region: string): PolicyContext {
    return { policy: this.loaded.policy, policyDigest: this.loaded.digest, calendar: this.calendars.forRegion(region) };
  }

  collection() {
    return this.documents.collection<ComplaintView>(COMPLAINTS_COLLECTION, [
      // Lists are per tenant: each sort order and the common filters lead with the tenant.
      { fields: { tenantId: 1, receivedAt: -1 } },
      { fields: { tenantId: 1, status: 1, receivedAt: -1 } },
      // The overdue filter (what is owed and past due, by the clock).
      { fields: { tenantId: 1, earliestOwedDueAt: 1 } },
      { fields: { tenantId: 1, dueSortKey: 1 } },
      { fields: { tenantId: 1, updatedAt: -1 } },
      { fields: { tenantId: 1, highPriority: -1, receivedAt: 1 } },
      // The repeat lookup at each registration (IN-10): by serial number, else customer and model.
      { fields: { tenantId: 1, serialNumber: 1, category: 1, receivedAt: -1 } },
      { fields: { tenantId: 1, customerId: 1, model: 1, category: 1, receivedAt: -1 } },
    ]);
  }

  /** The injected clock's reading: a view is presented as of it (overdue, next due time). */
  now(): Date {
    return this.clock.now();
  }

  /** Rules IN-1, IN-2 with the checks class-validator cannot make (other fields, the clock, the policy). */
  /** `replayed` when an Idempotency-Key retry met the complaint a first, unanswered attempt stored. */
  async register(
    user: AuthUser,
    complaintId: string,
    body: RegisterComplaintDto,
    correlationId: string,
    fromIdempotencyKey: boolean,
  ): Promise<{ view: ComplaintView; replayed: boolean }> {
    const facts = this.toFacts(body);
    this.checkFacts(facts);
    const stored = fromIdempotencyKey ? await this.readOwn(user, complaintId) : [];
    if (stored.length > 0) {
      // The id comes from this user's Idempotency-Key: the first attempt stored the complaint but
      // crashed before its response was recorded. The same request gets that complaint, not a
      // second one; another request under the same key is refused as the interceptor would.
      const first = stored[0].data as { facts?: ComplaintFacts };
      if (canonicalJson(first.facts) !== canonicalJson(facts)) {
        throw ApiError.unprocessable('IDEMPOTENCY.KEY_REUSED', 'this Idempotency-Key was used for another complaint');
      }
      return { view: await this.get(user, complaintId), replayed: true };
    }
    const repeatOf = await this.findRepeat(user.tenantId, facts);
    await this.handler.handle({
      stream: complaintStream(complaintId),
      command: { type: 'Register', complaintId, facts, repeatOf, registeredBy: user.id, context: this.contextOf(facts.region) },
      metadata: this.metadata(user, facts.region, correlationId),
      now: this.clock.now(),
      expectedRevision: 'no_stream',
    });
    return { view: await this.get(user, complaintId), replayed: false };
  }

  /** Any lifecycle command: the decider refuses what the state does not allow (409 naming the state). */
  async execute(user: AuthUser, complaintId: string, command: ComplaintCommand, correlationId: string): Promise<ComplaintView> {
    const current = await this.get(user, complaintId);
    await this.handler.handle({
      stream: complaintStream(complaintId),
      command,
      metadata: this.metadata(user, current.region, correlationId),
      now: this.clock.now(),
    });
    return this.get(user, complaintId);
  }

  /** The decision context for a reassessment: the policy in force now and the complaint's region calendar. */
  async contextFor(user: AuthUser, complaintId: string): Promise<PolicyContext> {
    const current = await this.get(user, complaintId);
    return this.contextOf(current.region);
  }

  /** From the deadline scheduler: raise the miss through the decider (a no-op when met or already raised). */
  async markDeadlineMissed(tenantId: string, region: string, stream: string, obligation: Obligation, now: Date): Promise<void> {
    const complaintId = stream.slice('intake.complaint-'.length);
    await this.handler.handle({
      stream,
      command: { type: 'MarkDeadlineMissed', complaintId, obligation, now },
      metadata: { tenantId, region, actor: { id: 'deadline-scheduler', role: 'system' }, correlationId: `deadline:${stream}#${obligation}` },
      now,
    });
  }

  /** One complaint, folded from its own stream: reads its own writes, and is 404 for another tenant. */
  async get(user: AuthUser, complaintId: string): Promise<ComplaintView> {
    const envelopes = await this.readOwn(user, complaintId);
    const view = envelopes.reduce<ComplaintView | null>((v, e) => applyToView(v, e), null);
    if (!view) throw notFound(complaintId);
    return view;
  }

  async timeline(user: AuthUser, complaintId: string): Promise<TimelineEntry[]> {
    const envelopes = await this.readOwn(user, complaintId);
    if (envelopes.length === 0) throw notFound(complaintId);
    return toTimeline(envelopes);
  }

  async list(user: AuthUser, query: ListComplaintsQuery): Promise<Page<ComplaintView>> {
    const conditions: DocumentFilter[] = [];
    // Every value below passed class-validator as a plain string, boolean or number.
    if (query.status) conditions.push({ status: query.status });
    if (query.category) conditions.push({ category: query.category });
    if (query.region) conditions.push({ region: query.region });
    if (query.customer) conditions.push({ customerId: query.customer });
    if (query.severity) conditions.push({ severity: query.severity });
    if (query.acceptance) conditions.push({ 'acceptance.kind': query.acceptance });
    if (query.repeat !== undefined) conditions.push({ repeat: query.repeat });
    if (query.highPriority !== undefined) conditions.push({ highPriority: query.highPriority });
    const from = query.receivedFrom ? new Date(query.receivedFrom).toISOString() : undefined;
    const to = query.receivedTo ? new Date(query.receivedTo).toISOString() : undefined;
    if (from) conditions.push({ receivedAt: { $gte: from } });
    if (to) conditions.push({ receivedAt: { $lt: to } });
    if (query.overdue !== undefined) {
      const now = this.clock.now().toISOString();
      conditions.push(
        query.overdue ? { earliestOwedDueAt: { $ne: null, $lte: now } } : { $or: [{ earliestOwedDueAt: null }, { earliestOwedDueAt: { $gt: now } }] },
      );
    }
    return readPage(new TenantScopedReader(this.collection(), user.tenantId), allOf(conditions), SORT_SPECS[query.sort ?? '-receivedAt'], query);
  }

  private async readOwn(user: AuthUser, complaintId: string): Promise<EventEnvelope[]> {
    const envelopes = await this.store.readStream(complaintStream(complaintId));
    if (envelopes.length > 0 && envelopes[0].tenantId !== user.tenantId) return [];
    return envelopes;
  }

  private async findRepeat(tenantId: string, facts: ComplaintFacts) {
    const reader = new TenantScopedReader(this.collection(), tenantId);
    const since = new Date(new Date(facts.receivedAt).getTime() - this.policy.repeat.lookBackDays * 86_400_000).toISOString();
    const candidates = await reader.find(
      { ...repeatMatchKey(facts), category: facts.category, status: 'closed', receivedAt: { $gte: since, $lte: facts.receivedAt } },
      { sort: { receivedAt: -1 }, limit: 20 },
    );
    const earlier: EarlierComplaint[] = candidates.map((c) => ({
      complaintId: c.complaintId,
      status: c.status,
      receivedAt: c.receivedAt,
      category: c.category,
      customerId: c.customerId,
      model: c.model,
      serialNumber: c.serialNumber,
    }));
    return findRepeat(facts, earlier, this.policy);
  }

  private metadata(user: AuthUser, region: string, correlationId: string): EventMetadata {
    return { tenantId: user.tenantId, region, actor: { id: user.id, role: actingRoleOf(user) }, correlationId };
  }

  private toFacts(body: RegisterComplaintDto): ComplaintFacts {
    return {
      channel: body.channel,
      receivedAt: new Date(body.receivedAt).toISOString(),
      customer: { id: body.customer.id, name: body.customer.name, tier: body.customer.tier },
      region: body.region,
      product: {
        model: body.product.model,
        serialNumber: body.product.serialNumber ?? null,
        partNumber: body.product.partNumber ?? null,
        contractNumber: body.product.contractNumber ?? null,
        productLine: body.product.productLine ?? null,
        component: body.product.component ?? null,
        partClass: body.product.partClass ?? 'main',
      },
      deliveredOn: body.deliveredOn,
      goodsReceivedOn: body.goodsReceivedOn,
      shippedQuantity: body.shippedQuantity,
      defectiveQuantity: body.defectiveQuantity,
      category: body.category,
      severity: body.severity ?? 'minor',
      defect: {
        location: body.defect.location ?? null,
        nature: body.defect.nature,
        firstSeenOn: body.defect.firstSeenOn ?? null,
        attachments: body.defect.attachments ?? [],
      },
      usedAsInstructed: body.usedAsInstructed,
      suspectedCause: body.suspectedCause ?? 'unknown',
      requestedResolution: body.requestedResolution,
      description: body.description,
      warrantyCard: body.warrantyCard ? { months: body.warrantyCard.months } : null,
      deadOnArrival: body.deadOnArrival
        ? { testReportRef: body.deadOnArrival.testReportRef ?? null, packagingIntact: body.deadOnArrival.packagingIntact, appearanceIntact: body.deadOnArrival.appearanceIntact }
        : null,
      ownerId: body.ownerId ?? null,
    };
  }

  /** Field-level 400s for what only the whole request, the clock or the policy can judge. Nothing is recorded. */
  private checkFacts(facts: ComplaintFacts): void {
    const errors: FieldError[] = [];
    const fail = (field: string, code: string, message: string) => errors.push({ field, code, message });
    for (const [field, value] of [
      ['deliveredOn', facts.deliveredOn],
      ['goodsReceivedOn', facts.goodsReceivedOn],
      ['defect.firstSeenOn', facts.defect.firstSeenOn],
    ] as const) {
      if (value !== null && !isLocalDate(value)) fail(field, 'invalid_date', `${field} is not a calendar date`);
    }
    if (!this.calendars.hasRegion(facts.region)) {
      fail('region', 'unknown_region', `region must be one of ${this.calendars.regions().join(', ')}`);
    }
    if (facts.product.productLine !== null && !Object.hasOwn(this.policy.productLines, facts.product.productLine)) {
      const known = Object.keys(this.policy.productLines);
      fail('product.productLine', 'unknown_product_line', `productLine must be one of the policy's product lines: ${known.join(', ') || '(none)'}`);
    }
    if (facts.defectiveQuantity > facts.shippedQuantity) {
      fail('defectiveQuantity', 'exceeds_shipped', 'defectiveQuantity must not exceed shippedQuantity');
    }
    if (errors.length === 0) {
      const now = this.clock.now();
      const calendar = this.calendars.forRegion(facts.region);
      const today = calendar.localDate(now);
      const receivedAt = new Date(facts.receivedAt).getTime();
      const receivedOn = calendar.localDate(new Date(facts.receivedAt));
      const oldest = addYears(today, -MAX_BACKFILL_YEARS);
      if (receivedAt > now.getTime()) fail('receivedAt', 'in_future', 'receivedAt must not be in the future');
      else if (receivedOn < oldest) fail('receivedAt', 'too_old', `receivedAt must be within the last ${MAX_BACKFILL_YEARS} years`);
      const earliestGoods = addYears(receivedOn, -MAX_GOODS_AGE_YEARS);
      for (const [field, value] of [
        ['deliveredOn', facts.deliveredOn],
        ['goodsReceivedOn', facts.goodsReceivedOn],
      ] as const) {
        if (value < earliestGoods) fail(field, 'too_old', `${field} must be within ${MAX_GOODS_AGE_YEARS} years before receivedAt`);
      }
      if (facts.deliveredOn > today) fail('deliveredOn', 'in_future', 'deliveredOn must not be in the future');
      if (facts.goodsReceivedOn > today) fail('goodsReceivedOn', 'in_future', 'goodsReceivedOn must not be in the future');
      if (facts.goodsReceivedOn < facts.deliveredOn) fail('goodsReceivedOn', 'before_delivery', 'goodsReceivedOn must not be before deliveredOn');
      if (facts.goodsReceivedOn > receivedOn && facts.goodsReceivedOn <= today) {
        fail('receivedAt', 'before_goods_received', 'receivedAt must not be before the day the goods were received');
      }
      const seen = facts.defect.firstSeenOn;
      if (seen !== null && seen > today) fail('defect.firstSeenOn', 'in_future', 'defect.firstSeenOn must not be in the future');
      else if (seen !== null && seen < facts.deliveredOn) fail('defect.firstSeenOn', 'before_delivery', 'defect.firstSeenOn must not be before deliveredOn');
    }
    if (errors.length > 0) throw ApiError.badRequest(VALIDATION_FAILED, 'the request is not valid; see fieldErrors', errors);
  }
}

function notFound(complaintId: string): NotFoundError {
  return new NotFoundError('INTAKE.COMPLAINT_NOT_FOUND', `complaint ${complaintId} does not exist`, { complaintId });
}

