import { EventEnvelope, ObligationChange, ObligationOutcome, TenantDocument, applyObligationChanges, ledgerSummary, toDomainEvent } from '@aftersales/eventsourcing';
import {
  ChargeItem,
  ConductKind,
  Customer,
  DispatchRole,
  FollowUpOutcome,
  JobStep,
  FreeRepairDecision,
  OutletScope,
  ProductRef,
  Qualification,
  ReceiptEvidence,
  ReportedLocation,
  SignOffContent,
  WorkOrderEvent,
  WorkOrderObligation,
  WorkOrderSource,
  WorkOrderStatus,
  workOrderObligationChanges,
} from '@aftersales/dispatch-domain';

export interface WorkOrderDeadlineView {
  readonly obligation: WorkOrderObligation;
  readonly dueAt: string;
  readonly state: ObligationOutcome;
}

export interface PartLineView {
  readonly partNumber: string;
  readonly issued: number;
  readonly used: number;
  readonly returned: number;
  /** issued − used − returned (DI-4). */
  readonly variance: number;
}

/**
 * A work order as the API shows it: the list's read model and the body of GET
 * /work-orders/{id}. Built by one pure reducer, used by the projection (the list) and over the
 * stream itself (a single work order, so a client reads its own writes at once).
 */
export interface WorkOrderView extends TenantDocument {
  readonly _id: string;
  readonly workOrderId: string;
  readonly status: WorkOrderStatus;
  readonly region: string;
  readonly customer: Customer;
  readonly product: ProductRef;
  readonly requestedWork: string;
  readonly source: { readonly kind: WorkOrderSource['kind']; readonly caseId: string | null; readonly complaintId: string | null };
  /** DI-2: the outlet the order is given to (taken there, or assigned). */
  readonly outlet: { readonly outletId: string; readonly name: string; readonly scope: OutletScope } | null;
  /** DI-2: a request taken at an outlet: free or charged by the free-repair rules, with the reasons and where the receipt date came from. */
  readonly freeRepair: (FreeRepairDecision & { readonly receipt: ReceiptEvidence }) | null;
  /** DI-3: the remote attempt the customer agreed to, and its outcome. */
  readonly remoteAttempt: {
    readonly state: 'in_progress' | 'resolved' | 'unresolved';
    readonly customerAgreedBy: string;
    readonly startedAt: string;
    readonly note: string | null;
    readonly completedAt: string | null;
  } | null;
  readonly customerRequiredBy: string | null;
  /** The assigned technician's id (null until assigned): technicians read only their own orders. */
  readonly technicianId: string | null;
  readonly assignment: { readonly technicianId: string; readonly technicianName: string; readonly plannedOn: string; readonly qualification: Qualification; readonly assignedAt: string; readonly arrivalBasis: string } | null;
  readonly checkIn: { readonly at: string; readonly location: ReportedLocation; readonly late: boolean } | null;
  readonly steps: readonly { readonly step: JobStep; readonly by: string; readonly role: DispatchRole; readonly note: string | null; readonly at: string }[];
  readonly extraWork: readonly { readonly extraWorkNo: number; readonly description: string; readonly estimateMinor: number | null; readonly state: 'proposed' | 'consented' | 'declined' | 'done'; readonly consentBy: string | null }[];
  readonly parts: readonly PartLineView[];
  /** A dispatcher approved exactly the variance the parts show now (DI-4). */
  readonly partsVarianceApproved: boolean;
  readonly approvedVariance: readonly { readonly partNumber: string; readonly variance: number }[] | null;
  readonly charges: readonly ChargeItem[];
  readonly signOff: { readonly content: SignOffContent; readonly digest: string; readonly at: string; readonly valid: boolean } | null;
  readonly settlement: { readonly chargedTotalMinor: number; readonly currency: string | null; readonly receiptNumber: string | null; readonly freeItems: number; readonly chargedItems: number; readonly at: string } | null;
  readonly equipmentReceipts: readonly { readonly receiptNumber: string; readonly items: string; readonly issuedAt: string; readonly returnedAt: string | null }[];
  /** Equipment receipts still open (DI-6): the list filters on it. */
  readonly openEquipmentReceipts: number;
  readonly report: { readonly cause: string; readonly fix: string; readonly parts: string; readonly customerOpinion: string; readonly by: string; readonly at: string } | null;
  readonly complaintsPassedOn: number;
  readonly followUp: { readonly outcome: FollowUpOutcome; readonly satisfaction: number | null; readonly complaint: string | null; readonly notes: string | null; readonly opensComplaint: boolean; readonly late: boolean; readonly at: string } | null;
  readonly conduct: readonly { readonly kind: ConductKind; readonly penaltyMinor: number; readonly currency: string; readonly note: string | null; readonly at: string }[];
  readonly cancellation: { readonly reason: string; readonly at: string } | null;
  /** First-time fix: the fault code reported, the earlier order this one revisits, the later orders revisiting this one. */
  readonly faultCode: string | null;
  readonly revisitOf: string | null;
  readonly revisits: readonly string[];
  /** False once a later order on the same serial and fault revisits this one. */
  readonly firstTimeFix: boolean;
  readonly deadlines: readonly WorkOrderDeadlineView[];
  /**
   * Earliest due time among obligations still open and not recorded as missed; null when none.
   * The response recomputes it at the clock (presentation.ts), as a due time can pass between events.
   */
  readonly nextDueAt: string | null;
  /** Earliest due time among obligations still owed (open or missed): `overdue` filters on it. */
  readonly earliestOwedDueAt: string | null;
  readonly createdBy: string;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly revision: string;
}

