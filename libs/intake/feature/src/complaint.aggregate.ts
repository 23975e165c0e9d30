import { Inject, Injectable } from '@nestjs/common';
import type { CalendarRegistry } from '@aftersales/calendar';
import { Aggregate, AggregateDefinition, CLOCK, Clock, NotFoundError } from '@aftersales/eventsourcing';
import { AggregateCommandHandler, AggregateCommandMessage, CALENDARS, LoadedPolicy } from '@aftersales/platform';
import {
  COMPLAINT_EVENT_TYPES,
  COMPLAINT_STREAM_PREFIX,
  ComplaintCommand,
  ComplaintEvent,
  ComplaintState,
  IntakePolicy,
  Obligation,
  PolicyContext,
  complaintDecider,
  complaintObligationChanges,
} from '@aftersales/intake-domain';
import { ComplaintView, applyToView } from './complaint-view';
import { INTAKE_POLICY } from './policy.provider';
import { INTAKE } from '@aftersales/intake-domain';

export const COMPLAINTS_COLLECTION = 'intake.complaints';

export function complaintNotFound(complaintId: string): NotFoundError {
  return new NotFoundError(INTAKE.COMPLAINT_NOT_FOUND, `complaint ${complaintId} does not exist`, { complaintId });
}

/** The complaint (IN-1..IN-10), declared once: the platform derives its write path, reads, list and deadlines. */
export const complaintAggregate: AggregateDefinition<ComplaintCommand, ComplaintEvent, ComplaintState, ComplaintView> = {
  context: 'intake',
  streamPrefix: COMPLAINT_STREAM_PREFIX,
  eventTypes: COMPLAINT_EVENT_TYPES,
  decider: complaintDecider,
  notFound: complaintNotFound,
  obligations: {
    changes: complaintObligationChanges,
    missed: (complaintId, obligation, now) => ({ type: 'MarkDeadlineMissed', complaintId, obligation: obligation as Obligation, now }),
  },
  view: {
    collection: COMPLAINTS_COLLECTION,
    // The list (GET /complaints) and the repeat check's candidates.
    projection: { name: 'intake-complaints', version: 2 },
    apply: applyToView,
    indexes: [
      // Lists are per tenant: each sort order and the common filters lead with the tenant.
      { fields: { tenantId: 1, receivedAt: -1 } },
      { fields: { tenantId: 1, status: 1, receivedAt: -1 } },
      // The overdue filter (what is owed and past due, by the clock).
      { fields: { tenantId: 1, earliestOwedDueAt: 1 } },
      { fields: { tenantId: 1, dueSortKey: 1 } },
      { fields: { tenantId: 1, updatedAt: -1 } },
      { fields: { tenantId: 1, highPriority: -1, receivedAt: 1 } },
      // One customer's complaints, newest first (a key account has many).
      { fields: { tenantId: 1, customerId: 1, receivedAt: -1 } },
      // The repeat lookup at each registration (IN-10): by serial number, else customer and model.
      { fields: { tenantId: 1, serialNumber: 1, category: 1, receivedAt: -1 } },
      { fields: { tenantId: 1, customerId: 1, model: 1, category: 1, receivedAt: -1 } },
    ],
  },
};

/** The provider token of the complaint aggregate (platform provideAggregate). */
export const COMPLAINTS = Symbol('intake.Complaints');

export type Complaints = Aggregate<ComplaintCommand, ComplaintEvent, ComplaintState, ComplaintView>;

/** The decision context of a complaint's region: the policy in force now and the region's calendar. */
@Injectable()
export class PolicyContexts {
  constructor(
    @Inject(INTAKE_POLICY) readonly loaded: LoadedPolicy<IntakePolicy>,
    @Inject(CALENDARS) readonly calendars: CalendarRegistry,
  ) {}

  forRegion(region: string): PolicyContext {
    return { policy: this.loaded.policy, policyDigest: this.loaded.digest, calendar: this.calendars.forRegion(region) };
  }
}

/** Every lifecycle command's handler: says how its request becomes the complaint command (platform AggregateCommandHandler). */
export abstract class ComplaintCommandHandler<TMessage extends AggregateCommandMessage> extends AggregateCommandHandler<TMessage, ComplaintCommand, ComplaintView> {
  constructor(
    @Inject(COMPLAINTS) protected readonly aggregate: Complaints,
    @Inject(CLOCK) protected readonly clock: Clock,
    protected readonly contexts: PolicyContexts,
  ) {
    super();
  }
}
