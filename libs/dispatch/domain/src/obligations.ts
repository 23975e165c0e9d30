import { ObligationChange } from '@aftersales/eventsourcing';
import type { WorkOrderEvent } from './work-order.decider';

// rule DI-3: the arrival is owed from the first assignment, or from a remote attempt that did not resolve it (an assignment after either hands it to the technician, same due time), and met by the check-in
// rule DI-8: the follow-up call is owed from hand-over and met by the call
/**
 * What a work order owes after each of its events, said once: the decider's `evolve`, the view and
 * the deadline tracker all fold these (libs/eventsourcing obligations.ts), so they agree by
 * construction.
 */
export function workOrderObligationChanges(event: WorkOrderEvent): readonly ObligationChange[] {
  switch (event.type) {
    case 'dispatch.TechnicianAssigned':
      return event.data.reassigned || event.data.arrivalOwedBefore === true
        ? [{ kind: 'reschedule', obligation: 'arrival', dueAt: event.data.arrivalDueAt, responsibleId: event.data.technicianId }]
        : [{ kind: 'open', obligation: 'arrival', dueAt: event.data.arrivalDueAt, responsibleId: event.data.technicianId }];
    case 'dispatch.ArrivedOnSite':
      return [{ kind: 'meet', obligation: 'arrival', late: event.data.late }];
    case 'dispatch.JobStepRecorded':
      return event.data.step === 'hand_over' && event.data.followUpDueAt ? [{ kind: 'open', obligation: 'follow_up', dueAt: event.data.followUpDueAt, responsibleId: null }] : [];
    case 'dispatch.FollowUpCompleted':
      return [{ kind: 'meet', obligation: 'follow_up', late: event.data.late }];
    case 'dispatch.WorkOrderDeadlineMissed':
      return [{ kind: 'miss', obligation: event.data.obligation }];
    case 'dispatch.WorkOrderCancelled':
      return [{ kind: 'cancel_all' }];
    // rule DI-3: a remote attempt that did not resolve it starts the arrival commitment; one that did is a hand-over (the follow-up call is owed)
    case 'dispatch.RemoteAttemptCompleted':
      if (event.data.arrivalDueAt !== null) return [{ kind: 'open', obligation: 'arrival', dueAt: event.data.arrivalDueAt, responsibleId: null }];
      return event.data.followUpDueAt !== null ? [{ kind: 'open', obligation: 'follow_up', dueAt: event.data.followUpDueAt, responsibleId: null }] : [];
    case 'dispatch.WorkOrderCreated':
    case 'dispatch.OutletAssigned':
    case 'dispatch.RemoteAttemptStarted':
    case 'dispatch.ExtraWorkProposed':
    case 'dispatch.ExtraWorkConsentRecorded':
    case 'dispatch.ExtraWorkPerformed':
    case 'dispatch.PartsRecorded':
    case 'dispatch.PartsVarianceApproved':
    case 'dispatch.ChargeRecorded':
    case 'dispatch.SignedOff':
    case 'dispatch.SignOffInvalidated':
    case 'dispatch.Settled':
    case 'dispatch.EquipmentReceiptIssued':
    case 'dispatch.EquipmentReturned':
    case 'dispatch.ReportedBack':
    case 'dispatch.ComplaintFoundOnSite':
    case 'dispatch.ConductRecorded':
    case 'dispatch.WorkOrderClosed':
    case 'dispatch.RevisitLinked':
      return [];
  }
}
