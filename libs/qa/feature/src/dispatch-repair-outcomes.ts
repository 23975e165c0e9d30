import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { DOCUMENT_STORE, DocumentCollection, DocumentStore, TenantDocument, Upcasters } from '@aftersales/eventsourcing';
import { DISPATCH_TOPIC, DISPATCH_UPCASTERS, DISPATCH_WORK_ORDER_PROGRESS_EVENTS, DISPATCH_WORK_ORDER_STREAM_PREFIX, DispatchIntegrationEventTypes as Dispatch, SignedOffV1 } from '@aftersales/contracts';
import { ConsumerHost, IntegrationEventOf, RecordFields, foldPublishedEvent, latestRecordsBy } from '@aftersales/platform';

export const REPAIR_OUTCOMES_COLLECTION = 'qa.repair-outcomes';

/**
 * Where the on-site repair stands, as far as dispatch publishes it: `remote_attempt` while a remote
 * attempt runs, `resolved_remotely` when it fixed the fault with no visit (DI-3); `assigned` to a
 * technician or an outlet (DI-2).
 */
export const REPAIR_STATUSES = ['created', 'remote_attempt', 'resolved_remotely', 'assigned', 'on_site', 'signed_off', 'settled', 'closed', 'cancelled'] as const;
export type RepairStatus = (typeof REPAIR_STATUSES)[number];

/** DI-3: the remote attempt, when the customer agreed to one. */
export type RepairRemoteAttempt = 'in_progress' | 'resolved' | 'unresolved';

/**
 * The outcome of the on-site repair a case's disposition asked for (QA-5 → DI-1): QA's own record
 * of dispatch's published events, one document per work order, found by the case. Work orders not
 * made from a case (a phone request) are not recorded.
 */
export interface RepairOutcome extends TenantDocument {
  /** The work order id. */
  readonly _id: string;
  readonly caseId: string;
  readonly workOrderId: string;
  readonly status: RepairStatus;
  readonly technicianId: string | null;
  /** DI-2: the service outlet the order was given to. */
  readonly outletId: string | null;
  readonly outletName: string | null;
  /** DI-3: the remote attempt and its outcome, when the customer agreed to one. */
  readonly remoteAttempt: RepairRemoteAttempt | null;
  /** DI-3: when the technician arrived, whether late, and whether the arrival deadline was missed. */
  readonly arrivedAt: string | null;
  readonly arrivedLate: boolean | null;
  readonly arrivalMissed: boolean;
  /** DI-5: the customer's latest sign-off and satisfaction. */
  readonly signOff: SignedOffV1['kind'] | null;
  readonly signOffSatisfaction: number | null;
  /** DI-6: what the customer was charged, in integer minor units, and the receipt. */
  readonly chargedTotalMinor: number | null;
  readonly currency: string | null;
  readonly receiptNumber: string | null;
  /** DI-8: the satisfaction given in the follow-up call. */
  readonly followUpSatisfaction: number | null;
  readonly settledAt: string | null;
  readonly endedAt: string | null;
  readonly updatedAt: string;
}

type RepairFields = RecordFields<RepairOutcome>;

/** The dispatch events the repair outcome folds: where the work order stands. */
export const REPAIR_OUTCOME_EVENTS = DISPATCH_WORK_ORDER_PROGRESS_EVENTS;

export type RepairOutcomeEvent = IntegrationEventOf<(typeof REPAIR_OUTCOME_EVENTS)[number]>;

