import type { WorkingCalendar } from '@aftersales/calendar';
import { WAREHOUSE_RETURNS_RETURN_REQUEST_STREAM_PREFIX } from '@aftersales/contracts';
import { Decider, DomainEvent, InvalidStateError, NotFoundError, ObligationLedger, applyObligationChanges, deterministicUuid, missableRound, wouldBeLate } from '@aftersales/eventsourcing';
import {
  RETURN_REQUEST_TERMINAL_STATUSES,
  RESOLVE_WITHIN_WORKING_DAYS,
  ReturnRequestObligation,
  ReturnRequestStatus,
  ReturnRequestTerminalStatus,
} from './return-request';
import { returnRequestObligationChanges } from './obligations';
import { WAREHOUSE_RETURNS } from './errors';

/** Every return request's stream: the published prefix (libs/contracts, defined once), then its id. */
export { WAREHOUSE_RETURNS_RETURN_REQUEST_STREAM_PREFIX };
export const returnRequestStream = (returnRequestId: string): string => `${WAREHOUSE_RETURNS_RETURN_REQUEST_STREAM_PREFIX}${returnRequestId}`;

// ---- events (warehouse-returns's own store; the public subset is in libs/contracts) ----

export interface ReturnRequestDeadline {
  readonly obligation: ReturnRequestObligation;
  readonly dueAt: string;
}

export type ReturnRequestOpened = DomainEvent<
  'warehouse-returns.ReturnRequestOpened',
  {
    readonly returnRequestId: string;
    readonly region: string;
    readonly customerId: string;
    readonly subject: string;
    readonly openedBy: string;
    readonly openedAt: string;
    /** What it owes, and by when, computed when it opened in the region's calendar. */
    readonly deadlines: readonly ReturnRequestDeadline[];
    readonly calendarVersion: string;
  }
>;
export type ReturnRequestClosed = DomainEvent<
  'warehouse-returns.ReturnRequestClosed',
  { readonly returnRequestId: string; readonly resolution: string; /** Closed after the `resolve` due time. */ readonly late: boolean }
>;
export type ReturnRequestDeadlineMissed = DomainEvent<
  'warehouse-returns.ReturnRequestDeadlineMissed',
  { readonly returnRequestId: string; readonly obligation: ReturnRequestObligation; readonly dueAt: string; readonly responsibleId: string }
>;

export type ReturnRequestEvent = ReturnRequestOpened | ReturnRequestClosed | ReturnRequestDeadlineMissed;

export const RETURN_REQUEST_EVENT_TYPES: readonly ReturnRequestEvent['type'][] = [
  'warehouse-returns.ReturnRequestOpened',
  'warehouse-returns.ReturnRequestClosed',
  'warehouse-returns.ReturnRequestDeadlineMissed',
];

// ---- commands (`now` comes in with the command, from the injected clock) ----

export type ReturnRequestCommand =
  | {
      readonly type: 'Open';
      readonly returnRequestId: string;
      readonly region: string;
      readonly customerId: string;
      readonly subject: string;
      readonly openedBy: string;
      readonly now: Date;
      /** The region's working calendar (libs/calendar): due times count its working days. */
      readonly calendar: WorkingCalendar;
    }
  | { readonly type: 'Close'; readonly returnRequestId: string; readonly resolution: string; readonly now: Date }
  /** From the deadline scheduler: `now` is the scheduler's clock reading. */
  | { readonly type: 'MarkDeadlineMissed'; readonly returnRequestId: string; readonly obligation: ReturnRequestObligation; readonly now: Date };

// ---- state ----

/** What every return request's state holds, whatever its status. */
interface OpenedReturnRequest {
  readonly returnRequestId: string;
  readonly region: string;
  readonly customerId: string;
  readonly openedBy: string;
  /** What it owes, folded from returnRequestObligationChanges (obligations.ts). */
  readonly obligations: ObligationLedger;
}

/** A return request still being handled: commands may move it on. */
export type ActiveReturnRequest = OpenedReturnRequest & { readonly status: Exclude<ReturnRequestStatus, ReturnRequestTerminalStatus> };
/** A return request that ended: it owes nothing and takes no command. */
export type EndedReturnRequest = OpenedReturnRequest & { readonly status: ReturnRequestTerminalStatus };

export type ReturnRequestState = { readonly status: 'none' } | ActiveReturnRequest | EndedReturnRequest;

