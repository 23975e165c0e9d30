import { Inject, Injectable } from '@nestjs/common';
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
import { ApiError, AuthUser, CALENDARS, FieldError, VALIDATION_FAILED } from '@aftersales/platform';
import {
  ComplaintCommand,
  ComplaintEvent,
  ComplaintFacts,
  ComplaintState,
  EarlierComplaint,
  IntakePolicy,
  Obligation,
  complaintDecider,
  complaintStream,
  findRepeat,
  isLocalDate,
  repeatMatchKey,
} from '@aftersales/intake-domain';
import { ComplaintView, applyToView } from './complaint-view';
import { ComplaintSort, ListComplaintsQuery, RegisterComplaintDto } from './dto';
import { INTAKE_POLICY } from './policy.provider';

export const COMPLAINTS_COLLECTION = 'intake.complaints';

export interface Page<T> {
  readonly items: T[];
  readonly page: number;
  readonly pageSize: number;
  readonly total: number;
}

export interface TimelineEntry {
  readonly eventId: string;
  readonly type: string;
  readonly revision: string;
  readonly occurredAt: string;
  readonly actor: { readonly id: string; readonly role: string };
  readonly correlationId: string;
  readonly policyVersion: string | null;
  readonly data: unknown;
}

const SORT_SPECS: Record<ComplaintSort, Record<string, 1 | -1>> = {
  receivedAt: { receivedAt: 1, _id: 1 },
  '-receivedAt': { receivedAt: -1, _id: 1 },
  nextDueAt: { nextDueAt: 1, _id: 1 },
  '-nextDueAt': { nextDueAt: -1, _id: 1 },
  priority: { highPriority: -1, receivedAt: 1, _id: 1 },
  '-updatedAt': { updatedAt: -1, _id: 1 },
};

/** The application service of intake: commands through the complaint decider, queries over the read model. */
@Injectable()
export class ComplaintService {
  private readonly handler: DeciderCommandHandler<ComplaintCommand, ComplaintEvent, ComplaintState>;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(DOCUMENT_STORE) private readonly documents: DocumentStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(CALENDARS) private readonly calendars: CalendarRegistry,
    @Inject(INTAKE_POLICY) readonly policy: IntakePolicy,
  ) {
    this.handler = new DeciderCommandHandler(store, complaintDecider);
  }

  collection() {
    return this.documents.collection<ComplaintView>(COMPLAINTS_COLLECTION, [
      { fields: { receivedAt: -1 } },
      { fields: { serialNumber: 1, category: 1 } },
      { fields: { customerId: 1, model: 1, category: 1 } },
      { fields: { status: 1, nextDueAt: 1 } },
    ]);
  }

  /** Rules IN-1, IN-2 with the checks class-validator cannot make (other fields, the clock, the policy). */
  async register(user: AuthUser, complaintId: string, body: RegisterComplaintDto, correlationId: string, fromIdempotencyKey: boolean): Promise<ComplaintView> {
    const facts = this.toFacts(body);
    this.checkFacts(facts);
    const calendar = this.calendars.forRegion(facts.region);
    if (fromIdempotencyKey && (await this.readOwn(user, complaintId)).length > 0) {
      // The id comes from this user's Idempotency-Key: the first attempt stored the complaint but
      // crashed before its response was recorded. The retry gets that complaint, not a second one.
      return this.get(user, complaintId);
    }
    const repeatOf = await this.findRepeat(user.tenantId, facts);
    await this.handler.handle({
      stream: complaintStream(complaintId),
      command: { type: 'Register', complaintId, facts, repeatOf, registeredBy: user.id, context: { policy: this.policy, calendar } },
      metadata: this.metadata(user, facts.region, correlationId),
      now: this.clock.now(),
      expectedRevision: 'no_stream',
    });
    return this.get(user, complaintId);
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
  async contextFor(user: AuthUser, complaintId: string) {
    const current = await this.get(user, complaintId);
    return { policy: this.policy, calendar: this.calendars.forRegion(current.region) };
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
    return envelopes.map((e) => ({
      eventId: e.id,
      type: e.type,
      revision: e.revision.toString(),
      occurredAt: e.occurredAt,
      actor: e.actor,
      correlationId: e.correlationId,
      policyVersion: e.policyVersion,
      data: e.data,
    }));
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
      conditions.push(query.overdue ? { nextDueAt: { $ne: null, $lte: now } } : { $or: [{ nextDueAt: null }, { nextDueAt: { $gt: now } }] });
    }
    const filter: DocumentFilter = conditions.length === 0 ? {} : conditions.length === 1 ? conditions[0] : { $and: conditions };
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 20;
    const reader = new TenantScopedReader(this.collection(), user.tenantId);
    const [items, total] = await Promise.all([
      reader.find(filter, { sort: SORT_SPECS[query.sort ?? '-receivedAt'], skip: (page - 1) * pageSize, limit: pageSize }),
      reader.count(filter),
    ]);
    return { items, page, pageSize, total };
  }

  private async readOwn(user: AuthUser, complaintId: string): Promise<EventEnvelope[]> {
    const envelopes = await this.store.readStream(complaintStream(complaintId));
    if (envelopes.length > 0 && envelopes[0].tenantId !== user.tenantId) return [];
    return envelopes;
  }

  private async findRepeat(tenantId: string, facts: ComplaintFacts) {
    const reader = new TenantScopedReader(this.collection(), tenantId);
    const since = new Date(new Date(facts.receivedAt).getTime() - this.policy.repeat.lookBackDays * 86_400_000).toISOString();
    const candidates = await reader.find({ ...repeatMatchKey(facts), category: facts.category, receivedAt: { $gte: since } }, { sort: { receivedAt: -1 }, limit: 20 });
    const earlier: EarlierComplaint[] = candidates.map((c) => ({
      complaintId: c.complaintId,
      receivedAt: c.receivedAt,
      category: c.category,
      customerId: c.customerId,
      model: c.model,
      serialNumber: c.serialNumber,
    }));
    return findRepeat(facts, earlier, this.policy);
  }

  private metadata(user: AuthUser, region: string, correlationId: string): EventMetadata {
    return { tenantId: user.tenantId, region, actor: { id: user.id, role: user.roles[0] }, correlationId };
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
    if (facts.product.productLine !== null && !(facts.product.productLine in this.policy.productLines)) {
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
      const receivedOn = calendar.localDate(new Date(facts.receivedAt));
      if (new Date(facts.receivedAt).getTime() > now.getTime()) fail('receivedAt', 'in_future', 'receivedAt must not be in the future');
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

