import { Inject, Injectable } from '@nestjs/common';
import { DOCUMENT_STORE, DocumentCollection, DocumentStore, TenantDocument } from '@aftersales/eventsourcing';
import { DISPATCH_WORK_ORDER_PROGRESS_EVENTS, DISPATCH_WORK_ORDER_STREAM_PREFIX, DispatchIntegrationEventTypes as Dispatch, FollowUpCompletedV1, SignedOffV1 } from '@aftersales/contracts';
import { IntegrationEventOf, RecordFields, foldPublishedEvent, latestRecordsBy } from '@aftersales/platform';

/** DI-3: the remote attempt, when the customer agreed to one. */
export type RemoteAttemptState = 'in_progress' | 'resolved' | 'unresolved';

export const DISPATCH_WORK_ORDERS_COLLECTION = 'intake.dispatch-work-orders';

/**
 * Where the work order stands, as far as dispatch publishes it (its job steps stay private):
 * `remote_attempt` while a remote attempt runs, `resolved_remotely` when it fixed the fault with no
 * visit (DI-3); `assigned` to a technician or an outlet (DI-2).
 */
export const COMPLAINT_WORK_ORDER_STATUSES = ['created', 'remote_attempt', 'resolved_remotely', 'assigned', 'on_site', 'signed_off', 'settled', 'closed', 'cancelled'] as const;
export type ComplaintWorkOrderStatus = (typeof COMPLAINT_WORK_ORDER_STATUSES)[number];

/**
 * The work order dispatch opened for a complaint (QA's on-site repair disposition, DI-1), as
 * customer service needs it to answer the customer: intake's own record of dispatch's published
 * events, one document per work order, found by the complaint. Orders not made for a complaint
 * (a phone request) are not recorded.
 */
export interface ComplaintWorkOrder extends TenantDocument {
  /** The work order id. */
  readonly _id: string;
  readonly complaintId: string;
  readonly workOrderId: string;
  readonly status: ComplaintWorkOrderStatus;
  readonly technicianId: string | null;
  /** DI-2: the service outlet the order was given to. */
  readonly outletId: string | null;
  readonly outletName: string | null;
  /** DI-3: the remote attempt, when the customer agreed to one. */
  readonly remoteAttempt: RemoteAttemptState | null;
  /** DI-3: the arrival the customer was promised. */
  readonly arrivalDueAt: string | null;
  /** DI-3: the due time passed with nobody on site (until the check-in). */
  readonly arrivalOverdue: boolean;
  readonly arrivedAt: string | null;
  readonly arrivedLate: boolean | null;
  /** DI-5: the latest sign-off: signed, or refused. */
  readonly signOff: SignedOffV1['kind'] | null;
  readonly satisfaction: number | null;
  /** DI-8: the follow-up call's outcome. */
  readonly followUp: FollowUpCompletedV1['outcome'] | null;
  readonly createdAt: string;
  readonly updatedAt: string;
}

type WorkOrderFields = RecordFields<ComplaintWorkOrder>;

/** The dispatch events this record folds: where the work order stands. */
export const COMPLAINT_WORK_ORDER_EVENTS = DISPATCH_WORK_ORDER_PROGRESS_EVENTS;

export type ComplaintWorkOrderEvent = IntegrationEventOf<(typeof COMPLAINT_WORK_ORDER_EVENTS)[number]>;

