import { EventEnvelope, ObligationChange, ObligationOutcome, TenantDocument, applyObligationChanges, ledgerSummary, toDomainEvent } from '@aftersales/eventsourcing';
import {
  BookedLine,
  CustomerChoice,
  InspectedLine,
  RETURN_REQUEST_TERMINAL_STATUSES,
  RatioChecked,
  ReceivedLine,
  ReturnLine,
  ReturnReason,
  ReturnRequestEvent,
  ReturnRequestObligation,
  ReturnRequestRefused,
  ReturnRequestStatus,
  ReturnSource,
  Signature,
  returnRequestObligationChanges,
} from '@aftersales/warehouse-returns-domain';

export interface ReturnRequestDeadlineView {
  readonly obligation: ReturnRequestObligation;
  readonly dueAt: string;
  readonly state: ObligationOutcome;
}

export type SignatureView = Signature & { readonly valid: boolean };
export type RatioCheckView = Omit<RatioChecked['data'], 'returnRequestId'>;
export type RefusalView = Omit<ReturnRequestRefused['data'], 'returnRequestId'>;

/**
 * A return request as the API shows it: the list's read model and the body of GET /returns/{id}.
 * Built by one pure reducer, used by the projection (the list) and over the stream itself (a single
 * return request, so a client reads its own writes at once).
 */
export interface ReturnRequestView extends TenantDocument {
  readonly _id: string;
  readonly returnRequestId: string;
  readonly status: ReturnRequestStatus;
  readonly region: string;
  readonly customerId: string;
  readonly reason: ReturnReason;
  readonly source: ReturnSource;
  /** The QA case whose disposition made it (a filter), null for one entered by the after-sales section. */
  readonly caseId: string | null;
  readonly note: string | null;
  readonly lines: readonly ReturnLine[];
  readonly signatures: readonly SignatureView[];
  readonly ratioCheck: RatioCheckView | null;
  readonly refusal: RefusalView | null;
  readonly transportOrder: { readonly transportOrderId: string; readonly carrier: string; readonly driverId: string | null; readonly pickupAddress: string; readonly issuedBy: string; readonly issuedAt: string } | null;
  readonly pickup: { readonly recordedBy: string; readonly at: string } | null;
  readonly arrival: { readonly recordedBy: string; readonly at: string } | null;
  readonly received: readonly (ReceivedLine & { readonly resolution: string | null })[];
  readonly inspection: { readonly inspectionId: string; readonly verdict: 'signed' | 'refused'; readonly reason: string | null; readonly lines: readonly InspectedLine[]; readonly inspectedAt: string } | null;
  readonly customerChoice: CustomerChoice | null;
  readonly receipt: { readonly receiptNoteNumber: string; readonly lines: readonly BookedLine[]; readonly costsBorneBy: 'company' | 'customer'; readonly bookedBy: string; readonly bookedAt: string } | null;
  readonly qualityCosts: readonly { readonly lineId: string; readonly chargedTo: { readonly kind: 'sales_rep' | 'department'; readonly id: string }; readonly currency: string; readonly amountMinor: string; readonly reason: string }[];
  readonly returnNote: { readonly sentBy: string; readonly sentAt: string; readonly late: boolean } | null;
  readonly deadlines: readonly ReturnRequestDeadlineView[];
  /**
   * Earliest due time among obligations still open and not recorded as missed; null when none.
   * The response recomputes it at the clock (presentation.ts), as a due time can pass between events.
   */
  readonly nextDueAt: string | null;
  /** Earliest due time among obligations still owed (open or missed): `overdue` filters on it. */
  readonly earliestOwedDueAt: string | null;
  readonly openedBy: string;
  readonly openedAt: string;
  readonly updatedAt: string;
  readonly revision: string;
}

/** The view after an event's obligation changes: the same ledger the decider and the tracker fold. */
function withObligations(view: ReturnRequestView, changes: readonly ObligationChange[]): ReturnRequestView {
  const ledger = applyObligationChanges(view.deadlines.map((d) => ({ ...d, responsibleId: null })), changes);
  const deadlines = ledger.map((r) => ({ obligation: r.obligation as ReturnRequestObligation, dueAt: r.dueAt, state: r.state }));
  return { ...view, deadlines, ...ledgerSummary(ledger, RETURN_REQUEST_TERMINAL_STATUSES.includes(view.status)) };
}

