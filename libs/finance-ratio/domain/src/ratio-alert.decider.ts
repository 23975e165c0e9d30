import type { WorkingCalendar } from '@aftersales/calendar';
import { FINANCE_RATIO_RATIO_ALERT_STREAM_PREFIX } from '@aftersales/contracts';
import { Decider, DomainEvent, InvalidStateError, NotFoundError, ObligationLedger, applyObligationChanges, deterministicUuid, missableRound, wouldBeLate } from '@aftersales/eventsourcing';
import {
  RATIO_ALERT_TERMINAL_STATUSES,
  RESOLVE_WITHIN_WORKING_DAYS,
  RatioAlertObligation,
  RatioAlertStatus,
  RatioAlertTerminalStatus,
} from './ratio-alert';
import { ratioAlertObligationChanges } from './obligations';
import { FINANCE_RATIO } from './errors';

/** Every ratio alert's stream: the published prefix (libs/contracts, defined once), then its id. */
export { FINANCE_RATIO_RATIO_ALERT_STREAM_PREFIX };
export const ratioAlertStream = (ratioAlertId: string): string => `${FINANCE_RATIO_RATIO_ALERT_STREAM_PREFIX}${ratioAlertId}`;

// ---- events (finance-ratio's own store; the public subset is in libs/contracts) ----

export interface RatioAlertDeadline {
  readonly obligation: RatioAlertObligation;
  readonly dueAt: string;
}

export type RatioAlertOpened = DomainEvent<
  'finance-ratio.RatioAlertOpened',
  {
    readonly ratioAlertId: string;
    readonly region: string;
    readonly customerId: string;
    readonly subject: string;
    readonly openedBy: string;
    readonly openedAt: string;
    /** What it owes, and by when, computed when it opened in the region's calendar. */
    readonly deadlines: readonly RatioAlertDeadline[];
    readonly calendarVersion: string;
  }
>;
export type RatioAlertClosed = DomainEvent<
  'finance-ratio.RatioAlertClosed',
  { readonly ratioAlertId: string; readonly resolution: string; /** Closed after the `resolve` due time. */ readonly late: boolean }
>;
export type RatioAlertDeadlineMissed = DomainEvent<
  'finance-ratio.RatioAlertDeadlineMissed',
  { readonly ratioAlertId: string; readonly obligation: RatioAlertObligation; readonly dueAt: string; readonly responsibleId: string }
>;

export type RatioAlertEvent = RatioAlertOpened | RatioAlertClosed | RatioAlertDeadlineMissed;

export const RATIO_ALERT_EVENT_TYPES: readonly RatioAlertEvent['type'][] = [
  'finance-ratio.RatioAlertOpened',
  'finance-ratio.RatioAlertClosed',
  'finance-ratio.RatioAlertDeadlineMissed',
];

// ---- commands (`now` comes in with the command, from the injected clock) ----

export type RatioAlertCommand =
  | {
      readonly type: 'Open';
      readonly ratioAlertId: string;
      readonly region: string;
      readonly customerId: string;
      readonly subject: string;
      readonly openedBy: string;
      readonly now: Date;
      /** The region's working calendar (libs/calendar): due times count its working days. */
      readonly calendar: WorkingCalendar;
    }
  | { readonly type: 'Close'; readonly ratioAlertId: string; readonly resolution: string; readonly now: Date }
  /** From the deadline scheduler: `now` is the scheduler's clock reading. */
  | { readonly type: 'MarkDeadlineMissed'; readonly ratioAlertId: string; readonly obligation: RatioAlertObligation; readonly now: Date };

// ---- state ----

/** What every ratio alert's state holds, whatever its status. */
interface OpenedRatioAlert {
  readonly ratioAlertId: string;
  readonly region: string;
  readonly customerId: string;
  readonly openedBy: string;
  /** What it owes, folded from ratioAlertObligationChanges (obligations.ts). */
  readonly obligations: ObligationLedger;
}

/** A ratio alert still being handled: commands may move it on. */
export type ActiveRatioAlert = OpenedRatioAlert & { readonly status: Exclude<RatioAlertStatus, RatioAlertTerminalStatus> };
/** A ratio alert that ended: it owes nothing and takes no command. */
export type EndedRatioAlert = OpenedRatioAlert & { readonly status: RatioAlertTerminalStatus };

export type RatioAlertState = { readonly status: 'none' } | ActiveRatioAlert | EndedRatioAlert;

