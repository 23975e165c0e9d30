import { DispatchIntegrationEventDataV1, DispatchIntegrationEventTypes as T, WorkOrderCreatedV1, WorkOrderProductV1 } from './dispatch-events.v1';

/**
 * Dispatch's published language, schemaVersion 2 of WorkOrderCreated (ADR 017): a work order may
 * now come from a request taken at a service outlet (DI-2). A new value of `source` changes what
 * v1's field means to a consumer that switches on it, so it is a new version, not an addition to
 * v1. The relay publishes every WorkOrderCreated at v2; consumers read v2 and upcast v1 events
 * (published before) with DISPATCH_UPCASTERS. Every other type stays at v1.
 */

/** The outlet a request was taken at (DI-2): the scope of the work asked for and whether it is free. */
export interface WorkOrderOutletV2 {
  readonly outletId: string;
  readonly scope: 'minor_repair' | 'routine_maintenance' | 'spare_parts';
  /** The free-repair decision of the request (DI-2). */
  readonly charge: 'free' | 'charged';
}

/** DI-1, DI-2: a work order exists; `caseId` and `complaintId` when QA's disposition made it, `outlet` when a request at an outlet did. */
export interface WorkOrderCreatedV2 {
  readonly workOrderId: string;
  readonly source: 'phone' | 'qa_disposition' | 'outlet';
  readonly caseId: string | null;
  readonly complaintId: string | null;
  readonly customerId: string;
  readonly product: WorkOrderProductV1;
  readonly outlet: WorkOrderOutletV2 | null;
  readonly createdAt: string;
}

/** The published types at v2 (the schemas in dispatch-events.v2.schema.ts). */
export interface DispatchIntegrationEventDataV2 {
  readonly 'dispatch.public.WorkOrderCreated': WorkOrderCreatedV2;
}

/** The data of each published type at the version consumers read: v2 where there is one, else v1. */
export type DispatchIntegrationEventData = Omit<DispatchIntegrationEventDataV1, keyof DispatchIntegrationEventDataV2> & DispatchIntegrationEventDataV2;

/** WorkOrderCreated v1 → v2: no v1 order came from an outlet. */
export function upcastWorkOrderCreatedV1(data: WorkOrderCreatedV1): WorkOrderCreatedV2 {
  return { ...data, outlet: null };
}

/**
 * The upcasters a consumer of dispatch's topic hands its ConsumerHost spec (`new Upcasters(DISPATCH_UPCASTERS)`,
 * structurally the eventsourcing Upcaster: libs/contracts imports nothing but ajv).
 */
export const DISPATCH_UPCASTERS: readonly { readonly type: string; readonly fromVersion: number; upcast(data: unknown): unknown }[] = [
  { type: T.WorkOrderCreated, fromVersion: 1, upcast: (data) => upcastWorkOrderCreatedV1(data as WorkOrderCreatedV1) },
];

/**
 * The published types that tell where one work order stands (DI-1..DI-8): what a context that shows
 * an order's progress (intake on the complaint, QA on the case) folds into its own record. Each
 * carries `workOrderId`; the stream is the work order's.
 */
export const DISPATCH_WORK_ORDER_PROGRESS_EVENTS = [
  T.WorkOrderCreated,
  T.OutletAssigned,
  T.RemoteAttemptStarted,
  T.RemoteAttemptCompleted,
  T.TechnicianAssigned,
  T.ArrivedOnSite,
  T.ArrivalMissed,
  T.SignedOff,
  T.Settled,
  T.FollowUpCompleted,
  T.WorkOrderClosed,
] as const;
