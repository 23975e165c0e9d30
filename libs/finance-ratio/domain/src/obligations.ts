import { ObligationChange } from '@aftersales/eventsourcing';
import type { RatioAlertEvent } from './ratio-alert.decider';

// rule FR-2: which ratio alert events open, meet, miss or end what it owes
/**
 * What a ratio alert owes after each of its events, said once: the decider's `evolve`, the view and
 * the deadline tracker all fold these (libs/eventsourcing obligations.ts), so they agree by
 * construction.
 */
export function ratioAlertObligationChanges(event: RatioAlertEvent): readonly ObligationChange[] {
  switch (event.type) {
    case 'finance-ratio.RatioAlertOpened':
      return event.data.deadlines.map((d) => ({ kind: 'open', obligation: d.obligation, dueAt: d.dueAt, responsibleId: event.data.openedBy }));
    case 'finance-ratio.RatioAlertClosed':
      // Closing resolves it; anything else still open is owed no more (a miss stays on record).
      return [{ kind: 'meet', obligation: 'resolve', late: event.data.late }, { kind: 'cancel_all' }];
    case 'finance-ratio.RatioAlertDeadlineMissed':
      return [{ kind: 'miss', obligation: event.data.obligation }];
  }
}
