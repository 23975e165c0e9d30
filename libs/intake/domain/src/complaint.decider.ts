import type { WorkingCalendar } from '@aftersales/calendar';
import { COMPLAINT_STREAM_PREFIX } from '@aftersales/contracts';
import { Decider, DomainError, DomainEvent, InvalidStateError, NotFoundError, ObligationLedger, applyObligationChanges, deterministicUuid, latestRound, missableRound } from '@aftersales/eventsourcing';
import { AcceptanceReason, evaluateAcceptance, policyVersionOf } from './acceptance';
import {
  AcceptanceKind,
  ComplaintFacts,
  ComplaintStatus,
  DeadOnArrivalClaim,
  ForwardTarget,
  InvalidityReason,
  Obligation,
  Severity,
  SuspectedCause,
  TERMINAL_STATUSES,
  TerminalStatus,
  WarrantyCard,
} from './complaint';
import { complaintObligationChanges } from './obligations';
import { HoursRule, IntakePolicy } from './policy/policy';
import { INTAKE } from './errors';

/** Every complaint's stream: the published prefix (libs/contracts, defined once), then its id. */
export { COMPLAINT_STREAM_PREFIX };
export const complaintStream = (complaintId: string): string => `${COMPLAINT_STREAM_PREFIX}${complaintId}`;

// ---- events (intake's own store; the public subset is in libs/contracts) ----

export interface DeadlineDue {
  readonly obligation: Obligation;
  readonly dueAt: string;
}

export interface RepeatLink {
  readonly complaintId: string;
  readonly receivedAt: string;
  /** `serial` when the serial numbers match, `customer_model` when neither case had one. */
  readonly matchedOn: 'serial' | 'customer_model';
}

export type ComplaintRegistered = DomainEvent<
  'intake.ComplaintRegistered',
  {
    readonly complaintId: string;
    readonly facts: ComplaintFacts;
    /** Rule IN-9. */
    readonly highPriority: boolean;
    readonly ownerId: string | null;
    readonly registeredBy: string;
    /** Rule IN-10. */
    readonly repeatOf: RepeatLink | null;
    /** Rules IN-7, IN-8: what is owed, and by when, computed at registration. */
    readonly deadlines: readonly DeadlineDue[];
    readonly calendarVersion: string;
  }
>;

export type AcceptanceDecided = DomainEvent<
  'intake.AcceptanceDecided',
  {
    readonly complaintId: string;
    readonly kind: AcceptanceKind;
    readonly reasons: readonly AcceptanceReason[];
    readonly policyVersion: string;
    /** A digest of the policy document's content: tells apart two edits that kept the version. */
    readonly policyDigest: string;
    readonly calendarVersion: string;
    readonly decidedBy: 'policy' | 'supervisor';
    readonly previousKind: AcceptanceKind | null;
    readonly justification: string | null;
    readonly corrections: FactCorrections | null;
    /** What a decision is about, so the event is understood (and published) on its own. */
    readonly subject: AcceptanceSubject;
  }
>;

export interface AcceptanceSubject {
  readonly category: ComplaintFacts['category'];
  readonly severity: Severity;
  readonly customerId: string;
  readonly product: Pick<ComplaintFacts['product'], 'model' | 'serialNumber' | 'partNumber' | 'contractNumber' | 'productLine'>;
  readonly defectiveQuantity: number;
  readonly defectNature: string;
  readonly requestedResolution: ComplaintFacts['requestedResolution'];
  readonly highPriority: boolean;
  readonly receivedAt: string;
  /** Who answers for the complaint (IN-9), and who registered it: the people QA lets read its case. Absent on events before 2026-12. */
  readonly ownerId?: string | null;
  readonly registeredBy?: string | null;
  /** What QA's feedback form shows (IN-2, QA-1). Absent on events before 2026-12. */
  readonly customerName?: string | null;
  readonly defectLocation?: string | null;
  readonly description?: string | null;
}

function subjectOf(
  facts: ComplaintFacts,
  severity: Severity,
  highPriority: boolean,
  people: { ownerId: string | null; registeredBy: string | null },
): AcceptanceSubject {
  const { model, serialNumber, partNumber, contractNumber, productLine } = facts.product;
  return {
    category: facts.category,
    severity,
    customerId: facts.customer.id,
    product: { model, serialNumber, partNumber, contractNumber, productLine },
    defectiveQuantity: facts.defectiveQuantity,
    defectNature: facts.defect.nature,
    requestedResolution: facts.requestedResolution,
    highPriority,
    receivedAt: facts.receivedAt,
    ownerId: people.ownerId,
    registeredBy: people.registeredBy,
    customerName: facts.customer.name,
    defectLocation: facts.defect.location,
    description: facts.description,
  };
}

