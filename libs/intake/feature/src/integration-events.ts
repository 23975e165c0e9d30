import { EventEnvelope, IntegrationEvent } from '@aftersales/eventsourcing';
import {
  ComplaintAcceptedV1,
  ComplaintClosedV1,
  ComplaintEscalatedV1,
  ComplaintInvalidatedV1,
  ComplaintRegisteredV1,
  ComplaintRejectedV1,
  ComplaintReturnedToReviewV1,
  DeadlineMissedV1,
  IntakeIntegrationEventTypes as T,
} from '@aftersales/contracts';
import { ComplaintEvent } from '@aftersales/intake-domain';

/**
 * What intake publishes of its domain events (libs/contracts intake v1), for the relay. Private
 * events (acknowledged, forwarded, a decision still under review) return null.
 */
export function toIntakeIntegrationEvent(envelope: EventEnvelope): IntegrationEvent | null {
  const event = { type: envelope.type, data: envelope.data } as ComplaintEvent;
  switch (event.type) {
    case 'intake.ComplaintRegistered': {
      const { facts: f, complaintId, highPriority, ownerId, repeatOf } = event.data;
      const data: ComplaintRegisteredV1 = {
        complaintId,
        channel: f.channel,
        receivedAt: f.receivedAt,
        category: f.category,
        severity: f.severity,
        customer: f.customer,
        product: { model: f.product.model, serialNumber: f.product.serialNumber, partNumber: f.product.partNumber, contractNumber: f.product.contractNumber, productLine: f.product.productLine },
        deliveredOn: f.deliveredOn,
        goodsReceivedOn: f.goodsReceivedOn,
        shippedQuantity: f.shippedQuantity,
        defectiveQuantity: f.defectiveQuantity,
        defect: { nature: f.defect.nature, location: f.defect.location, firstSeenOn: f.defect.firstSeenOn, attachments: f.defect.attachments },
        requestedResolution: f.requestedResolution,
        highPriority,
        ownerId,
        repeatOf: repeatOf?.complaintId ?? null,
      };
      return { type: T.ComplaintRegistered, data };
    }
    case 'intake.AcceptanceDecided': {
      const d = event.data;
      const reasons = d.reasons.map((r) => ({ rule: r.rule, code: r.code }));
      const reassessed = d.decidedBy === 'supervisor';
      // A reassessment that kept the outcome tells other contexts nothing new.
      if (d.previousKind === d.kind) return null;
      if (d.kind === 'accepted_free' || d.kind === 'accepted_paid') {
        const data: ComplaintAcceptedV1 = {
          complaintId: d.complaintId,
          acceptance: d.kind === 'accepted_free' ? 'free' : 'paid',
          category: d.subject.category,
          severity: d.subject.severity,
          customerId: d.subject.customerId,
          product: d.subject.product,
          defectiveQuantity: d.subject.defectiveQuantity,
          defectNature: d.subject.defectNature,
          requestedResolution: d.subject.requestedResolution,
          highPriority: d.subject.highPriority,
          receivedAt: d.subject.receivedAt,
          reasons,
          reassessed,
          ownerId: d.subject.ownerId ?? null,
          registeredBy: d.subject.registeredBy ?? null,
          customerName: d.subject.customerName ?? null,
          defectLocation: d.subject.defectLocation ?? null,
          description: d.subject.description ?? null,
        };
        return { type: T.ComplaintAccepted, data };
      }
      if (d.kind === 'rejected') {
        const data: ComplaintRejectedV1 = { complaintId: d.complaintId, category: d.subject.category, customerId: d.subject.customerId, reasons, reassessed };
        return { type: T.ComplaintRejected, data };
      }
      if (d.previousKind !== null && d.previousKind !== 'needs_review') {
        const previousAcceptance = d.previousKind === 'accepted_free' ? 'free' : d.previousKind === 'accepted_paid' ? 'paid' : 'rejected';
        const data: ComplaintReturnedToReviewV1 = { complaintId: d.complaintId, previousAcceptance };
        return { type: T.ComplaintReturnedToReview, data };
      }
      return null;
    }
    case 'intake.ComplaintInvalidated': {
      const data: ComplaintInvalidatedV1 = { complaintId: event.data.complaintId, reason: event.data.reason };
      return { type: T.ComplaintInvalidated, data };
    }
    case 'intake.ComplaintEscalated': {
      const data: ComplaintEscalatedV1 = { complaintId: event.data.complaintId, to: event.data.to, severity: event.data.severity };
      return { type: T.ComplaintEscalated, data };
    }
    case 'intake.DeadlineMissed': {
      const data: DeadlineMissedV1 = { complaintId: event.data.complaintId, obligation: event.data.obligation, dueAt: event.data.dueAt, responsibleId: event.data.responsibleId };
      return { type: T.DeadlineMissed, data };
    }
    case 'intake.ComplaintClosed': {
      const data: ComplaintClosedV1 = { complaintId: event.data.complaintId, outcome: 'resolved' };
      return { type: T.ComplaintClosed, data };
    }
    case 'intake.ComplaintWithdrawn': {
      const data: ComplaintClosedV1 = { complaintId: event.data.complaintId, outcome: 'withdrawn' };
      return { type: T.ComplaintClosed, data };
    }
    default:
      return null;
  }
}