/** The view after an event's obligation changes: the same ledger the decider and the tracker fold. */
function withObligations(view: WorkOrderView, changes: readonly ObligationChange[]): WorkOrderView {
  const ledger = applyObligationChanges(
    view.deadlines.map((d) => ({ ...d, responsibleId: null })),
    changes,
  );
  const deadlines = ledger.map((r) => ({ obligation: r.obligation as WorkOrderObligation, dueAt: r.dueAt, state: r.state }));
  // A closed order may still owe its follow-up call (DI-8): only a cancelled one owes nothing.
  return { ...view, deadlines, ...ledgerSummary(ledger, view.status === 'cancelled') };
}

/** Applies one stored event to the view (null before the work order was created). Pure and total. */
export function applyToWorkOrderView(view: WorkOrderView | null, envelope: EventEnvelope): WorkOrderView | null {
  const event = toDomainEvent<WorkOrderEvent>(envelope);
  if (event.type === 'dispatch.WorkOrderCreated') {
    const d = event.data;
    return withObligations(
      {
        _id: d.workOrderId,
        tenantId: envelope.tenantId,
        workOrderId: d.workOrderId,
        status: 'created',
        region: d.region,
        customer: d.customer,
        product: d.product,
        requestedWork: d.requestedWork,
        source: d.source.kind === 'qa_disposition' ? { kind: 'qa_disposition', caseId: d.source.caseId, complaintId: d.source.complaintId } : { kind: d.source.kind, caseId: null, complaintId: null },
        outlet: null,
        freeRepair: d.source.kind === 'outlet' ? { ...d.source.freeRepair, receipt: d.source.receipt } : null,
        remoteAttempt: null,
        customerRequiredBy: d.customerRequiredBy,
        technicianId: null,
        assignment: null,
        checkIn: null,
        steps: [],
        extraWork: [],
        parts: [],
        partsVarianceApproved: false,
        approvedVariance: null,
        charges: [],
        signOff: null,
        settlement: null,
        equipmentReceipts: [],
        openEquipmentReceipts: 0,
        report: null,
        complaintsPassedOn: 0,
        followUp: null,
        conduct: [],
        cancellation: null,
        faultCode: d.faultCode ?? null,
        revisitOf: d.revisitOf ?? null,
        revisits: [],
        firstTimeFix: true,
        deadlines: [],
        nextDueAt: null,
        earliestOwedDueAt: null,
        createdBy: d.createdBy,
        createdAt: d.createdAt,
        updatedAt: envelope.occurredAt,
        revision: envelope.revision.toString(),
      },
      workOrderObligationChanges(event),
    );
  }
  if (view === null) return null;
  const base = { ...view, updatedAt: envelope.occurredAt, revision: envelope.revision.toString() };
  return withObligations(fieldsAfter(base, event), workOrderObligationChanges(event));
}

function varianceApproved(parts: readonly PartLineView[], approved: WorkOrderView['approvedVariance']): boolean {
  const open = parts.filter((p) => p.variance !== 0);
  if (approved === null) return false;
  return open.length === approved.length && open.every((p) => approved.some((a) => a.partNumber === p.partNumber && a.variance === p.variance));
}

