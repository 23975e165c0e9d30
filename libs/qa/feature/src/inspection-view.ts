import { EventEnvelope, TenantDocument, toDomainEvent } from '@aftersales/eventsourcing';
import type { Department, InspectionStatus, ReturnFinding, ReturnInspectionEvent, ReturnReason } from '@aftersales/qa-domain';

/** One returned line with QA's finding on it (null until recorded). */
export interface InspectionLineView {
  readonly lineId: string;
  readonly sku: string;
  readonly serialNumberAuthorised: string | null;
  readonly serialNumberReceived: string | null;
  readonly quantityReceived: number;
  readonly finding: ReturnFinding | null;
  readonly responsibleDepartment: Department | null;
  readonly responsiblePerson: string | null;
  readonly note: string | null;
  readonly capaId: string | null;
  readonly recordedBy: string | null;
  readonly recordedAt: string | null;
}

/** An inspection of returned goods (QA-6) as the API returns it and the list (`qa.inspections`) keeps it. */
export interface ReturnInspectionView extends TenantDocument {
  readonly _id: string;
  readonly inspectionId: string;
  readonly returnRequestId: string;
  readonly caseId: string | null;
  readonly customerId: string;
  readonly region: string;
  readonly reason: ReturnReason;
  readonly status: InspectionStatus;
  readonly lines: readonly InspectionLineView[];
  /** Lines without a finding yet. */
  readonly linesPending: number;
  /** The written reason of a refusal. */
  readonly refusalReason: string | null;
  readonly receivedAt: string;
  readonly openedAt: string;
  readonly inspectedBy: string | null;
  readonly inspectedAt: string | null;
  readonly updatedAt: string;
  readonly revision: string;
}

const pending = (lines: readonly InspectionLineView[]): number => lines.filter((l) => l.finding === null).length;

export function applyInspectionEvent(view: ReturnInspectionView | null, envelope: EventEnvelope): ReturnInspectionView | null {
  const event = toDomainEvent<ReturnInspectionEvent>(envelope);
  const at = envelope.occurredAt;
  if (event.type === 'qa.ReturnInspectionOpened') {
    const d = event.data;
    const lines = d.lines.map((l) => ({ ...l, finding: null, responsibleDepartment: null, responsiblePerson: null, note: null, capaId: null, recordedBy: null, recordedAt: null }));
    return {
      _id: d.inspectionId,
      tenantId: envelope.tenantId,
      inspectionId: d.inspectionId,
      returnRequestId: d.returnRequestId,
      caseId: d.caseId,
      customerId: d.customerId,
      region: envelope.region,
      reason: d.reason,
      status: 'open',
      lines,
      linesPending: pending(lines),
      refusalReason: null,
      receivedAt: d.receivedAt,
      openedAt: at,
      inspectedBy: null,
      inspectedAt: null,
      updatedAt: at,
      revision: envelope.revision.toString(),
    };
  }
  if (view === null) return null;
  const base: ReturnInspectionView = { ...view, updatedAt: at, revision: envelope.revision.toString() };
  switch (event.type) {
    case 'qa.ReturnFindingsRecorded': {
      const byLine = new Map(event.data.findings.map((f) => [f.lineId, f]));
      const lines = base.lines.map((l) => {
        const f = byLine.get(l.lineId);
        return f ? { ...l, ...f, recordedBy: event.data.recordedBy, recordedAt: at } : l;
      });
      return { ...base, lines, linesPending: pending(lines) };
    }
    case 'qa.ReturnInspectionCompleted':
      return { ...base, status: event.data.verdict, refusalReason: event.data.reason, inspectedBy: event.data.inspectedBy, inspectedAt: event.data.inspectedAt };
    default:
      return base;
  }
}
