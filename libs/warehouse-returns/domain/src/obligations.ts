import { ObligationChange } from '@aftersales/eventsourcing';
import type { ReturnRequestEvent } from './return-request.decider';

// rule WR-6: booking opens the return note's due time; sending it meets it; a miss is recorded once
/**
 * What a return request owes after each of its events, said once: the decider's `evolve`, the view and
 * the deadline tracker all fold these (libs/eventsourcing obligations.ts), so they agree by
 * construction.
 */
export function returnRequestObligationChanges(event: ReturnRequestEvent): readonly ObligationChange[] {
  switch (event.type) {
    case 'warehouse-returns.ReturnBookedIn':
      return event.data.deadlines.map((d) => ({ kind: 'open', obligation: d.obligation, dueAt: d.dueAt, responsibleId: event.data.bookedBy }));
    case 'warehouse-returns.ReturnNoteSent':
      return [{ kind: 'meet', obligation: 'return_note', late: event.data.late }, { kind: 'cancel_all' }];
    case 'warehouse-returns.ReturnRequestDeadlineMissed':
      return [{ kind: 'miss', obligation: event.data.obligation }];
    default:
      return [];
  }
}
