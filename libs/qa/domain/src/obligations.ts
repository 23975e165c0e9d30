import { ObligationChange } from '@aftersales/eventsourcing';
import { CAPA_DUE, type CapaEvent } from './capa.decider';
import type { QualityCaseEvent } from './quality-case.decider';
import { solutionObligation } from './quality-case';

// rule QA-3: which case events open, meet, miss, reschedule or end QA's obligations
/**
 * Rule QA-3 as obligation changes: QA's opinion and each instructed department's solution. The
 * case decider's `evolve`, the case view and the deadline tracker all fold these (libs/eventsourcing
 * obligations.ts), so they agree by construction.
 */
export function caseObligationChanges(event: QualityCaseEvent): readonly ObligationChange[] {
  switch (event.type) {
    case 'qa.QualityCaseOpened':
      return event.data.deadlines.map((d) => ({ kind: 'open', obligation: d.obligation, dueAt: d.dueAt }));
    case 'qa.SeverityChanged':
      // What is still owed is owed by the new severity's due times.
      return event.data.rescheduled.map((d) => ({ kind: 'reschedule', obligation: d.obligation, dueAt: d.dueAt }));
    case 'qa.OpinionRecorded':
      return [{ kind: 'meet', obligation: 'qa_opinion', late: event.data.late }];
    case 'qa.DepartmentsInstructed':
    case 'qa.QualityCaseReinstated':
      // A department instructed again owes a new solution; a reinstated case owes its opinion again.
      return event.data.deadlines.map((d) => ({ kind: 'open', obligation: d.obligation, dueAt: d.dueAt }));
    case 'qa.DepartmentFindingsRecorded':
      return [{ kind: 'meet', obligation: solutionObligation(event.data.department), late: event.data.late }];
    case 'qa.DeadlinesRecounted':
      return event.data.deadlines.map((d) => ({ kind: 'reschedule', obligation: d.obligation, dueAt: d.dueAt }));
    case 'qa.DeadlineMissed':
      return [{ kind: 'miss', obligation: event.data.obligation }];
    case 'qa.QualityCaseClosed':
    case 'qa.QualityCaseCancelled':
      return [{ kind: 'cancel_all' }];
    case 'qa.DeterminationMade':
    case 'qa.PreliminaryReportIssued':
    case 'qa.PreliminaryReportApproved':
    case 'qa.PreliminaryReportRejected':
    case 'qa.DispositionDecided':
    case 'qa.CapaLinked':
      return [];
  }
}

// rule QA-4: a CAPA's due date as an obligation, reported overdue once per due time
/**
 * Rule QA-4's due date as obligation changes. A due time already reported overdue is not owed
 * again (`dueOwed: false`): moving the due date back to it, or reopening the CAPA, records that
 * round as missed at once, so the scheduler does not report it a second time.
 */
export function capaObligationChanges(event: CapaEvent): readonly ObligationChange[] {
  switch (event.type) {
    case 'qa.CapaOpened':
      return [{ kind: 'open', obligation: CAPA_DUE, dueAt: event.data.dueAt, responsibleId: event.data.plan.ownerId }];
    case 'qa.CapaUpdated': {
      const d = event.data;
      if (d.changes.dueOn === undefined && d.changes.ownerId === undefined) return [];
      if (!d.dueOwed) {
        return d.changes.dueOn !== undefined
          ? [
              { kind: 'open', obligation: CAPA_DUE, dueAt: d.dueAt, responsibleId: d.ownerId },
              { kind: 'miss', obligation: CAPA_DUE },
            ]
          : [];
      }
      return [{ kind: 'open', obligation: CAPA_DUE, dueAt: d.dueAt, responsibleId: d.ownerId }];
    }
    case 'qa.CapaReopened':
      // Its due date is owed again, unless it was reported overdue already (raised once per due time).
      return event.data.dueOwed ? [{ kind: 'open', obligation: CAPA_DUE, dueAt: event.data.dueAt, responsibleId: event.data.ownerId }] : [];
    case 'qa.CapaOverdue':
      return [{ kind: 'miss', obligation: CAPA_DUE }];
    case 'qa.CapaClosed':
      return [{ kind: 'cancel_all' }];
    case 'qa.CapaVerificationRecorded':
      return [];
  }
}
