import { EventEnvelope, TenantDocument } from '@aftersales/eventsourcing';
import {
  AcceptanceDecided,
  AcceptanceKind,
  AcceptanceReason,
  ComplaintEvent,
  ComplaintFacts,
  ComplaintRegistered,
  ComplaintStatus,
  Obligation,
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

function withDeadlines(view: ComplaintView, deadlines: readonly DeadlineView[]): ComplaintView {
  const terminal = TERMINAL_STATUSES.includes(view.status);
  // A case that ended owes nothing: what was still open is cancelled (a miss stays on record).
  const current = terminal ? deadlines.map((d) => (d.state === 'open' ? { ...d, state: 'cancelled' as const } : d)) : deadlines;
  const owed = terminal ? [] : current.filter((d) => d.state === 'open' || d.state === 'missed');
  const earliest = (dues: readonly string[]) => (dues.length === 0 ? null : dues.reduce((a, b) => (a < b ? a : b)));
  // A missed deadline is not "next": it stays owed (earliestOwedDueAt) but is behind us.
  const nextDueAt = earliest(owed.filter((d) => d.state === 'open').map((d) => d.dueAt));
  return { ...view, deadlines: current, nextDueAt, earliestOwedDueAt: earliest(owed.map((d) => d.dueAt)), dueSortKey: nextDueAt ?? NOTHING_DUE };
}

function meet(deadlines: readonly DeadlineView[], obligation: Obligation): DeadlineView[] {
  return deadlines.map((d) =>
    d.obligation !== obligation ? d : d.state === 'open' ? { ...d, state: 'met' } : d.state === 'missed' ? { ...d, state: 'met_late' } : d,
  );
}

function acceptanceOf(event: AcceptanceDecided, at: string): AcceptanceView {
  const d = event.data;
  return { kind: d.kind, reasons: d.reasons, policyVersion: d.policyVersion, calendarVersion: d.calendarVersion, decidedBy: d.decidedBy, decidedAt: at, justification: d.justification };
}

/** Applies one stored event to the view (null before registration). Pure and total. */
export function applyToView(view: ComplaintView | null, envelope: EventEnvelope): ComplaintView | null {
  const event = { type: envelope.type, data: envelope.data } as ComplaintEvent;
  if (event.type === 'intake.ComplaintRegistered') {
    const d = (event as ComplaintRegistered).data;
    const f = d.facts;
    return withDeadlines(
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
      d.deadlines.map((x) => ({ obligation: x.obligation, dueAt: x.dueAt, state: 'open' })),
    );
  }
  if (view === null) return null;
  const base: ComplaintView = { ...view, updatedAt: envelope.occurredAt, revision: envelope.revision.toString() };
  switch (event.type) {
    case 'intake.AcceptanceDecided':
      return { ...base, acceptance: acceptanceOf(event, envelope.occurredAt), facts: { ...base.facts, ...(event.data.corrections ?? {}) } };
    case 'intake.ComplaintAcknowledged':
      return withDeadlines({ ...base, status: 'acknowledged' }, meet(base.deadlines, 'acknowledge'));
    case 'intake.ComplaintForwarded': {
      const forwarded = meet(base.deadlines, 'forward');
      const toSupervisor = event.data.targets.some((t) => t.target === 'supervisor');
      return withDeadlines({ ...base, status: 'forwarded' }, toSupervisor ? meet(forwarded, 'report_up') : forwarded);
    }
    case 'intake.ComplaintEscalated':
      return withDeadlines({ ...base, severity: event.data.severity, escalationLevel: event.data.level }, meet(base.deadlines, 'report_up'));
    case 'intake.ComplaintInvalidated':
      return withDeadlines({ ...base, status: 'invalid', invalidity: { reason: event.data.reason, explanationToCustomer: event.data.explanationToCustomer } }, base.deadlines);
    case 'intake.ComplaintWithdrawn':
      return withDeadlines({ ...base, status: 'withdrawn' }, base.deadlines);
    case 'intake.ComplaintClosed':
      return withDeadlines({ ...base, status: 'closed', resolutionSummary: event.data.resolutionSummary }, base.deadlines);
    case 'intake.DeadlineMissed':
      return withDeadlines(
        base,
        base.deadlines.map((d) => (d.obligation === event.data.obligation && d.state === 'open' ? { ...d, state: 'missed' } : d)),
      );
    default:
      return base;
  }
}
