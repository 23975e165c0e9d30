import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { CLOCK, Clock, DomainError, EventEnvelope } from '@aftersales/eventsourcing';
import { ComplaintAcceptedV1, INTAKE_TOPIC, IntakeIntegrationEventTypes as Intake } from '@aftersales/contracts';
import { ConsumerHost, IntegrationEventOf } from '@aftersales/platform';
import { CATEGORIES, Category, QA, QualityCaseCommand, caseIdForComplaint, opensQualityCase } from '@aftersales/qa-domain';
import { CASES, CaseContexts, Cases } from './qa.aggregates';

/** The consumer group of the qa service: its instances share intake's partitions. */
export const QA_CONSUMER_GROUP = 'qa';

/** Intake's integration events the process manager acts on (the rest of the topic is acknowledged unread). */
const HANDLES = [Intake.ComplaintAccepted, Intake.ComplaintRejected, Intake.ComplaintInvalidated, Intake.ComplaintClosed] as const;

/**
 * Rule QA-1 as a process manager: intake's accepted quality complaint becomes a quality case;
 * a complaint withdrawn, found not to stand, or reassessed into one the policy does not take up
 * (rejected, or accepted paid) cancels it, and a later acceptance the policy takes up reinstates
 * it. A complaint merely returned to review keeps its case: the analysis goes on until intake
 * decides again. Each intake event is applied to a case once (its id is recorded as the cause),
 * so a replay of intake's topic from the start changes nothing. Idempotent twice over: the consumer
 * host dedupes by event id, and the case id is derived from the complaint, so the same acceptance
 * delivered again (or a second acceptance after a reassessment) opens nothing more.
 */
@Injectable()
export class ComplaintIntakeProcessManager implements OnModuleInit {
  private readonly logger = new Logger('QaIntake');

  constructor(
    private readonly consumers: ConsumerHost,
    @Inject(CASES) private readonly cases: Cases,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly contexts: CaseContexts,
  ) {}

  onModuleInit(): void {
    this.consumers.register({
      name: 'qa-complaints',
      group: QA_CONSUMER_GROUP,
      topics: [INTAKE_TOPIC],
      handles: HANDLES,
      handle: (event) => this.handle(event),
    });
  }

  /** One of intake's events, checked against its contract by the consumer host (so `data` is typed). */
  async handle(event: IntegrationEventOf<(typeof HANDLES)[number]>): Promise<void> {
    switch (event.type) {
      case Intake.ComplaintAccepted:
        return this.open(event, event.data);
      case Intake.ComplaintRejected:
        // A supervisor's reassessment refused a complaint QA may already have a case for.
        return this.cancel(event, event.data.complaintId, 'intake rejected the complaint on reassessment');
      case Intake.ComplaintInvalidated:
        return this.cancel(event, event.data.complaintId, `the complaint does not stand (${event.data.reason})`);
      case Intake.ComplaintClosed:
        return event.data.outcome === 'withdrawn' ? this.cancel(event, event.data.complaintId, 'the customer withdrew the complaint') : undefined;
      default:
        return undefined;
    }
  }

  private async open(event: EventEnvelope, data: ComplaintAcceptedV1): Promise<void> {
    if (!(CATEGORIES as readonly string[]).includes(data.category)) {
      throw new DomainError(QA.UNKNOWN_CATEGORY, `complaint ${data.complaintId} has a category QA does not know: ${data.category}`);
    }
    if (!opensQualityCase(this.contexts.loaded.policy, data.category as Category, data.acceptance)) {
      // A reassessment may have made an accepted quality complaint paid (outside warranty): no form for QA any more.
      return this.cancel(event, data.complaintId, `intake accepted the complaint ${data.acceptance}, which the QA policy does not take up`);
    }
    if (!this.contexts.calendars.hasRegion(event.region)) {
      // Retrying cannot help: after the bus's attempts the message goes to the dead-letter topic with this reason.
      throw new DomainError(QA.UNKNOWN_REGION, `complaint ${data.complaintId} is in region ${event.region}, which has no calendar here`);
    }
    const caseId = caseIdForComplaint(event.tenantId, data.complaintId);
    const stakeholders = [...new Set([data.ownerId, data.registeredBy].filter((p): p is string => typeof p === 'string' && p !== ''))];
    const result = await this.decide(event, {
      type: 'Open',
      caseId,
      source: { kind: 'complaint', complaintId: data.complaintId },
      subject: {
        customerId: data.customerId,
        customerName: data.customerName ?? null,
        product: data.product,
        category: data.category as Category,
        defectNature: data.defectNature,
        defectLocation: data.defectLocation ?? null,
        defectiveQuantity: data.defectiveQuantity,
        requestedResolution: data.requestedResolution,
        description: data.description ?? null,
      },
      severity: data.severity,
      // QA received the form when intake accepted the complaint: QA-3 counts from here.
      receivedAt: event.occurredAt,
      openedBy: 'qa-intake',
      stakeholders,
      context: this.contexts.forRegion(event.region),
      cause: event.id,
    });
    if (result.events.length > 0) this.logger.log({ caseId, complaintId: data.complaintId, event: result.events[0].type }, 'quality case opened (or reinstated) from an accepted complaint');
  }

  private async cancel(event: EventEnvelope, complaintId: string, reason: string): Promise<void> {
    const caseId = caseIdForComplaint(event.tenantId, complaintId);
    const { state } = await this.cases.load(event.tenantId, caseId);
    if (state.status === 'none' || state.status === 'closed') return;
    await this.decide(event, { type: 'Cancel', caseId, reason, cause: event.id });
  }

  /** The case command caused by one of intake's events, as the system acting for QA. */
  private decide(event: EventEnvelope, command: QualityCaseCommand) {
    return this.cases.execute({
      id: command.caseId,
      tenantId: event.tenantId,
      command,
      metadata: { tenantId: event.tenantId, region: event.region, actor: { id: 'qa-intake', role: 'system' }, correlationId: event.correlationId, causationId: event.id },
      now: this.clock.now(),
    });
  }
}