/** Applies one stored event to the view (null before the return request opened). Pure and total. */
export function applyToReturnRequestView(view: ReturnRequestView | null, envelope: EventEnvelope): ReturnRequestView | null {
  const event = toDomainEvent<ReturnRequestEvent>(envelope);
  if (event.type === 'warehouse-returns.ReturnRequestOpened') {
    const d = event.data;
    return {
      _id: d.returnRequestId,
      tenantId: envelope.tenantId,
      returnRequestId: d.returnRequestId,
      status: d.lines.length > 0 ? 'in_approval' : 'draft',
      region: d.region,
      customerId: d.customerId,
      reason: d.reason,
      source: d.source,
      caseId: d.source.kind === 'qa_disposition' ? d.source.caseId : null,
      note: d.note,
      lines: d.lines,
      signatures: [],
      ratioCheck: null,
      refusal: null,
      transportOrder: null,
      pickup: null,
      arrival: null,
      received: [],
      inspection: null,
      customerChoice: d.customerChoice,
      receipt: null,
      qualityCosts: [],
      returnNote: null,
      deadlines: [],
      nextDueAt: null,
      earliestOwedDueAt: null,
      openedBy: d.openedBy,
      openedAt: d.openedAt,
      updatedAt: envelope.occurredAt,
      revision: envelope.revision.toString(),
    };
  }
  if (view === null) return null;
  const base = { ...view, updatedAt: envelope.occurredAt, revision: envelope.revision.toString() };
  return withObligations(fieldsAfter(base, event), returnRequestObligationChanges(event));
}

/** What an event changes in the view besides its obligations (the same transitions as the decider's evolve). */
function fieldsAfter(v: ReturnRequestView, event: ReturnRequestEvent): ReturnRequestView {
  switch (event.type) {
    case 'warehouse-returns.LinesAmended':
      return { ...v, lines: event.data.lines, status: v.status === 'draft' ? 'in_approval' : v.status };
    case 'warehouse-returns.SignaturesVoided': {
      const voided = new Set(event.data.signatureIds);
      return { ...v, signatures: v.signatures.map((s) => (voided.has(s.signatureId) ? { ...s, valid: false } : s)), status: v.status === 'approved' ? 'in_approval' : v.status };
    }
    case 'warehouse-returns.RatioChecked': {
      const { returnRequestId: _unused, ...check } = event.data;
      return { ...v, ratioCheck: check };
    }
    case 'warehouse-returns.StepSigned': {
      const { returnRequestId: _unused, ...signature } = event.data;
      const reopened = v.status === 'refused' && v.refusal?.exceptionPossible === true;
      return { ...v, signatures: [...v.signatures, { ...signature, valid: true }], status: reopened ? 'in_approval' : v.status, refusal: reopened ? null : v.refusal };
    }
    case 'warehouse-returns.ReturnRequestRefused': {
      const { returnRequestId: _unused, ...refusal } = event.data;
      return { ...v, status: 'refused', refusal };
    }
    case 'warehouse-returns.ReturnRequestApproved':
      return { ...v, status: 'approved' };
    case 'warehouse-returns.TransportOrderIssued': {
      const d = event.data;
      return { ...v, transportOrder: { transportOrderId: d.transportOrderId, carrier: d.carrier, driverId: d.driverId, pickupAddress: d.pickupAddress, issuedBy: d.issuedBy, issuedAt: d.at } };
    }
    case 'warehouse-returns.PickupRecorded':
      return { ...v, status: 'picked_up', pickup: { recordedBy: event.data.recordedBy, at: event.data.at } };
    case 'warehouse-returns.ArrivalRecorded':
      return { ...v, status: 'arrived', arrival: { recordedBy: event.data.recordedBy, at: event.data.at } };
    case 'warehouse-returns.GoodsCounted':
      return { ...v, status: 'counted', received: event.data.lines.map((l) => ({ ...l, resolution: null })) };
    case 'warehouse-returns.SerialMismatchResolved': {
      const d = event.data;
      const lines = d.resolution === 'accept_received' ? v.lines.map((l) => (l.lineId === d.lineId ? { ...l, serialNumber: d.serialNumber } : l)) : v.lines;
      return { ...v, lines, received: v.received.map((r) => (r.lineId === d.lineId ? { ...r, resolution: d.resolution } : r)) };
    }
    case 'warehouse-returns.InspectionRecorded': {
      const { returnRequestId: _unused, ...inspection } = event.data;
      return { ...v, inspection };
    }
    case 'warehouse-returns.CustomerChoiceRecorded':
      return { ...v, customerChoice: event.data.choice };
    case 'warehouse-returns.ReturnBookedIn': {
      const d = event.data;
      return { ...v, status: 'booked', receipt: { receiptNoteNumber: d.receiptNoteNumber, lines: d.lines, costsBorneBy: d.costsBorneBy, bookedBy: d.bookedBy, bookedAt: d.bookedAt } };
    }
    case 'warehouse-returns.QualityCostCharged': {
      const d = event.data;
      return { ...v, qualityCosts: [...v.qualityCosts, { lineId: d.lineId, chargedTo: d.chargedTo, currency: d.currency, amountMinor: d.amountMinor, reason: d.reason }] };
    }
    case 'warehouse-returns.ReturnNoteSent':
      return { ...v, status: 'closed', returnNote: { sentBy: event.data.sentBy, sentAt: event.data.at, late: event.data.late } };
    case 'warehouse-returns.ReturnRequestOpened':
    case 'warehouse-returns.ReturnRequestDeadlineMissed':
      return v;
  }
}
