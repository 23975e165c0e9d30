import { EventEnvelope, ObligationChange, ObligationOutcome, TenantDocument, applyObligationChanges, ledgerSummary, toDomainEvent } from '@aftersales/eventsourcing';
import { RETURN_REQUEST_TERMINAL_STATUSES, ReturnRequestEvent, ReturnRequestObligation, ReturnRequestStatus, returnRequestObligationChanges } from '@aftersales/warehouse-returns-domain';

export interface ReturnRequestDeadlineView {
  readonly obligation: ReturnRequestObligation;
  readonly dueAt: string;
  readonly state: ObligationOutcome;
}

/**
 * A return request as the API shows it: the list's read model and the body of GET
 * /return-requests/{id}. Built by one pure reducer, used by the projection (the list) and over the
 * stream itself (a single return request, so a client reads its own writes at once).
 */
export interface ReturnRequestView extends TenantDocument {
  readonly _id: string;
  readonly returnRequestId: string;
  readonly status: ReturnRequestStatus;
  readonly region: string;
  readonly customerId: string;
  readonly subject: string;
  readonly resolution: string | null;
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
    return withObligations(
      {
        _id: d.returnRequestId,
        tenantId: envelope.tenantId,
        returnRequestId: d.returnRequestId,
        status: 'open',
        region: d.region,
        customerId: d.customerId,
        subject: d.subject,
        resolution: null,
        deadlines: [],
        nextDueAt: null,
        earliestOwedDueAt: null,
        openedBy: d.openedBy,
        openedAt: d.openedAt,
        updatedAt: envelope.occurredAt,
        revision: envelope.revision.toString(),
      },
      returnRequestObligationChanges(event),
    );
  }
  if (view === null) return null;
  const base = { ...view, updatedAt: envelope.occurredAt, revision: envelope.revision.toString() };
  return withObligations(fieldsAfter(base, event), returnRequestObligationChanges(event));
}

/** What an event changes in the view besides its obligations. */
function fieldsAfter(base: ReturnRequestView, event: ReturnRequestEvent): ReturnRequestView {
  switch (event.type) {
    case 'warehouse-returns.ReturnRequestClosed':
      return { ...base, status: 'closed', resolution: event.data.resolution };
    case 'warehouse-returns.ReturnRequestOpened':
    case 'warehouse-returns.ReturnRequestDeadlineMissed':
      return base;
  }
}
