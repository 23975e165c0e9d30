import { ObligationChange } from '@aftersales/eventsourcing';
import type { ReturnRequestEvent } from './return-request.decider';

// rule WR-1: which return request events open, meet, miss or end what it owes
/**
 * What a return request owes after each of its events, said once: the decider's `evolve`, the view and
 * the deadline tracker all fold these (libs/eventsourcing obligations.ts), so they agree by
 * construction.
 */
export function returnRequestObligationChanges(event: ReturnRequestEvent): readonly ObligationChange[] {
  switch (event.type) {
    case 'warehouse-returns.ReturnRequestOpened':
      return event.data.deadlines.map((d) => ({ kind: 'open', obligation: d.obligation, dueAt: d.dueAt, responsibleId: event.data.openedBy }));
    case 'warehouse-returns.ReturnRequestClosed':
      // Closing resolves it; anything else still open is owed no more (a miss stays on record).
      return [{ kind: 'meet', obligation: 'resolve', late: event.data.late }, { kind: 'cancel_all' }];
    case 'warehouse-returns.ReturnRequestDeadlineMissed':
      return [{ kind: 'miss', obligation: event.data.obligation }];
  }
}
