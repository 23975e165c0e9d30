import { ObligationChange } from '@aftersales/eventsourcing';
import type { ComplaintEvent } from './complaint.decider';

// rule IN-7, IN-8: which complaint events open, meet, miss or end a response obligation
/**
 * Rules IN-7 and IN-8 as obligation changes: the one place that says what a complaint owes after
 * each of its events. The decider's `evolve`, the complaint view and the deadline tracker all fold
 * these (libs/eventsourcing obligations.ts), so they agree by construction.
 */
export function complaintObligationChanges(event: ComplaintEvent): readonly ObligationChange[] {
  switch (event.type) {
    case 'intake.ComplaintRegistered':
      return event.data.deadlines.map((d) => ({ kind: 'open', obligation: d.obligation, dueAt: d.dueAt, responsibleId: event.data.ownerId ?? event.data.registeredBy }));
    case 'intake.ComplaintAcknowledged':
      return [{ kind: 'meet', obligation: 'acknowledge' }];
    case 'intake.ComplaintForwarded':
      // Forwarding to the supervisor also reports the complaint up (IN-7, IN-8).
      return event.data.targets.some((t) => t.target === 'supervisor')
        ? [
            { kind: 'meet', obligation: 'forward' },
            { kind: 'meet', obligation: 'report_up' },
          ]
        : [{ kind: 'meet', obligation: 'forward' }];
    case 'intake.ComplaintEscalated':
      return [{ kind: 'meet', obligation: 'report_up' }];
    case 'intake.DeadlineMissed':
      return [{ kind: 'miss', obligation: event.data.obligation }];
    case 'intake.DeadlinesRecounted':
      return event.data.deadlines.map((d) => ({ kind: 'reschedule', obligation: d.obligation, dueAt: d.dueAt }));
    case 'intake.ComplaintInvalidated':
    case 'intake.ComplaintWithdrawn':
    case 'intake.ComplaintClosed':
      // A complaint that ended owes nothing more (a miss stays on record).
      return [{ kind: 'cancel_all' }];
    case 'intake.AcceptanceDecided':
      return [];
  }
}
