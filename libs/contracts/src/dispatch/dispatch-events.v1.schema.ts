import type { ContractSchemas } from '../contract-registry';
import { literals, object, orNull } from '../schema-helpers';
import {
  ArrivalMissedV1,
  ArrivedOnSiteV1,
  ComplaintFoundOnSiteV1,
  ConductRecordedV1,
  DispatchIntegrationEventDataV1,
  DispatchIntegrationEventTypes as T,
  EquipmentReceiptIssuedV1,
  EquipmentReceiptReturnedV1,
  FollowUpCompletedV1,
  OutletAssignedV1,
  RemoteAttemptCompletedV1,
  RemoteAttemptStartedV1,
  SettledV1,
  SignedOffV1,
  TechnicianAssignedV1,
  WorkOrderClosedV1,
  WorkOrderCreatedV1,
  WorkOrderProductV1,
} from './dispatch-events.v1';

/**
 * The JSON Schemas of Dispatch's integration events, schemaVersion 1 (the types beside them in
 * dispatch-events.v1.ts). The compiler checks each against its type (schema-helpers.ts) and that no
 * published type lacks one.
 */

const string = { type: 'string' } as const;
const nullableString = orNull(string);
const boolean = { type: 'boolean' } as const;
const minor = { type: 'integer', minimum: 0 } as const;
const count = { type: 'integer', minimum: 0 } as const;
const rating = orNull({ type: 'integer', minimum: 1, maximum: 5 } as const);
export const workOrderProductSchemaV1 = object<WorkOrderProductV1>({ model: string, productLine: string, serialNumber: nullableString });

export const dispatchEventSchemasV1: ContractSchemas<DispatchIntegrationEventDataV1> = {
  [T.WorkOrderCreated]: object<WorkOrderCreatedV1>({
    workOrderId: string,
    source: literals<WorkOrderCreatedV1['source']>({ phone: true, qa_disposition: true }),
    caseId: nullableString,
    complaintId: nullableString,
    customerId: string,
    product: workOrderProductSchemaV1,
    createdAt: string,
  }),
  [T.TechnicianAssigned]: object<TechnicianAssignedV1>({ workOrderId: string, technicianId: string, plannedOn: string, productLine: string, certificateNo: string, arrivalDueAt: string }),
  [T.ArrivedOnSite]: object<ArrivedOnSiteV1>({ workOrderId: string, technicianId: string, arrivedAt: string, late: boolean }),
  [T.ArrivalMissed]: object<ArrivalMissedV1>({ workOrderId: string, technicianId: nullableString, dueAt: string }),
  [T.SignedOff]: object<SignedOffV1>({ workOrderId: string, kind: literals<SignedOffV1['kind']>({ signed: true, refused: true }), satisfaction: rating, digest: string }),
  [T.Settled]: object<SettledV1>(
    { workOrderId: string, chargedTotalMinor: minor, currency: nullableString, receiptNumber: nullableString, freeItems: count, chargedItems: count, customerId: { ...string, nullable: true }, freeTotalMinor: { ...minor, nullable: true } },
    { customerId: true, freeTotalMinor: true },
  ),
  [T.EquipmentReceiptIssued]: object<EquipmentReceiptIssuedV1>({ workOrderId: string, receiptNumber: string }),
  [T.EquipmentReceiptReturned]: object<EquipmentReceiptReturnedV1>({ workOrderId: string, receiptNumber: string }),
  [T.FollowUpCompleted]: object<FollowUpCompletedV1>({
    workOrderId: string,
    outcome: literals<FollowUpCompletedV1['outcome']>({ reached: true, unreachable: true }),
    satisfaction: rating,
    opensComplaint: boolean,
    late: boolean,
  }),
  [T.ConductRecorded]: object<ConductRecordedV1>({
    workOrderId: string,
    technicianId: string,
    kind: literals<ConductRecordedV1['kind']>({ late_arrival: true, left_without_report: true, incomplete_report: true, dispute: true }),
    penaltyMinor: minor,
    currency: string,
  }),
  [T.ComplaintFoundOnSite]: object<ComplaintFoundOnSiteV1>({
    workOrderId: string,
    foundIn: literals<ComplaintFoundOnSiteV1['foundIn']>({ on_site: true, follow_up: true }),
    text: string,
    customerId: string,
    customerName: nullableString,
    product: workOrderProductSchemaV1,
    foundAt: string,
  }),
  [T.WorkOrderClosed]: object<WorkOrderClosedV1>({ workOrderId: string, outcome: literals<WorkOrderClosedV1['outcome']>({ closed: true, cancelled: true }) }),
  [T.OutletAssigned]: object<OutletAssignedV1>({
    workOrderId: string,
    outletId: string,
    outletName: string,
    scope: literals<OutletAssignedV1['scope']>({ minor_repair: true, routine_maintenance: true, spare_parts: true }),
    assignedAt: string,
  }),
  [T.RemoteAttemptStarted]: object<RemoteAttemptStartedV1>({ workOrderId: string, startedAt: string }),
  [T.RemoteAttemptCompleted]: object<RemoteAttemptCompletedV1>({ workOrderId: string, resolved: boolean, arrivalDueAt: nullableString, completedAt: string }),
};
