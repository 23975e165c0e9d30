import type { WorkingCalendar } from '@aftersales/calendar';
import { AUDIT_ARCHIVE_SUBMISSION_STREAM_PREFIX } from '@aftersales/contracts';
import { Decider, DomainEvent, InvalidStateError, NotFoundError, ObligationLedger, applyObligationChanges, deterministicUuid, missableRound, wouldBeLate } from '@aftersales/eventsourcing';
import {
  ARCHIVE_SUBMISSION_TERMINAL_STATUSES,
  RESOLVE_WITHIN_WORKING_DAYS,
  ArchiveSubmissionObligation,
  ArchiveSubmissionStatus,
  ArchiveSubmissionTerminalStatus,
} from './archive-submission';
import { archiveSubmissionObligationChanges } from './obligations';
import { AUDIT } from './errors';

/** Every archive submission's stream: the published prefix (libs/contracts, defined once), then its id. */
export { AUDIT_ARCHIVE_SUBMISSION_STREAM_PREFIX };
export const archiveSubmissionStream = (archiveSubmissionId: string): string => `${AUDIT_ARCHIVE_SUBMISSION_STREAM_PREFIX}${archiveSubmissionId}`;

// ---- events (audit's own store; the public subset is in libs/contracts) ----

export interface ArchiveSubmissionDeadline {
  readonly obligation: ArchiveSubmissionObligation;
  readonly dueAt: string;
}

export type ArchiveSubmissionOpened = DomainEvent<
  'audit.ArchiveSubmissionOpened',
  {
    readonly archiveSubmissionId: string;
    readonly region: string;
    readonly customerId: string;
    readonly subject: string;
    readonly openedBy: string;
    readonly openedAt: string;
    /** What it owes, and by when, computed when it opened in the region's calendar. */
    readonly deadlines: readonly ArchiveSubmissionDeadline[];
    readonly calendarVersion: string;
  }
>;
export type ArchiveSubmissionClosed = DomainEvent<
  'audit.ArchiveSubmissionClosed',
  { readonly archiveSubmissionId: string; readonly resolution: string; /** Closed after the `resolve` due time. */ readonly late: boolean }
>;
export type ArchiveSubmissionDeadlineMissed = DomainEvent<
  'audit.ArchiveSubmissionDeadlineMissed',
  { readonly archiveSubmissionId: string; readonly obligation: ArchiveSubmissionObligation; readonly dueAt: string; readonly responsibleId: string }
>;

export type ArchiveSubmissionEvent = ArchiveSubmissionOpened | ArchiveSubmissionClosed | ArchiveSubmissionDeadlineMissed;

export const ARCHIVE_SUBMISSION_EVENT_TYPES: readonly ArchiveSubmissionEvent['type'][] = [
  'audit.ArchiveSubmissionOpened',
  'audit.ArchiveSubmissionClosed',
  'audit.ArchiveSubmissionDeadlineMissed',
];

// ---- commands (`now` comes in with the command, from the injected clock) ----

export type ArchiveSubmissionCommand =
  | {
      readonly type: 'Open';
      readonly archiveSubmissionId: string;
      readonly region: string;
      readonly customerId: string;
      readonly subject: string;
      readonly openedBy: string;
      readonly now: Date;
      /** The region's working calendar (libs/calendar): due times count its working days. */
      readonly calendar: WorkingCalendar;
    }
  | { readonly type: 'Close'; readonly archiveSubmissionId: string; readonly resolution: string; readonly now: Date }
  /** From the deadline scheduler: `now` is the scheduler's clock reading. */
  | { readonly type: 'MarkDeadlineMissed'; readonly archiveSubmissionId: string; readonly obligation: ArchiveSubmissionObligation; readonly now: Date };

// ---- state ----

/** What every archive submission's state holds, whatever its status. */
interface OpenedArchiveSubmission {
  readonly archiveSubmissionId: string;
  readonly region: string;
  readonly customerId: string;
  readonly openedBy: string;
  /** What it owes, folded from archiveSubmissionObligationChanges (obligations.ts). */
  readonly obligations: ObligationLedger;
}

/** An archive submission still being handled: commands may move it on. */
export type ActiveArchiveSubmission = OpenedArchiveSubmission & { readonly status: Exclude<ArchiveSubmissionStatus, ArchiveSubmissionTerminalStatus> };
/** An archive submission that ended: it owes nothing and takes no command. */
export type EndedArchiveSubmission = OpenedArchiveSubmission & { readonly status: ArchiveSubmissionTerminalStatus };

export type ArchiveSubmissionState = { readonly status: 'none' } | ActiveArchiveSubmission | EndedArchiveSubmission;

