import { EventEnvelope, IntegrationEvent } from '@aftersales/eventsourcing';
import {
  CapaClosedV1,
  CapaOpenedV1,
  CapaVerifiedV1,
  DeterminationMadeV1,
  DispositionDecidedV1,
  QaIntegrationEventTypes as T,
  QaSeverityChangedV1,
  QualityCaseClosedV1,
  QualityCaseOpenedV1,
  QualityCaseReinstatedV1,
  ReturnInspectedV1,
} from '@aftersales/contracts';
import { CapaEvent, CaseProduct, QualityCaseEvent, ReturnInspectionEvent } from '@aftersales/qa-domain';

/** The product as other contexts need it to find the goods (no internal part data). */
function publicProduct(p: CaseProduct): QualityCaseOpenedV1['product'] {
  return { model: p.model, serialNumber: p.serialNumber, contractNumber: p.contractNumber };
}

/**
 * What QA publishes of its domain events (libs/contracts qa v1), for the relay. The working steps
 * of the analysis (opinion, instructions, findings, the preliminary report) stay private, as do an
 * inspection's opening and its findings before QA signs or refuses.
 */
export function toQaIntegrationEvent(envelope: EventEnvelope): IntegrationEvent | null {
  const event = { type: envelope.type, data: envelope.data } as QualityCaseEvent | CapaEvent | ReturnInspectionEvent;
  switch (event.type) {
    case 'qa.QualityCaseOpened': {
      const { caseId, source, subject, severity, receivedAt } = event.data;
      const data: QualityCaseOpenedV1 = {
        caseId,
        complaintId: source.kind === 'complaint' ? source.complaintId : null,
        severity,
        category: subject.category,
        customerId: subject.customerId,
        product: publicProduct(subject.product),
        defectNature: subject.defectNature,
        receivedAt,
      };
      return { type: T.QualityCaseOpened, data };
    }
    case 'qa.SeverityChanged': {
      const data: QaSeverityChangedV1 = { caseId: event.data.caseId, complaintId: event.data.complaintId, severity: event.data.to, reason: event.data.reason, capaRequired: event.data.capaRequired };
      return { type: T.SeverityChanged, data };
    }
    case 'qa.DeterminationMade': {
      const d = event.data;
      const data: DeterminationMadeV1 = {
        caseId: d.caseId,
        complaintId: d.complaintId,
        responsibility: d.responsibility,
        ourCause: d.ourCause,
        explanationToCustomer: d.explanationToCustomer,
        capaRequired: d.capaRequired,
      };
      return { type: T.DeterminationMade, data };
    }
    case 'qa.DispositionDecided': {
      const d = event.data;
      const data: DispositionDecidedV1 = {
        caseId: d.caseId,
        complaintId: d.complaintId,
        disposition: d.disposition,
        interim: d.interim,
        note: d.note,
        customerId: d.customerId,
        product: publicProduct(d.product),
      };
      return { type: T.DispositionDecided, data };
    }
    case 'qa.QualityCaseClosed': {
      const data: QualityCaseClosedV1 = { caseId: event.data.caseId, complaintId: event.data.complaintId, outcome: 'closed', summary: event.data.summary };
      return { type: T.QualityCaseClosed, data };
    }
    case 'qa.QualityCaseReinstated': {
      const d = event.data;
      const data: QualityCaseReinstatedV1 = { caseId: d.caseId, complaintId: d.complaintId, status: d.status === 'analysing' || d.status === 'determined' ? d.status : 'open' };
      return { type: T.QualityCaseReinstated, data };
    }
    case 'qa.QualityCaseCancelled': {
      const data: QualityCaseClosedV1 = { caseId: event.data.caseId, complaintId: event.data.complaintId, outcome: 'cancelled', summary: event.data.reason };
      return { type: T.QualityCaseClosed, data };
    }
    case 'qa.CapaOpened': {
      const d = event.data;
      const data: CapaOpenedV1 = { capaId: d.capaId, caseId: d.caseId, complaintId: d.complaintId, department: d.plan.department, dueOn: d.plan.dueOn, required: d.required };
      return { type: T.CapaOpened, data };
    }
    case 'qa.CapaVerificationRecorded': {
      const d = event.data;
      const data: CapaVerifiedV1 = { capaId: d.capaId, caseId: d.caseId, shipmentId: d.shipmentId, result: d.result, passingVerifications: d.passingVerifications };
      return { type: T.CapaVerified, data };
    }
    case 'qa.CapaClosed': {
      const data: CapaClosedV1 = { capaId: event.data.capaId, caseId: event.data.caseId, passingVerifications: event.data.passingVerifications };
      return { type: T.CapaClosed, data };
    }
    // QA-6: QA's signature for booking (WR-5), or its refusal with the written reason; the findings stay as QA recorded them.
    case 'qa.ReturnInspectionCompleted': {
      const d = event.data;
      const data: ReturnInspectedV1 = {
        inspectionId: d.inspectionId,
        returnRequestId: d.returnRequestId,
        caseId: d.caseId,
        customerId: d.customerId,
        verdict: d.verdict,
        reason: d.reason,
        lines: d.findings.map((f) => ({ lineId: f.lineId, finding: f.finding, responsibleDepartment: f.responsibleDepartment, responsiblePerson: f.responsiblePerson, note: f.note })),
        inspectedAt: d.inspectedAt,
      };
      return { type: T.ReturnInspected, data };
    }
    default:
      return null;
  }
}