export type ComplaintAcknowledged = DomainEvent<'intake.ComplaintAcknowledged', { readonly complaintId: string; readonly note: string | null }>;
export type ComplaintForwarded = DomainEvent<
  'intake.ComplaintForwarded',
  { readonly complaintId: string; readonly targets: readonly { readonly target: ForwardTarget; readonly personId: string | null }[]; readonly note: string | null }
>;
export type ComplaintInvalidated = DomainEvent<
  'intake.ComplaintInvalidated',
  { readonly complaintId: string; readonly reason: InvalidityReason; readonly explanationToCustomer: string }
>;
export type ComplaintWithdrawn = DomainEvent<'intake.ComplaintWithdrawn', { readonly complaintId: string; readonly reason: string }>;
export type ComplaintEscalated = DomainEvent<
  'intake.ComplaintEscalated',
  { readonly complaintId: string; readonly to: string; readonly reason: string; readonly severity: Severity; readonly level: number }
>;
export type ComplaintClosed = DomainEvent<'intake.ComplaintClosed', { readonly complaintId: string; readonly resolutionSummary: string }>;
export type DeadlineMissed = DomainEvent<
  'intake.DeadlineMissed',
  { readonly complaintId: string; readonly obligation: Obligation; readonly dueAt: string; readonly responsibleId: string | null }
>;

/**
 * An administrator had the deadlines still running counted again on the calendar in force (issue
 * 17, ADR 013): a deadline otherwise keeps the calendar version it was computed with.
 */
export type DeadlinesRecounted = DomainEvent<
  'intake.DeadlinesRecounted',
  {
    readonly complaintId: string;
    /** Every obligation still open, with its due time before and after (equal when the new data changed nothing for it). */
    readonly deadlines: readonly (DeadlineDue & { readonly previousDueAt: string })[];
    readonly calendarVersion: string;
    readonly previousCalendarVersion: string;
    readonly reason: string;
  }
>;

export type ComplaintEvent =
  | ComplaintRegistered
  | AcceptanceDecided
  | ComplaintAcknowledged
  | ComplaintForwarded
  | ComplaintInvalidated
  | ComplaintWithdrawn
  | ComplaintEscalated
  | ComplaintClosed
  | DeadlineMissed
  | DeadlinesRecounted;

export const COMPLAINT_EVENT_TYPES: readonly ComplaintEvent['type'][] = [
  'intake.ComplaintRegistered',
  'intake.AcceptanceDecided',
  'intake.ComplaintAcknowledged',
  'intake.ComplaintForwarded',
  'intake.ComplaintInvalidated',
  'intake.ComplaintWithdrawn',
  'intake.ComplaintEscalated',
  'intake.ComplaintClosed',
  'intake.DeadlineMissed',
  'intake.DeadlinesRecounted',
];

// ---- commands ----

/** What a supervisor may correct when reassessing (rule IN-4/IN-5 evidence found after registration). */
export interface FactCorrections {
  readonly suspectedCause?: SuspectedCause;
  readonly usedAsInstructed?: boolean;
  readonly deadOnArrival?: DeadOnArrivalClaim;
  readonly warrantyCard?: WarrantyCard;
}

/** The decision context a command handler supplies: the policy and the region's calendar in force. */
export interface PolicyContext {
  readonly policy: IntakePolicy;
  /** The content digest of the policy document (policy.provider computes it when loading). */
  readonly policyDigest: string;
  readonly calendar: WorkingCalendar;
}

export type ComplaintCommand =
  | {
      readonly type: 'Register';
      readonly complaintId: string;
      readonly facts: ComplaintFacts;
      readonly repeatOf: RepeatLink | null;
      readonly registeredBy: string;
      readonly context: PolicyContext;
    }
  | {
      readonly type: 'Reassess';
      readonly complaintId: string;
      readonly corrections: FactCorrections;
      /** A supervisor's own decision, replacing the policy's outcome; needs a justification. */
      readonly override: { readonly kind: AcceptanceKind; readonly justification: string } | null;
      /** Why the policy is re-run without an override (an override's justification is its reason). */
      readonly reason: string | null;
      readonly context: PolicyContext;
    }
  | { readonly type: 'Acknowledge'; readonly complaintId: string; readonly note: string | null }
  | {
      readonly type: 'Forward';
      readonly complaintId: string;
      readonly targets: readonly { readonly target: ForwardTarget; readonly personId: string | null }[];
      readonly note: string | null;
    }
  | { readonly type: 'Invalidate'; readonly complaintId: string; readonly reason: InvalidityReason; readonly explanationToCustomer: string }
  | { readonly type: 'Withdraw'; readonly complaintId: string; readonly reason: string }
  | { readonly type: 'Escalate'; readonly complaintId: string; readonly to: string; readonly reason: string; readonly severity: Severity | null }
  | { readonly type: 'Close'; readonly complaintId: string; readonly resolutionSummary: string }
  /** From the deadline scheduler: `now` is the scheduler's clock reading. */
  | { readonly type: 'MarkDeadlineMissed'; readonly complaintId: string; readonly obligation: Obligation; readonly now: Date }
  /** An administrator's recount of the deadlines still running, on the calendar (and policy) in force. */
  | { readonly type: 'RecountDeadlines'; readonly complaintId: string; readonly reason: string; readonly context: PolicyContext };

