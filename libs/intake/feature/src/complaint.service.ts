import { Inject, Injectable, Logger } from '@nestjs/common';
import { addMonths, isLocalDate, type CalendarRegistry } from '@aftersales/calendar';
import { Aggregate, CLOCK, Clock, DocumentFilter, EventMetadata, TenantScopedReader } from '@aftersales/eventsourcing';
import { ApiError, AuthUser, CALENDARS, FieldError, LoadedPolicy, Page, actingRoleOf, TimelineEntry, VALIDATION_FAILED, allOf, canonicalJson, readPage, regionsNotCovered, toTimeline } from '@aftersales/platform';
import { IDEMPOTENCY } from '@aftersales/platform';

export type { Page, TimelineEntry };
import {
  ComplaintCommand,
  ComplaintEvent,
  ComplaintFacts,
  ComplaintRegistered,
  ComplaintState,
  EarlierComplaint,
  IntakePolicy,
  PolicyContext,
  findRepeat,
  repeatMatchKey,
} from '@aftersales/intake-domain';
import { COMPLAINTS } from './complaint.aggregate';
import { ComplaintView } from './complaint-view';
import { ComplaintSort, ListComplaintsQuery, RegisterComplaintDto } from './dto';
import { INTAKE_POLICY } from './policy.provider';

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

  constructor(
    @Inject(COMPLAINTS) readonly complaints: Aggregate<ComplaintCommand, ComplaintEvent, ComplaintState, ComplaintView>,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(CALENDARS) private readonly calendars: CalendarRegistry,
    @Inject(INTAKE_POLICY) readonly loaded: LoadedPolicy<IntakePolicy>,
  ) {
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
    return this.complaints.collection();
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
    if (fromIdempotencyKey) {
      const { envelopes, current } = await this.complaints.read(user.tenantId, complaintId);
      if (current.view) {
        // The id comes from this user's Idempotency-Key: the first attempt stored the complaint but
        // crashed before its response was recorded. The same request gets that complaint, not a
        // second one; another request under the same key is refused as the interceptor would.
        const first = envelopes[0].data as Partial<ComplaintRegistered['data']>;
        if (canonicalJson(first.facts) !== canonicalJson(facts)) {
          throw ApiError.unprocessable(IDEMPOTENCY.KEY_REUSED, 'this Idempotency-Key was used for another complaint');
        }
        return { view: current.view, replayed: true };
      }
    }
    const repeatOf = await this.findRepeat(user.tenantId, facts);
    const { view } = await this.complaints.execute({
      id: complaintId,
      tenantId: user.tenantId,
      command: { type: 'Register', complaintId, facts, repeatOf, registeredBy: user.id, context: this.contextOf(facts.region) },
      metadata: this.metadata(user, facts.region, correlationId),
      now: this.clock.now(),
      expectedRevision: 'no_stream',
    });
    return { view: view as ComplaintView, replayed: false };
  }

  /**
   * Any lifecycle command, with one read of the complaint's stream: the decider refuses what the
   * state does not allow (409 naming the state); another tenant's complaint is not found.
   */
  async execute(user: AuthUser, complaintId: string, command: ComplaintCommand | ((view: ComplaintView) => ComplaintCommand), correlationId: string): Promise<ComplaintView> {
    const { view } = await this.complaints.execute({
      id: complaintId,
      tenantId: user.tenantId,
      command: ({ view: current }) => (typeof command === 'function' ? command(current) : command),
      metadata: ({ view: current }) => this.metadata(user, current?.region ?? '', correlationId),
      now: this.clock.now(),
    });
    return view as ComplaintView;
  }

  /** The decision context for a command on this complaint: the policy in force now and its region's calendar. */
  contextFor(view: Pick<ComplaintView, 'region'>): PolicyContext {
    return this.contextOf(view.region);
  }

  /** One complaint, folded from its own stream: reads its own writes, and is 404 for another tenant. */
  get(user: AuthUser, complaintId: string): Promise<ComplaintView> {
    return this.complaints.get(user.tenantId, complaintId);
  }

  async timeline(user: AuthUser, complaintId: string): Promise<TimelineEntry[]> {
    return toTimeline(await this.complaints.events(user.tenantId, complaintId));
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
