import { EventEnvelope, ObligationChange, TenantDocument, applyObligationChanges, ledgerSummary, owedRounds, toDomainEvent } from '@aftersales/eventsourcing';
import {
  CapaEvent,
  CapaPlan,
  CaseSource,
  CaseStatus,
  CaseSubject,
  DeadlineOutcome,
  Department,
  Disposition,
  OurCause,
  QualityCaseEvent,
  Responsibility,
  Severity,
  TERMINAL_CASE_STATUSES,
  VerificationResult,
  caseObligationChanges,
} from '@aftersales/qa-domain';

export interface CaseDeadlineView {
  readonly obligation: string;
  readonly dueAt: string;
  readonly state: DeadlineOutcome;
}

export interface FindingsView {
  readonly department: Department;
  readonly findings: string;
  readonly solution: string | null;
  readonly preventiveMeasures: string | null;
  readonly evidenceRefs: readonly string[];
  readonly recordedBy: string;
  readonly recordedAt: string;
  readonly late: boolean;
}

export interface DeterminationView {
  readonly responsibility: Responsibility;
  readonly ourCause: OurCause | null;
  readonly summary: string;
  readonly evidenceRefs: readonly string[];
  readonly explanationToCustomer: string | null;
  readonly capaRequired: boolean;
  readonly decidedBy: string;
  readonly decidedAt: string;
  readonly policyVersion: string | null;
}

/**
 * A quality case as QA and its readers see it: the list's read model (`qa.cases`) and the body of
 * GET /qa/cases/{id}, built by one pure reducer over the case's own stream. Inspections of returned
 * goods (QA-6) will attach here as a list of their own, fed by their own events.
 */
export interface QualityCaseView extends TenantDocument {
  readonly _id: string;
  readonly caseId: string;
  readonly status: CaseStatus;
  readonly region: string;
  readonly source: CaseSource;
  readonly complaintId: string | null;
  readonly subject: CaseSubject;
  readonly model: string;
  readonly defectNature: string;
  readonly customerId: string;
  readonly severity: Severity;
  readonly receivedAt: string;
  /** YYYY-MM of receipt in the region's time zone (QA-7 months). */
  readonly receivedMonth: string;
  readonly openedBy: string;
  readonly stakeholders: readonly string[];
  readonly opinion: { readonly text: string; readonly by: string; readonly at: string; readonly late: boolean } | null;
  readonly instructions: readonly { readonly department: Department; readonly instruction: string; readonly at: string }[];
  readonly findings: readonly FindingsView[];
  readonly determination: DeterminationView | null;
  readonly responsibility: Responsibility | null;
  readonly preliminaryReport: {
    readonly state: 'pending' | 'approved' | 'rejected';
    readonly summary: string;
    readonly proposedDisposition: Disposition;
    readonly issuedAt: string;
    readonly reviewedBy: string | null;
    readonly note: string | null;
  } | null;
  readonly disposition: { readonly kind: Disposition; readonly note: string | null; readonly interim: boolean; readonly decidedAt: string } | null;
  readonly capaIds: readonly string[];
  readonly deadlines: readonly CaseDeadlineView[];
  /**
   * Earliest due time still open and not recorded as missed; null when none. The response
   * recomputes it at the clock (presentation.ts), as a due time can pass between events.
   */
  readonly nextDueAt: string | null;
  /** Earliest due time still owed (open or missed, latest rounds): `overdue` filters on it. */
  readonly earliestOwedDueAt: string | null;
  readonly closure: { readonly kind: 'closed' | 'cancelled'; readonly text: string; readonly at: string } | null;
  readonly updatedAt: string;
  readonly revision: string;
}

/** The YYYY-MM of an instant in a region's time zone (from the region calendar). */
export type LocalMonthOf = (region: string, instant: string) => string;

function ledgerOf(deadlines: readonly CaseDeadlineView[]) {
  return deadlines.map((d) => ({ ...d, responsibleId: null }));
}

/** The obligations a case still owes: the latest round of each, open or missed, while the case is not over. */
export function owedDeadlines(view: Pick<QualityCaseView, 'status' | 'deadlines'>): { readonly dueAt: string; readonly state: 'open' | 'missed' }[] {
  if (TERMINAL_CASE_STATUSES.includes(view.status)) return [];
  return owedRounds(ledgerOf(view.deadlines)).map((r) => ({ dueAt: r.dueAt, state: r.state as 'open' | 'missed' }));
}

