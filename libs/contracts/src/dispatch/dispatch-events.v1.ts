/**
 * Dispatch's published language (ARCHITECTURE.md "Events"): what intake, QA, finance and audit
 * need of its work orders. schemaVersion 1 of each type; a published version never changes meaning
 * (optional fields consumers may ignore can be added; anything else is a new version, ADR 011).
 * Envelope fields (id, stream, tenantId, region, occurredAt, actor, correlationId, policyVersion)
 * travel on the envelope; the stream names the work order.
 */

export const DISPATCH_TOPIC = 'aftersales.dispatch.events';
/** Dispatch's published streams: `dispatch.work-order-<workOrderId>` (the record's key on the topic). */
export const DISPATCH_WORK_ORDER_STREAM_PREFIX = 'dispatch.work-order-';
export const DISPATCH_STREAM_PREFIXES = [DISPATCH_WORK_ORDER_STREAM_PREFIX] as const;

export const DispatchIntegrationEventTypes = {
  WorkOrderCreated: 'dispatch.public.WorkOrderCreated',
  TechnicianAssigned: 'dispatch.public.TechnicianAssigned',
  ArrivedOnSite: 'dispatch.public.ArrivedOnSite',
  ArrivalMissed: 'dispatch.public.ArrivalMissed',
  SignedOff: 'dispatch.public.SignedOff',
  Settled: 'dispatch.public.Settled',
  EquipmentReceiptIssued: 'dispatch.public.EquipmentReceiptIssued',
  EquipmentReceiptReturned: 'dispatch.public.EquipmentReceiptReturned',
  FollowUpCompleted: 'dispatch.public.FollowUpCompleted',
  ConductRecorded: 'dispatch.public.ConductRecorded',
  ComplaintFoundOnSite: 'dispatch.public.ComplaintFoundOnSite',
  WorkOrderClosed: 'dispatch.public.WorkOrderClosed',
  OutletAssigned: 'dispatch.public.OutletAssigned',
  RemoteAttemptStarted: 'dispatch.public.RemoteAttemptStarted',
  RemoteAttemptCompleted: 'dispatch.public.RemoteAttemptCompleted',
} as const;

export type DispatchIntegrationEventType = (typeof DispatchIntegrationEventTypes)[keyof typeof DispatchIntegrationEventTypes];

export interface WorkOrderProductV1 {
  readonly model: string;
  readonly productLine: string;
  readonly serialNumber: string | null;
}

/** DI-1: a work order exists; `caseId` and `complaintId` are set when QA's on-site repair disposition made it. */
export interface WorkOrderCreatedV1 {
  readonly workOrderId: string;
  readonly source: 'phone' | 'qa_disposition';
  readonly caseId: string | null;
  readonly complaintId: string | null;
  readonly customerId: string;
  readonly product: WorkOrderProductV1;
  readonly createdAt: string;
}

/** TR-2, DI-3: a qualified technician is assigned; arrival is due by `arrivalDueAt`. */
export interface TechnicianAssignedV1 {
  readonly workOrderId: string;
  readonly technicianId: string;
  readonly plannedOn: string;
  readonly productLine: string;
  readonly certificateNo: string;
  readonly arrivalDueAt: string;
}

/** DI-3: the technician checked in on site. */
export interface ArrivedOnSiteV1 {
  readonly workOrderId: string;
  readonly technicianId: string;
  readonly arrivedAt: string;
  readonly late: boolean;
}

/** DI-3: the arrival due time passed with nobody on site (raised once per due time). */
export interface ArrivalMissedV1 {
  readonly workOrderId: string;
  readonly technicianId: string | null;
  readonly dueAt: string;
}

/** DI-5: the customer signed off (or refused to sign); `digest` names the content signed. */
export interface SignedOffV1 {
  readonly workOrderId: string;
  readonly kind: 'signed' | 'refused';
  readonly satisfaction: number | null;
  readonly digest: string;
}

/** DI-6: the order is settled; amounts in integer minor units. */
export interface SettledV1 {
  readonly workOrderId: string;
  readonly chargedTotalMinor: number;
  readonly currency: string | null;
  readonly receiptNumber: string | null;
  readonly freeItems: number;
  readonly chargedItems: number;
  /**
   * Added within v1 (optional; absent from orders settled before): the work order's customer, and
   * the value of the free items in minor units (what the free repair cost the company, FR-3).
   */
  readonly customerId?: string;
  readonly freeTotalMinor?: number;
}

