import { EventEnvelope, ObligationChange, TenantDocument, applyObligationChanges, ledgerSummary, toDomainEvent } from '@aftersales/eventsourcing';
import {
  AcceptanceDecided,
  AcceptanceKind,
  AcceptanceReason,
  ComplaintEvent,
  ComplaintFacts,
  ComplaintRegistered,
  ComplaintStatus,
  Obligation,
  complaintObligationChanges,
  RepeatLink,
  Severity,
  TERMINAL_STATUSES,
} from '@aftersales/intake-domain';

export type DeadlineViewState = 'open' | 'met' | 'missed' | 'met_late' | 'cancelled';

export interface DeadlineView {
  readonly obligation: Obligation;
  readonly dueAt: string;
  readonly state: DeadlineViewState;
}

export interface AcceptanceView {
  readonly kind: AcceptanceKind;
  readonly reasons: readonly AcceptanceReason[];
  readonly policyVersion: string;
  readonly calendarVersion: string;
  readonly decidedBy: 'policy' | 'supervisor';
  readonly decidedAt: string;
  readonly justification: string | null;
}

/**
 * A complaint as customer service sees it: the list's read model and the body of GET
 * /complaints/{id}. Built by one pure reducer, used by the projection (the list) and over the
 * stream itself (a single complaint, so a client reads its own writes at once).
 */
export interface ComplaintView extends TenantDocument {
  readonly _id: string;
  readonly complaintId: string;
  readonly status: ComplaintStatus;
  readonly region: string;
  readonly channel: ComplaintFacts['channel'];
  readonly receivedAt: string;
  readonly category: ComplaintFacts['category'];
  readonly severity: Severity;
  readonly customerId: string;
  readonly customerName: string;
  readonly customerTier: ComplaintFacts['customer']['tier'];
  readonly model: string;
  readonly serialNumber: string | null;
  readonly facts: ComplaintFacts;
  readonly acceptance: AcceptanceView | null;
  readonly highPriority: boolean;
  readonly ownerId: string | null;
  readonly repeat: boolean;
  readonly repeatOf: RepeatLink | null;
  readonly deadlines: readonly DeadlineView[];
  /**
   * Earliest due time among obligations still open and not recorded as missed; null when none.
   * The response recomputes it at the clock (presentation.ts), as a due time can pass between events.
   */
  readonly nextDueAt: string | null;
  /** Earliest due time among obligations still owed (open or missed): `overdue` filters on it. */
  readonly earliestOwedDueAt: string | null;
  /** nextDueAt, or a time after every real one when nothing is owed: the list sorts on it. */
  readonly dueSortKey: string;
  readonly escalationLevel: number;
  readonly invalidity: { readonly reason: string; readonly explanationToCustomer: string } | null;
  readonly resolutionSummary: string | null;
  readonly registeredBy: string;
  readonly registeredAt: string;
  readonly updatedAt: string;
  readonly revision: string;
}

const NOTHING_DUE = '9999-12-31T23:59:59.999Z';

/**
 * The view after an event's obligation changes (IN-7, IN-8): the deadlines fold the same ledger as
 * the decider and the tracker (complaintObligationChanges), and the list's due-time fields follow.
 */
function withObligations(view: ComplaintView, changes: readonly ObligationChange[]): ComplaintView {
  const ledger = applyObligationChanges(view.deadlines.map((d) => ({ ...d, responsibleId: null })), changes);
  const deadlines = ledger.map((r) => ({ obligation: r.obligation as Obligation, dueAt: r.dueAt, state: r.state }));
  const { nextDueAt, earliestOwedDueAt } = ledgerSummary(ledger, TERMINAL_STATUSES.includes(view.status));
  return { ...view, deadlines, nextDueAt, earliestOwedDueAt, dueSortKey: nextDueAt ?? NOTHING_DUE };
}

function acceptanceOf(event: AcceptanceDecided, at: string): AcceptanceView {
  const d = event.data;
  return { kind: d.kind, reasons: d.reasons, policyVersion: d.policyVersion, calendarVersion: d.calendarVersion, decidedBy: d.decidedBy, decidedAt: at, justification: d.justification };
}

/** Applies one stored event to the view (null before registration). Pure and total. */
export function applyToView(view: ComplaintView | null, envelope: EventEnvelope): ComplaintView | null {
  const event = toDomainEvent<ComplaintEvent>(envelope);
  if (event.type === 'intake.ComplaintRegistered') {
    const d = (event as ComplaintRegistered).data;
    const f = d.facts;
    return withObligations(
      {
        _id: d.complaintId,
        tenantId: envelope.tenantId,
        complaintId: d.complaintId,
        status: 'registered',
        region: f.region,
        channel: f.channel,
        receivedAt: f.receivedAt,
        category: f.category,
        severity: f.severity,
        customerId: f.customer.id,
        customerName: f.customer.name,
        customerTier: f.customer.tier,
        model: f.product.model,
        serialNumber: f.product.serialNumber,
        facts: f,
        acceptance: null,
        highPriority: d.highPriority,
        ownerId: d.ownerId,
        repeat: d.repeatOf !== null,
        repeatOf: d.repeatOf,
        deadlines: [],
        nextDueAt: null,
        earliestOwedDueAt: null,
        dueSortKey: NOTHING_DUE,
        escalationLevel: 0,
        invalidity: null,
        resolutionSummary: null,
        registeredBy: d.registeredBy,
        registeredAt: envelope.occurredAt,
        updatedAt: envelope.occurredAt,
        revision: envelope.revision.toString(),
      },
      complaintObligationChanges(event),
    );
  }
  if (view === null) return null;
  return withObligations(fieldsAfter({ ...view, updatedAt: envelope.occurredAt, revision: envelope.revision.toString() }, event, envelope.occurredAt), complaintObligationChanges(event));
}

/** What an event changes in the view besides its obligations. */
function fieldsAfter(base: ComplaintView, event: ComplaintEvent, at: string): ComplaintView {
  switch (event.type) {
    case 'intake.AcceptanceDecided':
      return { ...base, acceptance: acceptanceOf(event, at), facts: { ...base.facts, ...(event.data.corrections ?? {}) } };
    case 'intake.ComplaintAcknowledged':
      return { ...base, status: 'acknowledged' };
    case 'intake.ComplaintForwarded':
      return { ...base, status: 'forwarded' };
    case 'intake.ComplaintEscalated':
      return { ...base, severity: event.data.severity, escalationLevel: event.data.level };
    case 'intake.ComplaintInvalidated':
      return { ...base, status: 'invalid', invalidity: { reason: event.data.reason, explanationToCustomer: event.data.explanationToCustomer } };
    case 'intake.ComplaintWithdrawn':
      return { ...base, status: 'withdrawn' };
    case 'intake.ComplaintClosed':
      return { ...base, status: 'closed', resolutionSummary: event.data.resolutionSummary };
    case 'intake.ComplaintRegistered':
    case 'intake.DeadlineMissed':
    case 'intake.DeadlinesRecounted':
      return base;
  }
}