/**
 * The view after an event's obligation changes (QA-3): its deadlines fold the same ledger as the
 * decider and the tracker (caseObligationChanges); an earlier round (a department instructed
 * again) stays on record as it was, and the list's due-time fields follow.
 */
function withObligations(view: QualityCaseView, changes: readonly ObligationChange[]): QualityCaseView {
  const ledger = applyObligationChanges(ledgerOf(view.deadlines), changes);
  const deadlines = ledger.map((r) => ({ obligation: r.obligation, dueAt: r.dueAt, state: r.state }));
  return { ...view, deadlines, ...ledgerSummary(ledger, TERMINAL_CASE_STATUSES.includes(view.status)) };
}

/** Applies one stored case event to the view (null before the case opened). Pure and total. */
export function applyCaseEvent(view: QualityCaseView | null, envelope: EventEnvelope, monthOf: LocalMonthOf): QualityCaseView | null {
  const event = toDomainEvent<QualityCaseEvent>(envelope);
  const at = envelope.occurredAt;
  if (event.type === 'qa.QualityCaseOpened') {
    const d = event.data;
    return withObligations(
      {
        _id: d.caseId,
        tenantId: envelope.tenantId,
        caseId: d.caseId,
        status: 'open',
        region: envelope.region,
        source: d.source,
        complaintId: d.source.kind === 'complaint' ? d.source.complaintId : null,
        subject: d.subject,
        model: d.subject.product.model,
        defectNature: d.subject.defectNature,
        customerId: d.subject.customerId,
        severity: d.severity,
        receivedAt: d.receivedAt,
        receivedMonth: monthOf(envelope.region, d.receivedAt),
        openedBy: d.openedBy,
        stakeholders: d.stakeholders,
        opinion: null,
        instructions: [],
        findings: [],
        determination: null,
        responsibility: null,
        preliminaryReport: null,
        disposition: null,
        capaIds: [],
        deadlines: [],
        nextDueAt: null,
        earliestOwedDueAt: null,
        closure: null,
        updatedAt: at,
        revision: envelope.revision.toString(),
      },
      caseObligationChanges(event),
    );
  }
  if (view === null) return null;
  return withObligations(caseFieldsAfter({ ...view, updatedAt: at, revision: envelope.revision.toString() }, event, envelope), caseObligationChanges(event));
}

/** What a case event changes in the view besides its obligations. */
function caseFieldsAfter(base: QualityCaseView, event: QualityCaseEvent, envelope: EventEnvelope): QualityCaseView {
  const at = envelope.occurredAt;
  const analysing: CaseStatus = base.status === 'open' ? 'analysing' : base.status;
  switch (event.type) {
    case 'qa.SeverityChanged': {
      const determination = base.determination ? { ...base.determination, capaRequired: event.data.capaRequired } : null;
      return { ...base, severity: event.data.to, determination };
    }
    case 'qa.OpinionRecorded':
      return { ...base, status: analysing, opinion: { text: event.data.opinion, by: envelope.actor.id, at, late: event.data.late } };
    case 'qa.DepartmentsInstructed': {
      const instructions = [...base.instructions, ...event.data.instructions.map((i) => ({ ...i, at }))];
      return { ...base, status: analysing, instructions };
    }
    case 'qa.DepartmentFindingsRecorded': {
      const d = event.data;
      const findings = [
        ...base.findings,
        { department: d.department, findings: d.findings, solution: d.solution, preventiveMeasures: d.preventiveMeasures, evidenceRefs: d.evidenceRefs, recordedBy: d.recordedBy, recordedAt: at, late: d.late },
      ];
      return { ...base, status: analysing, findings };
    }
    case 'qa.DeterminationMade': {
      const d = event.data;
      const determination: DeterminationView = {
        responsibility: d.responsibility,
        ourCause: d.ourCause,
        summary: d.summary,
        evidenceRefs: d.evidenceRefs,
        explanationToCustomer: d.explanationToCustomer,
        capaRequired: d.capaRequired,
        decidedBy: envelope.actor.id,
        decidedAt: at,
        policyVersion: envelope.policyVersion,
      };
      return { ...base, status: 'determined', determination, responsibility: d.responsibility };
    }
    case 'qa.PreliminaryReportIssued':
      return {
        ...base,
        preliminaryReport: { state: 'pending', summary: event.data.summary, proposedDisposition: event.data.proposedDisposition, issuedAt: at, reviewedBy: null, note: null },
      };
    case 'qa.PreliminaryReportApproved':
    case 'qa.PreliminaryReportRejected': {
      if (!base.preliminaryReport) return base;
      const approved = event.type === 'qa.PreliminaryReportApproved';
      const reviewedBy = approved ? event.data.approvedBy : event.data.rejectedBy;
      return { ...base, preliminaryReport: { ...base.preliminaryReport, state: approved ? 'approved' : 'rejected', reviewedBy, note: event.data.note } };
    }
    case 'qa.DispositionDecided':
      return { ...base, disposition: { kind: event.data.disposition, note: event.data.note, interim: event.data.interim, decidedAt: at } };
    case 'qa.CapaLinked':
      return { ...base, capaIds: [...base.capaIds, event.data.capaId] };
    case 'qa.QualityCaseClosed':
      return { ...base, status: 'closed', closure: { kind: 'closed', text: event.data.summary, at } };
    case 'qa.QualityCaseCancelled':
      return { ...base, status: 'cancelled', closure: { kind: 'cancelled', text: event.data.reason, at } };
    case 'qa.QualityCaseReinstated':
      return { ...base, status: event.data.status, closure: null };
    case 'qa.QualityCaseOpened':
    case 'qa.DeadlinesRecounted':
    case 'qa.DeadlineMissed':
      return base;
  }
}