// ---- state ----

/** What every registered complaint's state holds, whatever its status. */
interface RegisteredComplaint {
  readonly complaintId: string;
  readonly facts: ComplaintFacts;
  readonly acceptance: AcceptanceKind;
  readonly severity: Severity;
  readonly ownerId: string | null;
  readonly highPriority: boolean;
  readonly registeredBy: string | null;
  readonly escalations: number;
  /** Rules IN-7, IN-8: what it owes, folded from complaintObligationChanges (obligations.ts). */
  readonly obligations: ObligationLedger;
  /** The calendar version its deadlines were computed with (at registration, or the last recount). */
  readonly deadlinesCalendarVersion: string;
}

/** A complaint still being handled: commands may move it on. */
export type ActiveComplaint = RegisteredComplaint & { readonly status: Exclude<ComplaintStatus, TerminalStatus> };
/** A complaint that ended (closed, invalid, withdrawn): it owes nothing and takes no command. */
export type EndedComplaint = RegisteredComplaint & { readonly status: TerminalStatus };

export type ComplaintState = { readonly status: 'none' } | ActiveComplaint | EndedComplaint;

export function hasEnded(state: ComplaintState): state is EndedComplaint {
  return (TERMINAL_STATUSES as readonly string[]).includes(state.status);
}

// ---- rules ----

/** Rule IN-7: an hours deadline, wall clock or business hours as the policy says. */
function hoursDeadline(from: Date, rule: HoursRule, calendar: WorkingCalendar): string {
  const due = rule.clock === 'wall' ? new Date(from.getTime() + rule.hours * 3_600_000) : calendar.addBusinessHours(from, rule.hours);
  return due.toISOString();
}

// rule IN-7, IN-8: what a new complaint owes and by when
/** Rules IN-7 and IN-8: the obligations a new complaint carries and their due times. */
export function deadlinesFor(facts: ComplaintFacts, policy: IntakePolicy, calendar: WorkingCalendar): DeadlineDue[] {
  const receivedAt = new Date(facts.receivedAt);
  const deadlines: DeadlineDue[] = [
    { obligation: 'acknowledge', dueAt: hoursDeadline(receivedAt, policy.response.acknowledge, calendar) },
    { obligation: 'report_up', dueAt: hoursDeadline(receivedAt, policy.response.reportUp, calendar) },
  ];
  if (policy.response.forward.categories.includes(facts.category)) {
    deadlines.push({ obligation: 'forward', dueAt: calendar.endOfWorkingDayDeadline(receivedAt, policy.response.forward.workingDays).toISOString() });
  }
  return deadlines;
}

// rule IN-9: priority and a named owner for key customers
/** Rule IN-9: the policy's high-value tiers get priority and a named owner (the registrar when none is given). */
function priorityOf(facts: ComplaintFacts, policy: IntakePolicy, registeredBy: string): { highPriority: boolean; ownerId: string | null } {
  const highPriority = policy.priority.highValueTiers.includes(facts.customer.tier);
  return { highPriority, ownerId: facts.ownerId ?? (highPriority ? registeredBy : null) };
}

/** A command the complaint's state does not allow: 409, the code naming the state (e.g. INTAKE.COMPLAINT_IS_CLOSED). */
export function wrongState(state: ActiveComplaint | EndedComplaint, command: string): InvalidStateError {
  return new InvalidStateError(INTAKE.COMPLAINT_IS[state.status], `complaint ${state.complaintId} is ${state.status}; cannot ${command}`, {
    complaintId: state.complaintId,
    status: state.status,
    command,
  });
}