/** Applies one dispatch event to the outcome (null before the order, or for an order no case asked for). Pure. */
export function applyRepairEvent(outcome: RepairFields | null, event: RepairOutcomeEvent): RepairFields | null {
  const at = event.occurredAt;
  if (event.type === Dispatch.WorkOrderCreated) {
    const d = event.data;
    if (d.caseId === null) return null;
    return {
      caseId: d.caseId,
      workOrderId: d.workOrderId,
      status: 'created',
      technicianId: null,
      outletId: null,
      outletName: null,
      remoteAttempt: null,
      arrivedAt: null,
      arrivedLate: null,
      arrivalMissed: false,
      signOff: null,
      signOffSatisfaction: null,
      chargedTotalMinor: null,
      currency: null,
      receiptNumber: null,
      followUpSatisfaction: null,
      settledAt: null,
      endedAt: null,
      updatedAt: at,
    };
  }
  if (outcome === null) return null;
  switch (event.type) {
    case Dispatch.TechnicianAssigned:
      return { ...outcome, status: outcome.status === 'created' ? 'assigned' : outcome.status, technicianId: event.data.technicianId, updatedAt: at };
    case Dispatch.OutletAssigned:
      return { ...outcome, status: outcome.status === 'created' ? 'assigned' : outcome.status, outletId: event.data.outletId, outletName: event.data.outletName, updatedAt: at };
    case Dispatch.RemoteAttemptStarted:
      return { ...outcome, status: 'remote_attempt', remoteAttempt: 'in_progress', updatedAt: at };
    case Dispatch.RemoteAttemptCompleted:
      // Resolved: no visit (sign-off, settlement and close follow). Not: back to be assigned, the on-site arrival owed.
      return event.data.resolved ? { ...outcome, status: 'resolved_remotely', remoteAttempt: 'resolved', updatedAt: at } : { ...outcome, status: 'created', remoteAttempt: 'unresolved', updatedAt: at };
    case Dispatch.ArrivalMissed:
      return { ...outcome, arrivalMissed: true, updatedAt: at };
    case Dispatch.ArrivedOnSite: {
      const d = event.data;
      return { ...outcome, status: 'on_site', technicianId: d.technicianId, arrivedAt: d.arrivedAt, arrivedLate: d.late, updatedAt: at };
    }
    case Dispatch.SignedOff: {
      const d = event.data;
      return { ...outcome, status: 'signed_off', signOff: d.kind, signOffSatisfaction: d.satisfaction, updatedAt: at };
    }
    case Dispatch.Settled: {
      const d = event.data;
      return { ...outcome, status: 'settled', chargedTotalMinor: d.chargedTotalMinor, currency: d.currency, receiptNumber: d.receiptNumber, settledAt: at, updatedAt: at };
    }
    case Dispatch.FollowUpCompleted:
      return { ...outcome, followUpSatisfaction: event.data.satisfaction, updatedAt: at };
    case Dispatch.WorkOrderClosed:
      return { ...outcome, status: event.data.outcome, endedAt: at, updatedAt: at };
    default:
      return outcome;
  }
}

/**
 * Consumes `aftersales.dispatch.events` (its own group, `qa-dispatch`) into `qa.repair-outcomes`.
 * Each document is fed by one work order's stream, which arrives in order (key = stream); the
 * position guard drops an event already applied, so a redelivery changes nothing, and the consumer
 * host's inbox drops it before that.
 */
@Injectable()
export class RepairOutcomes implements OnModuleInit {
  constructor(
    @Inject(DOCUMENT_STORE) private readonly documents: DocumentStore,
    private readonly consumers: ConsumerHost,
  ) {}

  collection(): DocumentCollection<RepairOutcome> {
    return this.documents.collection<RepairOutcome>(REPAIR_OUTCOMES_COLLECTION, [{ fields: { caseId: 1 } }]);
  }

  onModuleInit(): void {
    // WorkOrderCreated is read at v2; v1 events published before it are upcast (ADR 017).
    this.consumers.register({ name: 'qa-repair-outcomes', group: 'qa-dispatch', topics: [DISPATCH_TOPIC], handles: REPAIR_OUTCOME_EVENTS, upcasters: new Upcasters(DISPATCH_UPCASTERS), handle: (event) => this.handle(event) });
  }

  async handle(event: RepairOutcomeEvent): Promise<void> {
    if (!event.stream.startsWith(DISPATCH_WORK_ORDER_STREAM_PREFIX)) return;
    await foldPublishedEvent(this.collection(), event.data.workOrderId, event, applyRepairEvent);
  }

  /** The latest repair of this case, as one tenant sees it (null before dispatch made a work order for it). */
  async forCase(tenantId: string, caseId: string): Promise<RepairOutcome | null> {
    return (await this.forCases(tenantId, [caseId])).get(caseId) ?? null;
  }

  /** The latest repair of each of these cases, by case id. */
  forCases(tenantId: string, caseIds: readonly string[]): Promise<Map<string, RepairOutcome>> {
    return latestRecordsBy(this.collection(), tenantId, 'caseId', caseIds, (a, b) => b.updatedAt < a.updatedAt);
  }
}
