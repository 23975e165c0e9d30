import { EventEnvelope, ObligationChange, ObligationOutcome, TenantDocument, applyObligationChanges, ledgerSummary, toDomainEvent } from '@aftersales/eventsourcing';
import { ARCHIVE_SUBMISSION_TERMINAL_STATUSES, ArchivePeriod, ArchiveSubmissionEvent, ArchiveSubmissionKind, ArchiveSubmissionObligation, ArchiveSubmissionStatus, SubmittedDocument, archiveSubmissionObligationChanges } from '@aftersales/audit-domain';

export interface ArchiveSubmissionDeadlineView {
  readonly obligation: ArchiveSubmissionObligation;
  readonly dueAt: string;
  readonly state: ObligationOutcome;
}

/**
 * An archive submission as the API shows it: the list's read model and the body of GET
 * /archive-submissions/{id}. Built by one pure reducer, used by the projection (the list) and over the
 * stream itself (a single archive submission, so a client reads its own writes at once).
 */
export interface ArchiveSubmissionView extends TenantDocument {
  readonly _id: string;
  readonly archiveSubmissionId: string;
  readonly status: ArchiveSubmissionStatus;
  readonly region: string;
  readonly kind: ArchiveSubmissionKind;
  readonly period: ArchivePeriod;
  /** The archive schedule's version that expected it (AU-3). */
  readonly scheduleVersion: string;
  /** When the submission is due (the end of `period.dueOn` in the region): the list's order. */
  readonly dueAt: string;
  /** Who handed what to the archive, and when; null while expected. */
  readonly submission: { readonly submittedBy: string; readonly submittedAt: string; readonly document: SubmittedDocument; readonly note: string | null; readonly late: boolean } | null;
  readonly deadlines: readonly ArchiveSubmissionDeadlineView[];
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
function withObligations(view: ArchiveSubmissionView, changes: readonly ObligationChange[]): ArchiveSubmissionView {
  const ledger = applyObligationChanges(view.deadlines.map((d) => ({ ...d, responsibleId: null })), changes);
  const deadlines = ledger.map((r) => ({ obligation: r.obligation as ArchiveSubmissionObligation, dueAt: r.dueAt, state: r.state }));
  return { ...view, deadlines, ...ledgerSummary(ledger, ARCHIVE_SUBMISSION_TERMINAL_STATUSES.includes(view.status)) };
}

/** Applies one stored event to the view (null before the archive submission opened). Pure and total. */
export function applyToArchiveSubmissionView(view: ArchiveSubmissionView | null, envelope: EventEnvelope): ArchiveSubmissionView | null {
  const event = toDomainEvent<ArchiveSubmissionEvent>(envelope);
  if (event.type === 'audit.ArchiveSubmissionOpened') {
    const d = event.data;
    return withObligations(
      {
        _id: d.archiveSubmissionId,
        tenantId: envelope.tenantId,
        archiveSubmissionId: d.archiveSubmissionId,
        status: 'expected',
        region: d.region,
        kind: d.kind,
        period: d.period,
        scheduleVersion: d.scheduleVersion,
        dueAt: d.deadlines[0].dueAt,
        submission: null,
        deadlines: [],
        nextDueAt: null,
        earliestOwedDueAt: null,
        openedBy: d.openedBy,
        openedAt: d.openedAt,
        updatedAt: envelope.occurredAt,
        revision: envelope.revision.toString(),
      },
      archiveSubmissionObligationChanges(event),
    );
  }
  if (view === null) return null;
  const base = { ...view, updatedAt: envelope.occurredAt, revision: envelope.revision.toString() };
  return withObligations(fieldsAfter(base, event), archiveSubmissionObligationChanges(event));
}

/** What an event changes in the view besides its obligations. */
function fieldsAfter(base: ArchiveSubmissionView, event: ArchiveSubmissionEvent): ArchiveSubmissionView {
  switch (event.type) {
    case 'audit.ArchiveSubmissionSubmitted': {
      const { submittedBy, submittedAt, document, note, late } = event.data;
      return { ...base, status: 'submitted', submission: { submittedBy, submittedAt, document, note, late } };
    }
    case 'audit.ArchiveSubmissionOpened':
    case 'audit.ArchiveSubmissionDeadlineMissed':
      return base;
  }
}
