import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CLOCK, Clock, TenantScopedReader } from '@aftersales/eventsourcing';
import { ComplaintFacts, ComplaintRegistered, EarlierComplaint, IntakePolicy, findRepeat, registrationProblems, repeatMatchKey } from '@aftersales/intake-domain';
import { ApiError, IDEMPOTENCY, VALIDATION_FAILED, canonicalJson, eventMetadata, idForCreate } from '@aftersales/platform';
import { COMPLAINTS, ComplaintView, Complaints, PolicyContexts } from '../../use-case-kit';
import { RegisterComplaint } from './register-complaint.command';
import { RegisterComplaintDto } from './register-complaint.request.dto';

// rule IN-1, IN-2: registration from any channel, with what it must record
/** Rules IN-1, IN-2 (the policy decides acceptance at once, IN-3..IN-5; repeats, IN-10). */
@CommandHandler(RegisterComplaint)
export class RegisterComplaintHandler implements ICommandHandler<RegisterComplaint> {
  constructor(
    @Inject(COMPLAINTS) private readonly complaints: Complaints,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly contexts: PolicyContexts,
  ) {}

  async execute({ caller, request }: RegisterComplaint): Promise<{ view: ComplaintView; replayed: boolean }> {
    const facts = toFacts(request);
    const { policy } = this.contexts.loaded;
    const problems = registrationProblems(facts, this.clock.now(), this.contexts.calendars, policy);
    if (problems.length > 0) throw ApiError.badRequest(VALIDATION_FAILED, 'the request is not valid; see fieldErrors', problems);
    const complaintId = idForCreate(caller, 'intake.complaint');
    if (caller.idempotencyKey) {
      const { envelopes, current } = await this.complaints.read(caller.user.tenantId, complaintId);
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
    const repeatOf = await this.findRepeat(caller.user.tenantId, facts, policy);
    const { view } = await this.complaints.execute({
      id: complaintId,
      tenantId: caller.user.tenantId,
      command: { type: 'Register', complaintId, facts, repeatOf, registeredBy: caller.user.id, context: this.contexts.forRegion(facts.region) },
      metadata: eventMetadata(caller, facts.region),
      now: this.clock.now(),
      expectedRevision: 'no_stream',
    });
    return { view: view as ComplaintView, replayed: false };
  }

  /** Rule IN-10: the earlier closed complaints of the same product and category within the policy's look-back. */
  private async findRepeat(tenantId: string, facts: ComplaintFacts, policy: IntakePolicy) {
    const reader = new TenantScopedReader(this.complaints.collection(), tenantId);
    const since = new Date(new Date(facts.receivedAt).getTime() - policy.repeat.lookBackDays * 86_400_000).toISOString();
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
    return findRepeat(facts, earlier, policy);
  }
}

/** The request as the facts the decider receives (IN-1, IN-2): absent optionals are null, defaults applied. */
function toFacts(body: RegisterComplaintDto): ComplaintFacts {
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
