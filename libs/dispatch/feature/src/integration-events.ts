import { EventEnvelope, IntegrationEvent } from '@aftersales/eventsourcing';
import { DispatchIntegrationEventData, DispatchIntegrationEventTypes as T } from '@aftersales/contracts';
import { WorkOrderEvent } from '@aftersales/dispatch-domain';

type Published = { [K in keyof DispatchIntegrationEventData]: { type: K; schemaVersion?: number; data: DispatchIntegrationEventData[K] } }[keyof DispatchIntegrationEventData];

/**
 * What dispatch publishes of its domain events (libs/contracts dispatch v1; WorkOrderCreated v2), for the relay. Private
 * events (the job steps, parts, charges, extra work, a sign-off invalidated, a revisit link) return null: publish
 * only what another context needs, within its contract.
 */
export function toDispatchIntegrationEvent(envelope: EventEnvelope): IntegrationEvent | null {
  const published = publishedOf({ type: envelope.type, data: envelope.data } as WorkOrderEvent);
  return published;
}

function publishedOf(event: WorkOrderEvent): Published | null {
  switch (event.type) {
    case 'dispatch.WorkOrderCreated': {
      const d = event.data;
      const fromQa = d.source.kind === 'qa_disposition' ? d.source : null;
      const atOutlet = d.source.kind === 'outlet' ? d.source : null;
      // WorkOrderCreated is published at v2 (ADR 017): `source` may say `outlet`, which v1 has no value for.
      return {
        type: T.WorkOrderCreated,
        schemaVersion: 2,
        data: {
          workOrderId: d.workOrderId,
          source: d.source.kind,
          caseId: fromQa?.caseId ?? null,
          complaintId: fromQa?.complaintId ?? null,
          customerId: d.customer.customerId,
          product: d.product,
          outlet: atOutlet ? { outletId: atOutlet.outletId, scope: atOutlet.scope, charge: atOutlet.freeRepair.kind } : null,
          createdAt: d.createdAt,
        },
      };
    }
    case 'dispatch.TechnicianAssigned': {
      const d = event.data;
      return {
        type: T.TechnicianAssigned,
        data: { workOrderId: d.workOrderId, technicianId: d.technicianId, plannedOn: d.plannedOn, productLine: d.qualification.productLine, certificateNo: d.qualification.certificateNo, arrivalDueAt: d.arrivalDueAt },
      };
    }
    case 'dispatch.ArrivedOnSite':
      return { type: T.ArrivedOnSite, data: { workOrderId: event.data.workOrderId, technicianId: event.data.technicianId, arrivedAt: event.data.arrivedAt, late: event.data.late } };
    case 'dispatch.WorkOrderDeadlineMissed':
      return event.data.obligation === 'arrival' ? { type: T.ArrivalMissed, data: { workOrderId: event.data.workOrderId, technicianId: event.data.responsibleId, dueAt: event.data.dueAt } } : null;
    case 'dispatch.SignedOff': {
      const s = event.data.signOff;
      return { type: T.SignedOff, data: { workOrderId: event.data.workOrderId, kind: s.kind, satisfaction: s.kind === 'signed' ? s.satisfaction : null, digest: event.data.digest } };
    }
    case 'dispatch.Settled': {
      const d = event.data;
      return {
        type: T.Settled,
        data: {
          workOrderId: d.workOrderId,
          chargedTotalMinor: d.chargedTotalMinor,
          currency: d.currency,
          receiptNumber: d.receiptNumber,
          freeItems: d.freeItems.length,
          chargedItems: d.chargedItems.length,
          // For finance's quality-cost ledger (FR-3): whose order, and what its free items are worth.
          ...(d.customerId === undefined ? {} : { customerId: d.customerId }),
          freeTotalMinor: d.freeItems.reduce((sum, c) => sum + c.amountMinor, 0),
        },
      };
    }
    case 'dispatch.EquipmentReceiptIssued':
      return { type: T.EquipmentReceiptIssued, data: { workOrderId: event.data.workOrderId, receiptNumber: event.data.receiptNumber } };
    case 'dispatch.EquipmentReturned':
      return { type: T.EquipmentReceiptReturned, data: { workOrderId: event.data.workOrderId, receiptNumber: event.data.receiptNumber } };
    case 'dispatch.FollowUpCompleted': {
      const d = event.data;
      return { type: T.FollowUpCompleted, data: { workOrderId: d.workOrderId, outcome: d.outcome, satisfaction: d.satisfaction, opensComplaint: d.opensComplaint, late: d.late } };
    }
    case 'dispatch.ConductRecorded': {
      const d = event.data;
      return { type: T.ConductRecorded, data: { workOrderId: d.workOrderId, technicianId: d.technicianId, kind: d.kind, penaltyMinor: d.penaltyMinor, currency: d.currency } };
    }
    case 'dispatch.ComplaintFoundOnSite': {
      const d = event.data;
      return {
        type: T.ComplaintFoundOnSite,
        data: { workOrderId: d.workOrderId, foundIn: d.foundIn, text: d.text, customerId: d.customer.customerId, customerName: d.customer.name, product: d.product, foundAt: d.at },
      };
    }
    case 'dispatch.WorkOrderClosed':
      return { type: T.WorkOrderClosed, data: { workOrderId: event.data.workOrderId, outcome: 'closed' } };
    case 'dispatch.WorkOrderCancelled':
      return { type: T.WorkOrderClosed, data: { workOrderId: event.data.workOrderId, outcome: 'cancelled' } };
    case 'dispatch.JobStepRecorded':
    case 'dispatch.ExtraWorkProposed':
    case 'dispatch.ExtraWorkConsentRecorded':
    case 'dispatch.ExtraWorkPerformed':
    case 'dispatch.PartsRecorded':
    case 'dispatch.PartsVarianceApproved':
    case 'dispatch.ChargeRecorded':
    case 'dispatch.SignOffInvalidated':
    case 'dispatch.ReportedBack':
    case 'dispatch.RevisitLinked':
      return null;
    case 'dispatch.OutletAssigned': {
      const d = event.data;
      return { type: T.OutletAssigned, data: { workOrderId: d.workOrderId, outletId: d.outletId, outletName: d.outletName, scope: d.scope, assignedAt: d.at } };
    }
    case 'dispatch.RemoteAttemptStarted':
      return { type: T.RemoteAttemptStarted, data: { workOrderId: event.data.workOrderId, startedAt: event.data.at } };
    case 'dispatch.RemoteAttemptCompleted': {
      // The attempt's note and who agreed stay private: consumers need the outcome and the arrival now owed.
      const d = event.data;
      return { type: T.RemoteAttemptCompleted, data: { workOrderId: d.workOrderId, resolved: d.resolved, arrivalDueAt: d.arrivalDueAt, completedAt: d.at } };
    }
  }
}
