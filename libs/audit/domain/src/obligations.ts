import { ObligationChange } from '@aftersales/eventsourcing';
import type { ArchiveSubmissionEvent } from './archive-submission.decider';

// rule AU-3: which archive submission events open, meet, miss or end what it owes
/**
 * What an archive submission owes after each of its events, said once: the decider's `evolve`, the view and
 * the deadline tracker all fold these (libs/eventsourcing obligations.ts), so they agree by
 * construction.
 */
export function archiveSubmissionObligationChanges(event: ArchiveSubmissionEvent): readonly ObligationChange[] {
  switch (event.type) {
    case 'audit.ArchiveSubmissionOpened':
      return event.data.deadlines.map((d) => ({ kind: 'open', obligation: d.obligation, dueAt: d.dueAt, responsibleId: event.data.openedBy }));
    case 'audit.ArchiveSubmissionClosed':
      // Closing resolves it; anything else still open is owed no more (a miss stays on record).
      return [{ kind: 'meet', obligation: 'resolve', late: event.data.late }, { kind: 'cancel_all' }];
    case 'audit.ArchiveSubmissionDeadlineMissed':
      return [{ kind: 'miss', obligation: event.data.obligation }];
  }
}
