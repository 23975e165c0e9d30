import { ObligationChange } from '@aftersales/eventsourcing';
import type { WorkOrderEvent } from './work-order.decider';

// rule DI-1: which work order events open, meet, miss or end what it owes
/**
 * What a work order owes after each of its events, said once: the decider's `evolve`, the view and
 * the deadline tracker all fold these (libs/eventsourcing obligations.ts), so they agree by
 * construction.
 */
export function workOrderObligationChanges(event: WorkOrderEvent): readonly ObligationChange[] {
  switch (event.type) {
    case 'dispatch.WorkOrderOpened':
      return event.data.deadlines.map((d) => ({ kind: 'open', obligation: d.obligation, dueAt: d.dueAt, responsibleId: event.data.openedBy }));
    case 'dispatch.WorkOrderClosed':
      // Closing resolves it; anything else still open is owed no more (a miss stays on record).
      return [{ kind: 'meet', obligation: 'resolve', late: event.data.late }, { kind: 'cancel_all' }];
    case 'dispatch.WorkOrderDeadlineMissed':
      return [{ kind: 'miss', obligation: event.data.obligation }];
  }
}