function open(state: ComplaintState, complaintId: string, command: string, allowed?: readonly ActiveComplaint['status'][]): ActiveComplaint {
  if (state.status === 'none') throw new NotFoundError(INTAKE.COMPLAINT_NOT_FOUND, `complaint ${complaintId} does not exist`, { complaintId });
  if (hasEnded(state) || (allowed && !allowed.includes(state.status))) throw wrongState(state, command);
  return state;
}

function decision(
  complaintId: string,
  facts: ComplaintFacts,
  context: PolicyContext,
  extra: Pick<AcceptanceDecided['data'], 'decidedBy' | 'previousKind' | 'justification' | 'corrections' | 'subject'>,
  override: { kind: AcceptanceKind; justification: string } | null,
): AcceptanceDecided {
  const evaluation = evaluateAcceptance(facts, context.policy, context.calendar);
  const reasons: readonly AcceptanceReason[] = override
    ? [...evaluation.reasons, { rule: 'IN-3', code: 'SUPERVISOR_OVERRIDE', details: { policyKind: evaluation.kind, justification: override.justification } }]
    : evaluation.reasons;
  const policyVersion = policyVersionOf(context.policy);
  return {
    type: 'intake.AcceptanceDecided',
    policyVersion,
    data: {
      complaintId,
      kind: override ? override.kind : evaluation.kind,
      reasons,
      policyVersion,
      policyDigest: context.policyDigest,
      calendarVersion: context.calendar.version,
      ...extra,
    },
  };
}

