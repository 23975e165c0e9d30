import type { WorkingCalendar } from '@aftersales/calendar';
import { DISPATCH_WORK_ORDER_STREAM_PREFIX } from '@aftersales/contracts';
import { Decider, DomainEvent, InvalidStateError, NotFoundError, ObligationLedger, applyObligationChanges, deterministicUuid, missableRound, wouldBeLate } from '@aftersales/eventsourcing';
import {
  WORK_ORDER_TERMINAL_STATUSES,
  RESOLVE_WITHIN_WORKING_DAYS,
  WorkOrderObligation,
  WorkOrderStatus,
  WorkOrderTerminalStatus,
} from './work-order';
import { workOrderObligationChanges } from './obligations';
import { DISPATCH } from './errors';

/** Every work order's stream: the published prefix (libs/contracts, defined once), then its id. */
export { DISPATCH_WORK_ORDER_STREAM_PREFIX };
export const workOrderStream = (workOrderId: string): string => `${DISPATCH_WORK_ORDER_STREAM_PREFIX}${workOrderId}`;

// ---- events (dispatch's own store; the public subset is in libs/contracts) ----

export interface WorkOrderDeadline {
  readonly obligation: WorkOrderObligation;
  readonly dueAt: string;
}

export type WorkOrderOpened = DomainEvent<
  'dispatch.WorkOrderOpened',
  {
    readonly workOrderId: string;
    readonly region: string;
    readonly customerId: string;
    readonly subject: string;
    readonly openedBy: string;
    readonly openedAt: string;
    /** What it owes, and by when, computed when it opened in the region's calendar. */
    readonly deadlines: readonly WorkOrderDeadline[];
    readonly calendarVersion: string;
  }
>;
export type WorkOrderClosed = DomainEvent<
  'dispatch.WorkOrderClosed',
  { readonly workOrderId: string; readonly resolution: string; /** Closed after the `resolve` due time. */ readonly late: boolean }
>;
export type WorkOrderDeadlineMissed = DomainEvent<
  'dispatch.WorkOrderDeadlineMissed',
  { readonly workOrderId: string; readonly obligation: WorkOrderObligation; readonly dueAt: string; readonly responsibleId: string }
>;

export type WorkOrderEvent = WorkOrderOpened | WorkOrderClosed | WorkOrderDeadlineMissed;

export const WORK_ORDER_EVENT_TYPES: readonly WorkOrderEvent['type'][] = [
  'dispatch.WorkOrderOpened',
  'dispatch.WorkOrderClosed',
  'dispatch.WorkOrderDeadlineMissed',
];

// ---- commands (`now` comes in with the command, from the injected clock) ----

export type WorkOrderCommand =
  | {
      readonly type: 'Open';
      readonly workOrderId: string;
      readonly region: string;
      readonly customerId: string;
      readonly subject: string;
      readonly openedBy: string;
      readonly now: Date;
      /** The region's working calendar (libs/calendar): due times count its working days. */
      readonly calendar: WorkingCalendar;
    }
  | { readonly type: 'Close'; readonly workOrderId: string; readonly resolution: string; readonly now: Date }
  /** From the deadline scheduler: `now` is the scheduler's clock reading. */
  | { readonly type: 'MarkDeadlineMissed'; readonly workOrderId: string; readonly obligation: WorkOrderObligation; readonly now: Date };

// ---- state ----

/** What every work order's state holds, whatever its status. */
interface OpenedWorkOrder {
  readonly workOrderId: string;
  readonly region: string;
  readonly customerId: string;
  readonly openedBy: string;
  /** What it owes, folded from workOrderObligationChanges (obligations.ts). */
  readonly obligations: ObligationLedger;
}

/** A work order still being handled: commands may move it on. */
export type ActiveWorkOrder = OpenedWorkOrder & { readonly status: Exclude<WorkOrderStatus, WorkOrderTerminalStatus> };
/** A work order that ended: it owes nothing and takes no command. */
export type EndedWorkOrder = OpenedWorkOrder & { readonly status: WorkOrderTerminalStatus };

export type WorkOrderState = { readonly status: 'none' } | ActiveWorkOrder | EndedWorkOrder;

export function hasEnded(state: WorkOrderState): state is EndedWorkOrder {
  return (WORK_ORDER_TERMINAL_STATUSES as readonly string[]).includes(state.status);
}