/** What an event changes in the view besides its obligations. */
function fieldsAfter(base: WorkOrderView, event: WorkOrderEvent): WorkOrderView {
  switch (event.type) {
    case 'dispatch.TechnicianAssigned': {
      const d = event.data;
      return {
        ...base,
        status: 'assigned',
        technicianId: d.technicianId,
        assignment: { technicianId: d.technicianId, technicianName: d.technicianName, plannedOn: d.plannedOn, qualification: d.qualification, assignedAt: d.assignedAt, arrivalBasis: d.arrivalBasis },
      };
    }
    case 'dispatch.ArrivedOnSite':
      return { ...base, status: 'on_site', checkIn: { at: event.data.arrivedAt, location: event.data.location, late: event.data.late } };
    case 'dispatch.JobStepRecorded': {
      const d = event.data;
      return { ...base, status: d.status, steps: [...base.steps, { step: d.step, by: d.by, role: d.role, note: d.note, at: d.at }] };
    }
    case 'dispatch.ExtraWorkProposed': {
      const d = event.data;
      return { ...base, extraWork: [...base.extraWork, { extraWorkNo: d.extraWorkNo, description: d.description, estimateMinor: d.estimateMinor, state: 'proposed', consentBy: null }] };
    }
    case 'dispatch.ExtraWorkConsentRecorded': {
      const d = event.data;
      return { ...base, extraWork: base.extraWork.map((w) => (w.extraWorkNo === d.extraWorkNo ? { ...w, state: d.granted ? 'consented' : 'declined', consentBy: d.customerName } : w)) };
    }
    case 'dispatch.ExtraWorkPerformed':
      return { ...base, extraWork: base.extraWork.map((w) => (w.extraWorkNo === event.data.extraWorkNo ? { ...w, state: 'done' } : w)) };
    case 'dispatch.PartsRecorded': {
      const d = event.data;
      const line = base.parts.find((p) => p.partNumber === d.partNumber) ?? { partNumber: d.partNumber, issued: 0, used: 0, returned: 0, variance: 0 };
      const next = { ...line, [d.movement]: line[d.movement] + d.quantity };
      const updated = { ...next, variance: next.issued - next.used - next.returned };
      const parts = base.parts.some((p) => p.partNumber === d.partNumber) ? base.parts.map((p) => (p.partNumber === d.partNumber ? updated : p)) : [...base.parts, updated];
      return { ...base, parts, partsVarianceApproved: varianceApproved(parts, base.approvedVariance) };
    }
    case 'dispatch.PartsVarianceApproved': {
      const approvedVariance = Object.entries(event.data.variance).map(([partNumber, variance]) => ({ partNumber, variance }));
      return { ...base, approvedVariance, partsVarianceApproved: varianceApproved(base.parts, approvedVariance) };
    }
    case 'dispatch.ChargeRecorded': {
      const { chargeNo, description, kind, amountMinor, currency } = event.data;
      return { ...base, charges: [...base.charges, { chargeNo, description, kind, amountMinor, currency }] };
    }
    case 'dispatch.SignedOff':
      return { ...base, signOff: { content: event.data.signOff, digest: event.data.digest, at: event.data.at, valid: true } };
    case 'dispatch.SignOffInvalidated':
      return base.signOff ? { ...base, signOff: { ...base.signOff, valid: false } } : base;
    case 'dispatch.Settled': {
      const d = event.data;
      return { ...base, status: 'settled', settlement: { chargedTotalMinor: d.chargedTotalMinor, currency: d.currency, receiptNumber: d.receiptNumber, freeItems: d.freeItems.length, chargedItems: d.chargedItems.length, at: d.at } };
    }
    case 'dispatch.EquipmentReceiptIssued': {
      const equipmentReceipts = [...base.equipmentReceipts, { receiptNumber: event.data.receiptNumber, items: event.data.items, issuedAt: event.data.at, returnedAt: null }];
      return { ...base, equipmentReceipts, openEquipmentReceipts: equipmentReceipts.filter((r) => r.returnedAt === null).length };
    }
    case 'dispatch.EquipmentReturned': {
      const equipmentReceipts = base.equipmentReceipts.map((r) => (r.receiptNumber === event.data.receiptNumber ? { ...r, returnedAt: event.data.at } : r));
      return { ...base, equipmentReceipts, openEquipmentReceipts: equipmentReceipts.filter((r) => r.returnedAt === null).length };
    }
    case 'dispatch.ReportedBack': {
      const { cause, fix, parts, customerOpinion, by, at } = event.data;
      return { ...base, report: { cause, fix, parts, customerOpinion, by, at } };
    }
    case 'dispatch.ComplaintFoundOnSite':
      return { ...base, complaintsPassedOn: base.complaintsPassedOn + 1 };
    case 'dispatch.FollowUpCompleted': {
      const { outcome, satisfaction, complaint, notes, opensComplaint, late, at } = event.data;
      return { ...base, followUp: { outcome, satisfaction, complaint, notes, opensComplaint, late, at } };
    }
    case 'dispatch.ConductRecorded': {
      const { kind, penaltyMinor, currency, note, at } = event.data;
      return { ...base, conduct: [...base.conduct, { kind, penaltyMinor, currency, note, at }] };
    }
    case 'dispatch.WorkOrderClosed':
      return { ...base, status: 'closed' };
    case 'dispatch.WorkOrderCancelled':
      return { ...base, status: 'cancelled', cancellation: { reason: event.data.reason, at: event.data.at } };
    case 'dispatch.RevisitLinked':
      return { ...base, revisits: [...base.revisits, event.data.revisitWorkOrderId], firstTimeFix: false };
    case 'dispatch.OutletAssigned':
      return { ...base, status: 'assigned', outlet: { outletId: event.data.outletId, name: event.data.outletName, scope: event.data.scope } };
    case 'dispatch.RemoteAttemptStarted':
      return { ...base, remoteAttempt: { state: 'in_progress', customerAgreedBy: event.data.customerAgreedBy, startedAt: event.data.at, note: null, completedAt: null } };
    case 'dispatch.RemoteAttemptCompleted': {
      const d = event.data;
      const remoteAttempt = base.remoteAttempt ? { ...base.remoteAttempt, state: d.resolved ? ('resolved' as const) : ('unresolved' as const), note: d.note, completedAt: d.at } : null;
      return { ...base, remoteAttempt, status: d.resolved ? 'handed_over' : base.status };
    }
    case 'dispatch.WorkOrderCreated':
    case 'dispatch.WorkOrderDeadlineMissed':
      return base;
  }
}