/** Applies one dispatch event to the record (null before the order, or for an order no complaint asked for). Pure. */
export function applyDispatchEvent(record: WorkOrderFields | null, event: ComplaintWorkOrderEvent): WorkOrderFields | null {
  const at = event.occurredAt;
  if (event.type === Dispatch.WorkOrderCreated) {
    const d = event.data;
    if (d.complaintId === null) return null;
    return {
      complaintId: d.complaintId,
      workOrderId: d.workOrderId,
      status: 'created',
      technicianId: null,
      outletId: null,
      outletName: null,
      remoteAttempt: null,
      arrivalDueAt: null,
      arrivalOverdue: false,
      arrivedAt: null,
      arrivedLate: null,
      signOff: null,
      satisfaction: null,
      followUp: null,
      createdAt: d.createdAt,
      updatedAt: at,
    };
  }
  if (record === null) return null;
  switch (event.type) {
    case Dispatch.TechnicianAssigned: {
      const d = event.data;
      // A reassignment keeps the order where it was (nobody has set out before the check-in).
      return { ...record, status: record.status === 'created' ? 'assigned' : record.status, technicianId: d.technicianId, arrivalDueAt: d.arrivalDueAt, updatedAt: at };
    }
    case Dispatch.OutletAssigned: {
      const d = event.data;
      return { ...record, status: record.status === 'created' ? 'assigned' : record.status, outletId: d.outletId, outletName: d.outletName, updatedAt: at };
    }
    case Dispatch.RemoteAttemptStarted:
      return { ...record, status: 'remote_attempt', remoteAttempt: 'in_progress', updatedAt: at };
    case Dispatch.RemoteAttemptCompleted: {
      // Resolved: no visit, handed over (sign-off, settlement and close follow). Not: back to be assigned, the arrival owed from now.
      const d = event.data;
      return d.resolved
        ? { ...record, status: 'resolved_remotely', remoteAttempt: 'resolved', updatedAt: at }
        : { ...record, status: 'created', remoteAttempt: 'unresolved', arrivalDueAt: d.arrivalDueAt, updatedAt: at };
    }
    case Dispatch.ArrivalMissed:
      return { ...record, arrivalOverdue: record.arrivedAt === null, updatedAt: at };
    case Dispatch.ArrivedOnSite: {
      const d = event.data;
      return { ...record, status: 'on_site', technicianId: d.technicianId, arrivedAt: d.arrivedAt, arrivedLate: d.late, arrivalOverdue: false, updatedAt: at };
    }
    case Dispatch.SignedOff: {
      const d = event.data;
      return { ...record, status: 'signed_off', signOff: d.kind, satisfaction: d.satisfaction, updatedAt: at };
    }
    case Dispatch.Settled:
      return { ...record, status: 'settled', updatedAt: at };
    case Dispatch.FollowUpCompleted: {
      const d = event.data;
      return { ...record, followUp: d.outcome, satisfaction: d.satisfaction ?? record.satisfaction, updatedAt: at };
    }
    case Dispatch.WorkOrderClosed:
      return { ...record, status: event.data.outcome, arrivalOverdue: false, updatedAt: at };
    default:
      return record;
  }
}

/**
 * Folds dispatch's published events into `intake.dispatch-work-orders` (fed by the `intake-dispatch`
 * consumer, dispatch-complaints.ts). Each document is fed by one work order's stream, which arrives
 * in order (key = stream); the position guard drops an event already applied, so a redelivery
 * changes nothing, and the consumer host's inbox drops it before that.
 */
@Injectable()
export class DispatchWorkOrders {
  constructor(@Inject(DOCUMENT_STORE) private readonly documents: DocumentStore) {}

  collection(): DocumentCollection<ComplaintWorkOrder> {
    return this.documents.collection<ComplaintWorkOrder>(DISPATCH_WORK_ORDERS_COLLECTION, [{ fields: { complaintId: 1 } }]);
  }

  async handle(event: ComplaintWorkOrderEvent): Promise<void> {
    if (!event.stream.startsWith(DISPATCH_WORK_ORDER_STREAM_PREFIX)) return;
    await foldPublishedEvent(this.collection(), event.data.workOrderId, event, applyDispatchEvent);
  }

  /** The latest work order of each of these complaints, by complaint id, as one tenant sees them. */
  forComplaints(tenantId: string, complaintIds: readonly string[]): Promise<Map<string, ComplaintWorkOrder>> {
    // Created at the same instant (one clock tick): the one recorded later is the latest, whatever order the store returned them in.
    return latestRecordsBy(this.collection(), tenantId, 'complaintId', complaintIds, (a, b) => b.createdAt < a.createdAt || (b.createdAt === a.createdAt && (b._position ?? -1n) < (a._position ?? -1n)));
  }
}
