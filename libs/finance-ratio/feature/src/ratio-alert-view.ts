import { EventEnvelope, ObligationChange, ObligationOutcome, TenantDocument, applyObligationChanges, ledgerSummary, toDomainEvent } from '@aftersales/eventsourcing';
import { RATIO_ALERT_TERMINAL_STATUSES, RatioAlertEvent, RatioAlertObligation, RatioAlertStatus, ratioAlertObligationChanges } from '@aftersales/finance-ratio-domain';

export interface RatioAlertDeadlineView {
  readonly obligation: RatioAlertObligation;
  readonly dueAt: string;
  readonly state: ObligationOutcome;
}

/**
 * A ratio alert as the API shows it: the list's read model and the body of GET
 * /ratio-alerts/{id}. Built by one pure reducer, used by the projection (the list) and over the
 * stream itself (a single ratio alert, so a client reads its own writes at once).
 */
export interface RatioAlertView extends TenantDocument {
  readonly _id: string;
  readonly ratioAlertId: string;
  readonly status: RatioAlertStatus;
  readonly region: string;
  readonly customerId: string;
  readonly subject: string;
  readonly resolution: string | null;
  readonly deadlines: readonly RatioAlertDeadlineView[];
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
function withObligations(view: RatioAlertView, changes: readonly ObligationChange[]): RatioAlertView {
  const ledger = applyObligationChanges(view.deadlines.map((d) => ({ ...d, responsibleId: null })), changes);
  const deadlines = ledger.map((r) => ({ obligation: r.obligation as RatioAlertObligation, dueAt: r.dueAt, state: r.state }));
  return { ...view, deadlines, ...ledgerSummary(ledger, RATIO_ALERT_TERMINAL_STATUSES.includes(view.status)) };
}

/** Applies one stored event to the view (null before the ratio alert opened). Pure and total. */
export function applyToRatioAlertView(view: RatioAlertView | null, envelope: EventEnvelope): RatioAlertView | null {
  const event = toDomainEvent<RatioAlertEvent>(envelope);
  if (event.type === 'finance-ratio.RatioAlertOpened') {
    const d = event.data;
    return withObligations(
      {
        _id: d.ratioAlertId,
        tenantId: envelope.tenantId,
        ratioAlertId: d.ratioAlertId,
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
      ratioAlertObligationChanges(event),
    );
  }
  if (view === null) return null;
  const base = { ...view, updatedAt: envelope.occurredAt, revision: envelope.revision.toString() };
  return withObligations(fieldsAfter(base, event), ratioAlertObligationChanges(event));
}

/** What an event changes in the view besides its obligations. */
function fieldsAfter(base: RatioAlertView, event: RatioAlertEvent): RatioAlertView {
  switch (event.type) {
    case 'finance-ratio.RatioAlertClosed':
      return { ...base, status: 'closed', resolution: event.data.resolution };
    case 'finance-ratio.RatioAlertOpened':
    case 'finance-ratio.RatioAlertDeadlineMissed':
      return base;
  }
}
