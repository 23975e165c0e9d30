import { ObligationChange } from '@aftersales/eventsourcing';
import type { ArchiveSubmissionEvent } from './archive-submission.decider';

// rule AU-3: an expected submission owes `submit` by its due date; submitting meets it, the scheduler's miss flags it once
/**
 * What an archive submission owes after each of its events, said once: the decider's `evolve`, the view and
 * the deadline tracker all fold these (libs/eventsourcing obligations.ts), so they agree by
 * construction.
 */
export function archiveSubmissionObligationChanges(event: ArchiveSubmissionEvent): readonly ObligationChange[] {
  switch (event.type) {
    case 'audit.ArchiveSubmissionOpened':
      return event.data.deadlines.map((d) => ({ kind: 'open', obligation: d.obligation, dueAt: d.dueAt, responsibleId: event.data.openedBy }));
    case 'audit.ArchiveSubmissionSubmitted':
      // Submitting meets it, on time or late (a miss stays on record).
      return [{ kind: 'meet', obligation: 'submit', late: event.data.late }, { kind: 'cancel_all' }];
    case 'audit.ArchiveSubmissionDeadlineMissed':
      return [{ kind: 'miss', obligation: event.data.obligation }];
  }
}