export const complaintDecider: Decider<ComplaintCommand, ComplaintEvent, ComplaintState> = {
  initialState: () => ({ status: 'none' }),

  decide(command, state): ComplaintEvent[] {
    switch (command.type) {
      // rule IN-1, IN-2: a complaint is registered from its channel with what it records
      case 'Register': {
        if (state.status !== 'none') throw new InvalidStateError(INTAKE.COMPLAINT_EXISTS, `complaint ${command.complaintId} is already registered`, { complaintId: command.complaintId });
        const { policy, calendar } = command.context;
        const { highPriority, ownerId } = priorityOf(command.facts, policy, command.registeredBy);
        return [
          {
            type: 'intake.ComplaintRegistered',
            data: {
              complaintId: command.complaintId,
              facts: command.facts,
              highPriority,
              ownerId,
              registeredBy: command.registeredBy,
              repeatOf: command.repeatOf,
              deadlines: deadlinesFor(command.facts, policy, calendar),
              calendarVersion: calendar.version,
            },
            policyVersion: policyVersionOf(policy),
          },
          decision(
            command.complaintId,
            command.facts,
            command.context,
            { decidedBy: 'policy', previousKind: null, justification: null, corrections: null, subject: subjectOf(command.facts, command.facts.severity, highPriority, { ownerId, registeredBy: command.registeredBy }) },
            null,
          ),
        ];
      }
      case 'Reassess': {
        const s = open(state, command.complaintId, 'reassess');
        // A reassessment takes back or confirms a decision someone relied on (IN-3..IN-5): it says why.
        const justification = command.override?.justification ?? command.reason;
        if (!justification?.trim()) {
          throw new DomainError(INTAKE.REASSESSMENT_REASON_REQUIRED, `a reassessment of complaint ${command.complaintId} needs an override or a reason`, {
            complaintId: command.complaintId,
          });
        }
        const facts: ComplaintFacts = { ...s.facts, ...command.corrections };
        const hasCorrections = Object.keys(command.corrections).length > 0;
        return [
          decision(
            command.complaintId,
            facts,
            command.context,
            {
              decidedBy: 'supervisor',
              previousKind: s.acceptance,
              justification,
              corrections: hasCorrections ? command.corrections : null,
              subject: subjectOf(facts, s.severity, s.highPriority, { ownerId: s.ownerId, registeredBy: s.registeredBy }),
            },
            command.override,
          ),
        ];
      }
      case 'Acknowledge': {
        open(state, command.complaintId, 'acknowledge', ['registered']);
        return [{ type: 'intake.ComplaintAcknowledged', data: { complaintId: command.complaintId, note: command.note } }];
      }
      case 'Forward': {
        // Rule IN-8: once the customer has been answered, the rep forwards the case to the
        // supervisor and the sales assistant, once.
        open(state, command.complaintId, 'forward', ['acknowledged']);
        return [{ type: 'intake.ComplaintForwarded', data: { complaintId: command.complaintId, targets: command.targets, note: command.note } }];
      }
      // rule IN-6: the complaint does not stand; the customer gets the explanation
      case 'Invalidate': {
        open(state, command.complaintId, 'invalidate');
        return [
          {
            type: 'intake.ComplaintInvalidated',
            data: { complaintId: command.complaintId, reason: command.reason, explanationToCustomer: command.explanationToCustomer },
          },
        ];
      }
      case 'Withdraw': {
        open(state, command.complaintId, 'withdraw');
        return [{ type: 'intake.ComplaintWithdrawn', data: { complaintId: command.complaintId, reason: command.reason } }];
      }
      case 'Escalate': {
        // Rule IN-7: reported up; a repeated escalation goes one level higher.
        const s = open(state, command.complaintId, 'escalate');
        const severity: Severity = command.severity ?? s.severity;
        return [
          {
            type: 'intake.ComplaintEscalated',
            data: { complaintId: command.complaintId, to: command.to, reason: command.reason, severity, level: s.escalations + 1 },
          },
        ];
      }
      case 'Close': {
        // A complaint closes once someone has answered the customer.
        open(state, command.complaintId, 'close', ['acknowledged', 'forwarded']);
        return [{ type: 'intake.ComplaintClosed', data: { complaintId: command.complaintId, resolutionSummary: command.resolutionSummary } }];
      }
      case 'MarkDeadlineMissed': {
        // Rules IN-7, IN-8: raised once, only for an obligation still open and past due, never
        // for a closed case. Anything else is a no-op, so a racing or repeated scheduler is harmless.
        if (state.status === 'none' || hasEnded(state)) return [];
        const round = missableRound(state.obligations, command.obligation, command.now);
        if (!round) return [];
        return [
          {
            type: 'intake.DeadlineMissed',
            // The same miss always gets the same id: the store refuses a second copy.
            id: deterministicUuid(complaintStream(command.complaintId), 'deadline-missed', command.obligation, round.dueAt),
            data: {
              complaintId: command.complaintId,
              obligation: command.obligation,
              dueAt: round.dueAt,
              responsibleId: state.ownerId ?? state.registeredBy,
            },
          },
        ];
      }
      // rule IN-7, IN-8: deadlines still running keep their calendar version unless an administrator has them counted again
      case 'RecountDeadlines': {
        const s = open(state, command.complaintId, 'recount deadlines');
        const { policy, calendar } = command.context;
        const deadlines = deadlinesFor(s.facts, policy, calendar).flatMap((d) => {
          const round = latestRound(s.obligations, d.obligation);
          return round?.state === 'open' ? [{ obligation: d.obligation, dueAt: d.dueAt, previousDueAt: round.dueAt }] : [];
        });
        return [
          {
            type: 'intake.DeadlinesRecounted',
            policyVersion: policyVersionOf(policy),
            data: { complaintId: s.complaintId, deadlines, calendarVersion: calendar.version, previousCalendarVersion: s.deadlinesCalendarVersion, reason: command.reason },
          },
        ];
      }
    }
  },

  evolve(state, event): ComplaintState {
    if (event.type === 'intake.ComplaintRegistered') {
      const d = event.data;
      return {
        status: 'registered',
        complaintId: d.complaintId,
        facts: d.facts,
        acceptance: 'needs_review',
        severity: d.facts.severity,
        ownerId: d.ownerId,
        highPriority: d.highPriority,
        registeredBy: d.registeredBy,
        escalations: 0,
        obligations: applyObligationChanges([], complaintObligationChanges(event)),
        deadlinesCalendarVersion: d.calendarVersion,
      };
    }
    if (state.status === 'none') return state;
    const s = { ...state, obligations: applyObligationChanges(state.obligations, complaintObligationChanges(event)) };
    switch (event.type) {
      case 'intake.AcceptanceDecided':
        return { ...s, acceptance: event.data.kind, facts: { ...s.facts, ...(event.data.corrections ?? {}) } };
      case 'intake.ComplaintAcknowledged':
        return { ...s, status: 'acknowledged' };
      case 'intake.ComplaintForwarded':
        return { ...s, status: 'forwarded' };
      case 'intake.ComplaintInvalidated':
        return { ...s, status: 'invalid' };
      case 'intake.ComplaintWithdrawn':
        return { ...s, status: 'withdrawn' };
      case 'intake.ComplaintEscalated':
        return { ...s, severity: event.data.severity, escalations: event.data.level };
      case 'intake.ComplaintClosed':
        return { ...s, status: 'closed' };
      case 'intake.DeadlineMissed':
        return s;
      case 'intake.DeadlinesRecounted':
        return { ...s, deadlinesCalendarVersion: event.data.calendarVersion };
      default:
        return unknownEvent(event, s);
    }
  },
};

/** The exhaustiveness check of `evolve`: a new event type that is not handled fails to compile. */
function unknownEvent(event: never, state: ComplaintState): ComplaintState {
  void event;
  return state;
}