export function hasEnded(state: ArchiveSubmissionState): state is EndedArchiveSubmission {
  return (ARCHIVE_SUBMISSION_TERMINAL_STATUSES as readonly string[]).includes(state.status);
}

// ---- rules ----

/** What a new archive submission owes and by when: the end of the working day RESOLVE_WITHIN_WORKING_DAYS on. */
export function deadlinesFor(openedAt: Date, calendar: WorkingCalendar): ArchiveSubmissionDeadline[] {
  return [{ obligation: 'resolve', dueAt: calendar.endOfWorkingDayDeadline(openedAt, RESOLVE_WITHIN_WORKING_DAYS).toISOString() }];
}

/** A command the archive submission's state does not allow: 409, the code naming the state. */
export function wrongState(state: ActiveArchiveSubmission | EndedArchiveSubmission, command: string): InvalidStateError {
  return new InvalidStateError(AUDIT.ARCHIVE_SUBMISSION_IS[state.status], `archive submission ${state.archiveSubmissionId} is ${state.status}; cannot ${command}`, {
    archiveSubmissionId: state.archiveSubmissionId,
    status: state.status,
    command,
  });
}

function active(state: ArchiveSubmissionState, archiveSubmissionId: string, command: string): ActiveArchiveSubmission {
  if (state.status === 'none') throw new NotFoundError(AUDIT.ARCHIVE_SUBMISSION_NOT_FOUND, `archive submission ${archiveSubmissionId} does not exist`, { archiveSubmissionId });
  if (hasEnded(state)) throw wrongState(state, command);
  return state;
}

export const archiveSubmissionDecider: Decider<ArchiveSubmissionCommand, ArchiveSubmissionEvent, ArchiveSubmissionState> = {
  initialState: () => ({ status: 'none' }),

  decide(command, state): ArchiveSubmissionEvent[] {
    switch (command.type) {
      // rule AU-3: an archive submission is opened with what it owes and by when
      case 'Open': {
        if (state.status !== 'none') {
          throw new InvalidStateError(AUDIT.ARCHIVE_SUBMISSION_EXISTS, `archive submission ${command.archiveSubmissionId} exists already`, { archiveSubmissionId: command.archiveSubmissionId });
        }
        return [
          {
            type: 'audit.ArchiveSubmissionOpened',
            data: {
              archiveSubmissionId: command.archiveSubmissionId,
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
        const s = active(state, command.archiveSubmissionId, 'close');
        return [{ type: 'audit.ArchiveSubmissionClosed', data: { archiveSubmissionId: command.archiveSubmissionId, resolution: command.resolution, late: wouldBeLate(s.obligations, 'resolve', command.now) } }];
      }
      case 'MarkDeadlineMissed': {
        // Raised once, only for an obligation still open and past due, never for one that ended.
        // Anything else is a no-op, so a racing or repeated scheduler is harmless.
        if (state.status === 'none' || hasEnded(state)) return [];
        const round = missableRound(state.obligations, command.obligation, command.now);
        if (!round) return [];
        return [
          {
            type: 'audit.ArchiveSubmissionDeadlineMissed',
            // The same miss always gets the same id: the store refuses a second copy.
            id: deterministicUuid(archiveSubmissionStream(command.archiveSubmissionId), 'deadline-missed', command.obligation, round.dueAt),
            data: { archiveSubmissionId: command.archiveSubmissionId, obligation: command.obligation, dueAt: round.dueAt, responsibleId: round.responsibleId ?? state.openedBy },
          },
        ];
      }
    }
  },

  evolve(state, event): ArchiveSubmissionState {
    if (event.type === 'audit.ArchiveSubmissionOpened') {
      const d = event.data;
      return {
        status: 'open',
        archiveSubmissionId: d.archiveSubmissionId,
        region: d.region,
        customerId: d.customerId,
        openedBy: d.openedBy,
        obligations: applyObligationChanges([], archiveSubmissionObligationChanges(event)),
      };
    }
    if (state.status === 'none') return state;
    const s = { ...state, obligations: applyObligationChanges(state.obligations, archiveSubmissionObligationChanges(event)) };
    switch (event.type) {
      case 'audit.ArchiveSubmissionClosed':
        return { ...s, status: 'closed' };
      case 'audit.ArchiveSubmissionDeadlineMissed':
        return s;
      default:
        return unknownEvent(event, s);
    }
  },
};

/** The exhaustiveness check of `evolve`: a new event type that is not handled fails to compile. */
function unknownEvent(event: never, state: ArchiveSubmissionState): ArchiveSubmissionState {
  void event;
  return state;
}
