import type { WorkingCalendar } from '@aftersales/calendar';
import { AUDIT_ARCHIVE_SUBMISSION_STREAM_PREFIX } from '@aftersales/contracts';
import { Decider, DomainEvent, InvalidStateError, NotFoundError, ObligationLedger, applyObligationChanges, deterministicUuid, missableRound, wouldBeLate } from '@aftersales/eventsourcing';
import { ARCHIVE_SUBMISSION_TERMINAL_STATUSES, ArchiveSubmissionObligation, ArchiveSubmissionStatus, ArchiveSubmissionTerminalStatus } from './archive-submission';
import { ArchivePeriod, ArchiveSubmissionKind, ExpectedSubmission } from './archive-schedule';
import { archiveSubmissionObligationChanges } from './obligations';
import { AUDIT } from './errors';

/** Every archive submission's stream: the published prefix (libs/contracts, defined once), then its id. */
export { AUDIT_ARCHIVE_SUBMISSION_STREAM_PREFIX };
export const archiveSubmissionStream = (archiveSubmissionId: string): string => `${AUDIT_ARCHIVE_SUBMISSION_STREAM_PREFIX}${archiveSubmissionId}`;

/** One expected submission per tenant, region, kind and period: generating a range again finds it. */
export function archiveSubmissionIdOf(tenantId: string, region: string, expected: Pick<ExpectedSubmission, 'kind' | 'period'>): string {
  return deterministicUuid('audit.archive-submission', tenantId, region, expected.kind, expected.period.key);
}

// ---- events (audit's own store; the public subset is in libs/contracts) ----

export interface ArchiveSubmissionDeadline {
  readonly obligation: ArchiveSubmissionObligation;
  readonly dueAt: string;
}

/** What was handed to the archive: a title and where the archived copy is (a file number, a document-system reference). */
export interface SubmittedDocument {
  readonly title: string;
  readonly reference: string;
}

/** The schedule expects a submission for a period (AU-3): what, for which period, due by when, under which schedule version. */
export type ArchiveSubmissionOpened = DomainEvent<
  'audit.ArchiveSubmissionOpened',
  {
    readonly archiveSubmissionId: string;
    readonly region: string;
    readonly kind: ArchiveSubmissionKind;
    readonly period: ArchivePeriod;
    readonly scheduleVersion: string;
    readonly openedBy: string;
    readonly openedAt: string;
    /** `submit`, due at the end of `period.dueOn` in the region's time zone. */
    readonly deadlines: readonly ArchiveSubmissionDeadline[];
    readonly calendarVersion: string;
  }
>;
/** Who handed what to the archive, and when. */
export type ArchiveSubmissionSubmitted = DomainEvent<
  'audit.ArchiveSubmissionSubmitted',
  {
    readonly archiveSubmissionId: string;
    readonly submittedBy: string;
    readonly submittedAt: string;
    readonly document: SubmittedDocument;
    readonly note: string | null;
    /** Submitted after the `submit` due time. */
    readonly late: boolean;
  }
>;
export type ArchiveSubmissionDeadlineMissed = DomainEvent<
  'audit.ArchiveSubmissionDeadlineMissed',
  { readonly archiveSubmissionId: string; readonly obligation: ArchiveSubmissionObligation; readonly dueAt: string; readonly responsibleId: string }
>;

export type ArchiveSubmissionEvent = ArchiveSubmissionOpened | ArchiveSubmissionSubmitted | ArchiveSubmissionDeadlineMissed;

export const ARCHIVE_SUBMISSION_EVENT_TYPES: readonly ArchiveSubmissionEvent['type'][] = [
  'audit.ArchiveSubmissionOpened',
  'audit.ArchiveSubmissionSubmitted',
  'audit.ArchiveSubmissionDeadlineMissed',
];

// ---- commands (`now` comes in with the command, from the injected clock) ----

export type ArchiveSubmissionCommand =
  | {
      readonly type: 'Open';
      readonly archiveSubmissionId: string;
      readonly region: string;
      readonly expected: ExpectedSubmission;
      readonly openedBy: string;
      readonly now: Date;
      /** The region's calendar (libs/calendar): the due date ends in its time zone. */
      readonly calendar: WorkingCalendar;
    }
  | { readonly type: 'Submit'; readonly archiveSubmissionId: string; readonly submittedBy: string; readonly document: SubmittedDocument; readonly note: string | null; readonly now: Date }
  /** From the deadline scheduler: `now` is the scheduler's clock reading. */
  | { readonly type: 'MarkDeadlineMissed'; readonly archiveSubmissionId: string; readonly obligation: ArchiveSubmissionObligation; readonly now: Date };

// ---- state ----

/** What every archive submission's state holds, whatever its status. */
interface OpenedArchiveSubmission {
  readonly archiveSubmissionId: string;
  readonly region: string;
  readonly kind: ArchiveSubmissionKind;
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

/** What an expected submission owes and by when: the end of its due date in the region's time zone (AU-3). */
export function deadlinesFor(period: ArchivePeriod, calendar: WorkingCalendar): ArchiveSubmissionDeadline[] {
  return [{ obligation: 'submit', dueAt: calendar.endOfLocalDay(period.dueOn).toISOString() }];
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
      // rule AU-3: the schedule expects a submission for a period, due by the policy's date
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
              kind: command.expected.kind,
              period: command.expected.period,
              scheduleVersion: command.expected.scheduleVersion,
              openedBy: command.openedBy,
              openedAt: command.now.toISOString(),
              deadlines: deadlinesFor(command.expected.period, command.calendar),
              calendarVersion: command.calendar.version,
            },
          },
        ];
      }
      // rule AU-3: a submission recorded with who handed what, and when; late after its due time
      case 'Submit': {
        const s = active(state, command.archiveSubmissionId, 'submit');
        return [
          {
            type: 'audit.ArchiveSubmissionSubmitted',
            data: {
              archiveSubmissionId: command.archiveSubmissionId,
              submittedBy: command.submittedBy,
              submittedAt: command.now.toISOString(),
              document: command.document,
              note: command.note,
              late: wouldBeLate(s.obligations, 'submit', command.now),
            },
          },
        ];
      }
      // rule AU-3: a missing submission is flagged once, by the durable deadline scheduler
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
        status: 'expected',
        archiveSubmissionId: d.archiveSubmissionId,
        region: d.region,
        kind: d.kind,
        openedBy: d.openedBy,
        obligations: applyObligationChanges([], archiveSubmissionObligationChanges(event)),
      };
    }
    if (state.status === 'none') return state;
    const s = { ...state, obligations: applyObligationChanges(state.obligations, archiveSubmissionObligationChanges(event)) };
    switch (event.type) {
      case 'audit.ArchiveSubmissionSubmitted':
        return { ...s, status: 'submitted' };
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