export function hasEnded(state: ReturnRequestState): state is EndedReturnRequest {
  return (RETURN_REQUEST_TERMINAL_STATUSES as readonly string[]).includes(state.status);
}

// ---- rules ----

/** What a new return request owes and by when: the end of the working day RESOLVE_WITHIN_WORKING_DAYS on. */
export function deadlinesFor(openedAt: Date, calendar: WorkingCalendar): ReturnRequestDeadline[] {
  return [{ obligation: 'resolve', dueAt: calendar.endOfWorkingDayDeadline(openedAt, RESOLVE_WITHIN_WORKING_DAYS).toISOString() }];
}

/** A command the return request's state does not allow: 409, the code naming the state. */
export function wrongState(state: ActiveReturnRequest | EndedReturnRequest, command: string): InvalidStateError {
  return new InvalidStateError(WAREHOUSE_RETURNS.RETURN_REQUEST_IS[state.status], `return request ${state.returnRequestId} is ${state.status}; cannot ${command}`, {
    returnRequestId: state.returnRequestId,
    status: state.status,
    command,
  });
}

function active(state: ReturnRequestState, returnRequestId: string, command: string): ActiveReturnRequest {
  if (state.status === 'none') throw new NotFoundError(WAREHOUSE_RETURNS.RETURN_REQUEST_NOT_FOUND, `return request ${returnRequestId} does not exist`, { returnRequestId });
  if (hasEnded(state)) throw wrongState(state, command);
  return state;
}

export const returnRequestDecider: Decider<ReturnRequestCommand, ReturnRequestEvent, ReturnRequestState> = {
  initialState: () => ({ status: 'none' }),

  decide(command, state): ReturnRequestEvent[] {
    switch (command.type) {
      // rule WR-1: a return request is opened with what it owes and by when
      case 'Open': {
        if (state.status !== 'none') {
          throw new InvalidStateError(WAREHOUSE_RETURNS.RETURN_REQUEST_EXISTS, `return request ${command.returnRequestId} exists already`, { returnRequestId: command.returnRequestId });
        }
        return [
          {
            type: 'warehouse-returns.ReturnRequestOpened',
            data: {
              returnRequestId: command.returnRequestId,
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
        const s = active(state, command.returnRequestId, 'close');
        return [{ type: 'warehouse-returns.ReturnRequestClosed', data: { returnRequestId: command.returnRequestId, resolution: command.resolution, late: wouldBeLate(s.obligations, 'resolve', command.now) } }];
      }
      case 'MarkDeadlineMissed': {
        // Raised once, only for an obligation still open and past due, never for one that ended.
        // Anything else is a no-op, so a racing or repeated scheduler is harmless.
        if (state.status === 'none' || hasEnded(state)) return [];
        const round = missableRound(state.obligations, command.obligation, command.now);
        if (!round) return [];
        return [
          {
            type: 'warehouse-returns.ReturnRequestDeadlineMissed',
            // The same miss always gets the same id: the store refuses a second copy.
            id: deterministicUuid(returnRequestStream(command.returnRequestId), 'deadline-missed', command.obligation, round.dueAt),
            data: { returnRequestId: command.returnRequestId, obligation: command.obligation, dueAt: round.dueAt, responsibleId: round.responsibleId ?? state.openedBy },
          },
        ];
      }
    }
  },

  evolve(state, event): ReturnRequestState {
    if (event.type === 'warehouse-returns.ReturnRequestOpened') {
      const d = event.data;
      return {
        status: 'open',
        returnRequestId: d.returnRequestId,
        region: d.region,
        customerId: d.customerId,
        openedBy: d.openedBy,
        obligations: applyObligationChanges([], returnRequestObligationChanges(event)),
      };
    }
    if (state.status === 'none') return state;
    const s = { ...state, obligations: applyObligationChanges(state.obligations, returnRequestObligationChanges(event)) };
    switch (event.type) {
      case 'warehouse-returns.ReturnRequestClosed':
        return { ...s, status: 'closed' };
      case 'warehouse-returns.ReturnRequestDeadlineMissed':
        return s;
      default:
        return unknownEvent(event, s);
    }
  },
};

/** The exhaustiveness check of `evolve`: a new event type that is not handled fails to compile. */
function unknownEvent(event: never, state: ReturnRequestState): ReturnRequestState {
  void event;
  return state;
}