/** DI-6: equipment was taken away under this receipt. */
export interface EquipmentReceiptIssuedV1 {
  readonly workOrderId: string;
  readonly receiptNumber: string;
}

/** DI-6: the equipment came back; its receipt is closed. */
export interface EquipmentReceiptReturnedV1 {
  readonly workOrderId: string;
  readonly receiptNumber: string;
}

/** DI-8: the follow-up call; `opensComplaint` when a ComplaintFoundOnSite follows. */
export interface FollowUpCompletedV1 {
  readonly workOrderId: string;
  readonly outcome: 'reached' | 'unreachable';
  readonly satisfaction: number | null;
  readonly opensComplaint: boolean;
  readonly late: boolean;
}

/** DI-9: conduct recorded against a technician, with the policy's penalty (for finance). */
export interface ConductRecordedV1 {
  readonly workOrderId: string;
  readonly technicianId: string;
  readonly kind: 'late_arrival' | 'left_without_report' | 'incomplete_report' | 'dispute';
  readonly penaltyMinor: number;
  readonly currency: string;
}

/**
 * DI-7, DI-8: a customer complaint found on site, or in the follow-up call (a low rating or a
 * complaint): intake registers it as a complaint, and its report-up clock starts then.
 */
export interface ComplaintFoundOnSiteV1 {
  readonly workOrderId: string;
  readonly foundIn: 'on_site' | 'follow_up';
  readonly text: string;
  readonly customerId: string;
  readonly customerName: string | null;
  readonly product: WorkOrderProductV1;
  readonly foundAt: string;
}

/** The work order ended: closed after settlement and report, or cancelled (its QA case was). */
export interface WorkOrderClosedV1 {
  readonly workOrderId: string;
  readonly outcome: 'closed' | 'cancelled';
}

/**
 * DI-2: the order was given to a service outlet (by a dispatcher, or because the request was taken
 * at its counter); the outlet's technician is assigned next. Added as a new type (ADR 011).
 */
export interface OutletAssignedV1 {
  readonly workOrderId: string;
  readonly outletId: string;
  readonly outletName: string;
  readonly scope: 'minor_repair' | 'routine_maintenance' | 'spare_parts';
  readonly assignedAt: string;
}

/** DI-3: the customer agreed to a remote attempt first; no arrival is owed while it runs. */
export interface RemoteAttemptStartedV1 {
  readonly workOrderId: string;
  readonly startedAt: string;
}

/**
 * DI-3: the remote attempt's outcome. `resolved`: no visit, the order is handed over (sign-off,
 * settlement and close follow); not resolved: the on-site arrival is owed by `arrivalDueAt`.
 * The attempt's note stays private.
 */
export interface RemoteAttemptCompletedV1 {
  readonly workOrderId: string;
  readonly resolved: boolean;
  readonly arrivalDueAt: string | null;
  readonly completedAt: string;
}

/** The data of each published type at v1, by type (the schemas beside them must cover every one). */
export interface DispatchIntegrationEventDataV1 {
  readonly 'dispatch.public.WorkOrderCreated': WorkOrderCreatedV1;
  readonly 'dispatch.public.TechnicianAssigned': TechnicianAssignedV1;
  readonly 'dispatch.public.ArrivedOnSite': ArrivedOnSiteV1;
  readonly 'dispatch.public.ArrivalMissed': ArrivalMissedV1;
  readonly 'dispatch.public.SignedOff': SignedOffV1;
  readonly 'dispatch.public.Settled': SettledV1;
  readonly 'dispatch.public.EquipmentReceiptIssued': EquipmentReceiptIssuedV1;
  readonly 'dispatch.public.EquipmentReceiptReturned': EquipmentReceiptReturnedV1;
  readonly 'dispatch.public.FollowUpCompleted': FollowUpCompletedV1;
  readonly 'dispatch.public.ConductRecorded': ConductRecordedV1;
  readonly 'dispatch.public.ComplaintFoundOnSite': ComplaintFoundOnSiteV1;
  readonly 'dispatch.public.WorkOrderClosed': WorkOrderClosedV1;
  readonly 'dispatch.public.OutletAssigned': OutletAssignedV1;
  readonly 'dispatch.public.RemoteAttemptStarted': RemoteAttemptStartedV1;
  readonly 'dispatch.public.RemoteAttemptCompleted': RemoteAttemptCompletedV1;
}

