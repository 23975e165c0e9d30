import { EventEnvelope, ObligationChange, ObligationOutcome, TenantDocument, applyObligationChanges, ledgerSummary, toDomainEvent } from '@aftersales/eventsourcing';
import { WORK_ORDER_TERMINAL_STATUSES, WorkOrderEvent, WorkOrderObligation, WorkOrderStatus, workOrderObligationChanges } from '@aftersales/dispatch-domain';

export interface WorkOrderDeadlineView {
  readonly obligation: WorkOrderObligation;
  readonly dueAt: string;
  readonly state: ObligationOutcome;
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
  readonly customerId: string;
  readonly subject: string;
  readonly resolution: string | null;
  readonly deadlines: readonly WorkOrderDeadlineView[];
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
function withObligations(view: WorkOrderView, changes: readonly ObligationChange[]): WorkOrderView {
  const ledger = applyObligationChanges(view.deadlines.map((d) => ({ ...d, responsibleId: null })), changes);
  const deadlines = ledger.map((r) => ({ obligation: r.obligation as WorkOrderObligation, dueAt: r.dueAt, state: r.state }));
  return { ...view, deadlines, ...ledgerSummary(ledger, WORK_ORDER_TERMINAL_STATUSES.includes(view.status)) };
}

/** Applies one stored event to the view (null before the work order opened). Pure and total. */
export function applyToWorkOrderView(view: WorkOrderView | null, envelope: EventEnvelope): WorkOrderView | null {
  const event = toDomainEvent<WorkOrderEvent>(envelope);
  if (event.type === 'dispatch.WorkOrderOpened') {
    const d = event.data;
    return withObligations(
      {
        _id: d.workOrderId,
        tenantId: envelope.tenantId,
        workOrderId: d.workOrderId,
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
      workOrderObligationChanges(event),
    );
  }
  if (view === null) return null;
  const base = { ...view, updatedAt: envelope.occurredAt, revision: envelope.revision.toString() };
  return withObligations(fieldsAfter(base, event), workOrderObligationChanges(event));
}

/** What an event changes in the view besides its obligations. */
function fieldsAfter(base: WorkOrderView, event: WorkOrderEvent): WorkOrderView {
  switch (event.type) {
    case 'dispatch.WorkOrderClosed':
      return { ...base, status: 'closed', resolution: event.data.resolution };
    case 'dispatch.WorkOrderOpened':
    case 'dispatch.WorkOrderDeadlineMissed':
      return base;
  }
}