export function hasEnded(state: RatioAlertState): state is EndedRatioAlert {
  return (RATIO_ALERT_TERMINAL_STATUSES as readonly string[]).includes(state.status);
}

// ---- rules ----

/** What a new ratio alert owes and by when: the end of the working day RESOLVE_WITHIN_WORKING_DAYS on. */
export function deadlinesFor(openedAt: Date, calendar: WorkingCalendar): RatioAlertDeadline[] {
  return [{ obligation: 'resolve', dueAt: calendar.endOfWorkingDayDeadline(openedAt, RESOLVE_WITHIN_WORKING_DAYS).toISOString() }];
}

/** A command the ratio alert's state does not allow: 409, the code naming the state. */
export function wrongState(state: ActiveRatioAlert | EndedRatioAlert, command: string): InvalidStateError {
  return new InvalidStateError(FINANCE_RATIO.RATIO_ALERT_IS[state.status], `ratio alert ${state.ratioAlertId} is ${state.status}; cannot ${command}`, {
    ratioAlertId: state.ratioAlertId,
    status: state.status,
    command,
  });
}

function active(state: RatioAlertState, ratioAlertId: string, command: string): ActiveRatioAlert {
  if (state.status === 'none') throw new NotFoundError(FINANCE_RATIO.RATIO_ALERT_NOT_FOUND, `ratio alert ${ratioAlertId} does not exist`, { ratioAlertId });
  if (hasEnded(state)) throw wrongState(state, command);
  return state;
}

export const ratioAlertDecider: Decider<RatioAlertCommand, RatioAlertEvent, RatioAlertState> = {
  initialState: () => ({ status: 'none' }),

  decide(command, state): RatioAlertEvent[] {
    switch (command.type) {
      // rule FR-2: a ratio alert is opened with what it owes and by when
      case 'Open': {
        if (state.status !== 'none') {
          throw new InvalidStateError(FINANCE_RATIO.RATIO_ALERT_EXISTS, `ratio alert ${command.ratioAlertId} exists already`, { ratioAlertId: command.ratioAlertId });
        }
        return [
          {
            type: 'finance-ratio.RatioAlertOpened',
            data: {
              ratioAlertId: command.ratioAlertId,
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
        const s = active(state, command.ratioAlertId, 'close');
        return [{ type: 'finance-ratio.RatioAlertClosed', data: { ratioAlertId: command.ratioAlertId, resolution: command.resolution, late: wouldBeLate(s.obligations, 'resolve', command.now) } }];
      }
      case 'MarkDeadlineMissed': {
        // Raised once, only for an obligation still open and past due, never for one that ended.
        // Anything else is a no-op, so a racing or repeated scheduler is harmless.
        if (state.status === 'none' || hasEnded(state)) return [];
        const round = missableRound(state.obligations, command.obligation, command.now);
        if (!round) return [];
        return [
          {
            type: 'finance-ratio.RatioAlertDeadlineMissed',
            // The same miss always gets the same id: the store refuses a second copy.
            id: deterministicUuid(ratioAlertStream(command.ratioAlertId), 'deadline-missed', command.obligation, round.dueAt),
            data: { ratioAlertId: command.ratioAlertId, obligation: command.obligation, dueAt: round.dueAt, responsibleId: round.responsibleId ?? state.openedBy },
          },
        ];
      }
    }
  },

  evolve(state, event): RatioAlertState {
    if (event.type === 'finance-ratio.RatioAlertOpened') {
      const d = event.data;
      return {
        status: 'open',
        ratioAlertId: d.ratioAlertId,
        region: d.region,
        customerId: d.customerId,
        openedBy: d.openedBy,
        obligations: applyObligationChanges([], ratioAlertObligationChanges(event)),
      };
    }
    if (state.status === 'none') return state;
    const s = { ...state, obligations: applyObligationChanges(state.obligations, ratioAlertObligationChanges(event)) };
    switch (event.type) {
      case 'finance-ratio.RatioAlertClosed':
        return { ...s, status: 'closed' };
      case 'finance-ratio.RatioAlertDeadlineMissed':
        return s;
      default:
        return unknownEvent(event, s);
    }
  },
};

/** The exhaustiveness check of `evolve`: a new event type that is not handled fails to compile. */
function unknownEvent(event: never, state: RatioAlertState): RatioAlertState {
  void event;
  return state;
}