export interface VerificationView {
  readonly verificationId: string;
  readonly shipmentId: string;
  readonly lotId: string | null;
  readonly checkedOn: string;
  readonly result: VerificationResult;
  readonly note: string | null;
  readonly verifiedBy: string;
  readonly recordedAt: string;
}

/** A CAPA (QA-4) as the API returns it and the list (`qa.capas`) keeps it. */
export interface CapaView extends TenantDocument {
  readonly _id: string;
  readonly capaId: string;
  readonly caseId: string;
  readonly complaintId: string | null;
  readonly region: string;
  readonly status: 'open' | 'closed';
  readonly plan: CapaPlan;
  readonly required: boolean;
  readonly minimumPassingVerifications: number;
  readonly passingVerifications: number;
  readonly verifications: readonly VerificationView[];
  readonly dueAt: string;
  readonly overdue: boolean;
  readonly openedAt: string;
  readonly openedMonth: string;
  readonly closedAt: string | null;
  readonly closedMonth: string | null;
  readonly reopenedCount: number;
  readonly updatedAt: string;
  readonly revision: string;
}

export function applyCapaEvent(view: CapaView | null, envelope: EventEnvelope, monthOf: LocalMonthOf): CapaView | null {
  const event = toDomainEvent<CapaEvent>(envelope);
  const at = envelope.occurredAt;
  if (event.type === 'qa.CapaOpened') {
    const d = event.data;
    return {
      _id: d.capaId,
      tenantId: envelope.tenantId,
      capaId: d.capaId,
      caseId: d.caseId,
      complaintId: d.complaintId,
      region: envelope.region,
      status: 'open',
      plan: d.plan,
      required: d.required,
      minimumPassingVerifications: d.minimumPassingVerifications,
      passingVerifications: 0,
      verifications: [],
      dueAt: d.dueAt,
      overdue: false,
      openedAt: at,
      openedMonth: monthOf(envelope.region, at),
      closedAt: null,
      closedMonth: null,
      reopenedCount: 0,
      updatedAt: at,
      revision: envelope.revision.toString(),
    };
  }
  if (view === null) return null;
  const base: CapaView = { ...view, updatedAt: at, revision: envelope.revision.toString() };
  switch (event.type) {
    case 'qa.CapaUpdated':
      return { ...base, plan: { ...base.plan, ...event.data.changes }, dueAt: event.data.dueAt, overdue: event.data.dueAt === base.dueAt ? base.overdue : false };
    case 'qa.CapaVerificationRecorded': {
      const d = event.data;
      const verification: VerificationView = {
        verificationId: d.verificationId,
        shipmentId: d.shipmentId,
        lotId: d.lotId,
        checkedOn: d.checkedOn,
        result: d.result,
        note: d.note,
        verifiedBy: d.verifiedBy,
        recordedAt: at,
      };
      return { ...base, verifications: [...base.verifications, verification], passingVerifications: d.passingVerifications };
    }
    case 'qa.CapaReopened':
      return { ...base, status: 'open', closedAt: null, closedMonth: null, reopenedCount: base.reopenedCount + 1 };
    case 'qa.CapaClosed':
      return { ...base, status: 'closed', closedAt: at, closedMonth: monthOf(base.region, at) };
    case 'qa.CapaOverdue':
      return { ...base, overdue: true };
    default:
      return base;
  }
}