// ---- rules ----

/** What a new work order owes and by when: the end of the working day RESOLVE_WITHIN_WORKING_DAYS on. */
export function deadlinesFor(openedAt: Date, calendar: WorkingCalendar): WorkOrderDeadline[] {
  return [{ obligation: 'resolve', dueAt: calendar.endOfWorkingDayDeadline(openedAt, RESOLVE_WITHIN_WORKING_DAYS).toISOString() }];
}

/** A command the work order's state does not allow: 409, the code naming the state. */
export function wrongState(state: ActiveWorkOrder | EndedWorkOrder, command: string): InvalidStateError {
  return new InvalidStateError(DISPATCH.WORK_ORDER_IS[state.status], `work order ${state.workOrderId} is ${state.status}; cannot ${command}`, {
    workOrderId: state.workOrderId,
    status: state.status,
    command,
  });
}

function active(state: WorkOrderState, workOrderId: string, command: string): ActiveWorkOrder {
  if (state.status === 'none') throw new NotFoundError(DISPATCH.WORK_ORDER_NOT_FOUND, `work order ${workOrderId} does not exist`, { workOrderId });
  if (hasEnded(state)) throw wrongState(state, command);
  return state;
}

export const workOrderDecider: Decider<WorkOrderCommand, WorkOrderEvent, WorkOrderState> = {
  initialState: () => ({ status: 'none' }),

  decide(command, state): WorkOrderEvent[] {
    switch (command.type) {
      // rule DI-1: a work order is opened with what it owes and by when
      case 'Open': {
        if (state.status !== 'none') {
          throw new InvalidStateError(DISPATCH.WORK_ORDER_EXISTS, `work order ${command.workOrderId} exists already`, { workOrderId: command.workOrderId });
        }
        return [
          {
            type: 'dispatch.WorkOrderOpened',
            data: {
              workOrderId: command.workOrderId,
              region: command.region,
              customerId: command.customerId,
              subject: command.subject,
              openedBy: command.openedBy,
              openedAt: command.now.toISOString(),
              deadlines: deadlinesFor(command.now, command.calendar),
              calendarVersion: command.calendar.version,
            },
          },
        ];
      }
      case 'Close': {
        const s = active(state, command.workOrderId, 'close');
        return [{ type: 'dispatch.WorkOrderClosed', data: { workOrderId: command.workOrderId, resolution: command.resolution, late: wouldBeLate(s.obligations, 'resolve', command.now) } }];
      }
      case 'MarkDeadlineMissed': {
        // Raised once, only for an obligation still open and past due, never for one that ended.
        // Anything else is a no-op, so a racing or repeated scheduler is harmless.
        if (state.status === 'none' || hasEnded(state)) return [];
        const round = missableRound(state.obligations, command.obligation, command.now);
        if (!round) return [];
        return [
          {
            type: 'dispatch.WorkOrderDeadlineMissed',
            // The same miss always gets the same id: the store refuses a second copy.
            id: deterministicUuid(workOrderStream(command.workOrderId), 'deadline-missed', command.obligation, round.dueAt),
            data: { workOrderId: command.workOrderId, obligation: command.obligation, dueAt: round.dueAt, responsibleId: round.responsibleId ?? state.openedBy },
          },
        ];
      }
    }
  },

  evolve(state, event): WorkOrderState {
    if (event.type === 'dispatch.WorkOrderOpened') {
      const d = event.data;
      return {
        status: 'open',
        workOrderId: d.workOrderId,
        region: d.region,
        customerId: d.customerId,
        openedBy: d.openedBy,
        obligations: applyObligationChanges([], workOrderObligationChanges(event)),
      };
    }
    if (state.status === 'none') return state;
    const s = { ...state, obligations: applyObligationChanges(state.obligations, workOrderObligationChanges(event)) };
    switch (event.type) {
      case 'dispatch.WorkOrderClosed':
        return { ...s, status: 'closed' };
      case 'dispatch.WorkOrderDeadlineMissed':
        return s;
      default:
        return unknownEvent(event, s);
    }
  },
};

/** The exhaustiveness check of `evolve`: a new event type that is not handled fails to compile. */
function unknownEvent(event: never, state: WorkOrderState): WorkOrderState {
  void event;
  return state;
}
