import type { WorkingCalendar } from '@aftersales/calendar';
import { QA_CASE_STREAM_PREFIX } from '@aftersales/contracts';
import {
  Decider,
  DomainError,
  DomainEvent,
  InvalidStateError,
  NotFoundError,
  ObligationLedger,
  applyObligationChanges,
  deterministicUuid,
  latestRound,
  missableRound,
  wouldBeLate,
} from '@aftersales/eventsourcing';
import { QaPolicy, capaRequired, qaPolicyVersion } from './policy';
import {
  CaseObligation,
  CaseProduct,
  CaseSource,
  CaseStatus,
  CaseSubject,
  DeadlineDue,
  Department,
  Disposition,
  INTERIM_DISPOSITIONS,
  OurCause,
  Responsibility,
  Severity,
  TERMINAL_CASE_STATUSES,
  TerminalCaseStatus,
  solutionObligation,
} from './quality-case';
import { caseObligationChanges } from './obligations';
import { QA } from './errors';

/** Every case's stream: the published prefix (libs/contracts, defined once), then its id. */
export const CASE_STREAM_PREFIX = QA_CASE_STREAM_PREFIX;
export const caseStream = (caseId: string): string => `${CASE_STREAM_PREFIX}${caseId}`;

/** Rule QA-1 idempotency: one case per complaint and tenant, whatever delivers the acceptance and how often. */
export function caseIdForComplaint(tenantId: string, complaintId: string): string {
  return deterministicUuid(tenantId, 'qa.case-for-complaint', complaintId);
}

/** The policy and the region calendar a deadline-setting command decides with. */
export interface CaseContext {
  readonly policy: QaPolicy;
  /** The content digest of the policy document (the QA policy provider computes it when loading). */
  readonly policyDigest: string;
  readonly calendar: WorkingCalendar;
}

// ---- events (qa's own store; the public subset is in libs/contracts) ----

export type QualityCaseOpened = DomainEvent<
  'qa.QualityCaseOpened',
  {
    readonly caseId: string;
    readonly source: CaseSource;
    readonly subject: CaseSubject;
    readonly severity: Severity;
    /** When QA received the case: deadlines run from here (QA-3). */
    readonly receivedAt: string;
    readonly openedBy: string;
    /** People who may read the case besides QA (the sales rep, the registrar, the form's author). */
    readonly stakeholders: readonly string[];
    readonly deadlines: readonly DeadlineDue[];
    readonly calendarVersion: string;
    /** The intake event that opened it (absent for a form entered by hand). */
    readonly cause?: string | null;
    /** The content digest of the policy this was decided under (its version is on the envelope); absent on events recorded before QA kept it. */
    readonly policyDigest?: string;
  }
>;
/** Intake accepted again a complaint whose case had been cancelled (a reassessment): the case goes on. */
export type QualityCaseReinstated = DomainEvent<
  'qa.QualityCaseReinstated',
  {
    readonly caseId: string;
    readonly complaintId: string | null;
    readonly cause: string;
    readonly status: CaseStatus;
    /** QA-3: an opinion not yet given is owed again, counted from the new acceptance. */
    readonly deadlines: readonly DeadlineDue[];
    /** The content digest of the policy this was decided under (its version is on the envelope); absent on events recorded before QA kept it. */
    readonly policyDigest?: string;
  }
>;
export type SeverityChanged = DomainEvent<
  'qa.SeverityChanged',
  {
    readonly caseId: string;
    readonly complaintId: string | null;
    readonly from: Severity;
    readonly to: Severity;
    readonly reason: string;
    /** Open obligations whose due time the new severity moves (QA-3). */
    readonly rescheduled: readonly DeadlineDue[];
    /** QA-4 for the new severity (stays false until a determination). */
    readonly capaRequired: boolean;
    /** The content digest of the policy this was decided under (its version is on the envelope); absent on events recorded before QA kept it. */
    readonly policyDigest?: string;
  }
>;
export type OpinionRecorded = DomainEvent<'qa.OpinionRecorded', { readonly caseId: string; readonly opinion: string; readonly late: boolean }>;
export type DepartmentsInstructed = DomainEvent<
  'qa.DepartmentsInstructed',
  {
    readonly caseId: string;
    readonly instructions: readonly { readonly department: Department; readonly instruction: string }[];
    /** QA-3: the solutions' deadlines count from here. */
    readonly instructedAt: string;
    readonly deadlines: readonly DeadlineDue[];
    /** The content digest of the policy this was decided under (its version is on the envelope); absent on events recorded before QA kept it. */
    readonly policyDigest?: string;
  }
>;
export type DepartmentFindingsRecorded = DomainEvent<
  'qa.DepartmentFindingsRecorded',
  {
    readonly caseId: string;
    readonly department: Department;
    readonly findings: string;
    readonly solution: string | null;
    readonly preventiveMeasures: string | null;
    readonly evidenceRefs: readonly string[];
    readonly recordedBy: string;
    readonly late: boolean;
  }
>;
export type DeterminationMade = DomainEvent<
  'qa.DeterminationMade',
  {
    readonly caseId: string;
    readonly complaintId: string | null;
    readonly responsibility: Responsibility;
    readonly ourCause: OurCause | null;
    readonly summary: string;
    readonly evidenceRefs: readonly string[];
    /** QA-2: the written result the sales rep gives the customer when the cause is not ours. */
    readonly explanationToCustomer: string | null;
    /** QA-4 under the policy in force. */
    readonly capaRequired: boolean;
    readonly previous: Responsibility | null;
    readonly reason: string | null;
    /** The content digest of the policy this was decided under (its version is on the envelope); absent on events recorded before QA kept it. */
    readonly policyDigest?: string;
  }
>;
export type PreliminaryReportIssued = DomainEvent<
  'qa.PreliminaryReportIssued',
  { readonly caseId: string; readonly summary: string; readonly proposedDisposition: Disposition }
>;
export type PreliminaryReportApproved = DomainEvent<'qa.PreliminaryReportApproved', { readonly caseId: string; readonly approvedBy: string; readonly note: string | null }>;
export type PreliminaryReportRejected = DomainEvent<'qa.PreliminaryReportRejected', { readonly caseId: string; readonly rejectedBy: string; readonly note: string }>;
export type DispositionDecided = DomainEvent<
  'qa.DispositionDecided',
  {
    readonly caseId: string;
    readonly complaintId: string | null;
    readonly customerId: string;
    readonly product: CaseProduct;
    readonly disposition: Disposition;
    readonly note: string | null;
    /** Decided on an approved preliminary report, before the root cause is known (QA-3). */
    readonly interim: boolean;
  }
>;
export type CapaLinked = DomainEvent<'qa.CapaLinked', { readonly caseId: string; readonly capaId: string }>;
export type QualityCaseClosed = DomainEvent<'qa.QualityCaseClosed', { readonly caseId: string; readonly complaintId: string | null; readonly summary: string }>;
export type QualityCaseCancelled = DomainEvent<
  'qa.QualityCaseCancelled',
  { readonly caseId: string; readonly complaintId: string | null; readonly reason: string; /** The intake event that cancelled it, when one did. */ readonly cause?: string | null }
>;
/**
 * An administrator had the case's deadlines still running counted again on the calendar in force
 * (issue 17, ADR 013), e.g. after a year was published: otherwise a deadline keeps the calendar
 * version it was computed with (QA-3).
 */
export type CaseDeadlinesRecounted = DomainEvent<
  'qa.DeadlinesRecounted',
  {
    readonly caseId: string;
    readonly complaintId: string | null;
    /** Every obligation still open, with its due time before and after (equal when the new data changed nothing for it). */
    readonly deadlines: readonly (DeadlineDue & { readonly previousDueAt: string })[];
    readonly calendarVersion: string;
    readonly previousCalendarVersion: string;
    readonly reason: string;
    readonly policyDigest?: string;
  }
>;
export type CaseDeadlineMissed = DomainEvent<'qa.DeadlineMissed', { readonly caseId: string; readonly obligation: CaseObligation; readonly dueAt: string }>;

export type QualityCaseEvent =
  | QualityCaseOpened
  | SeverityChanged
  | OpinionRecorded
  | DepartmentsInstructed
  | DepartmentFindingsRecorded
  | DeterminationMade
  | PreliminaryReportIssued
  | PreliminaryReportApproved
  | PreliminaryReportRejected
  | DispositionDecided
  | CapaLinked
  | QualityCaseClosed
  | QualityCaseCancelled
  | QualityCaseReinstated
  | CaseDeadlinesRecounted
  | CaseDeadlineMissed;

export const QUALITY_CASE_EVENT_TYPES: readonly QualityCaseEvent['type'][] = [
  'qa.QualityCaseOpened',
  'qa.SeverityChanged',
  'qa.OpinionRecorded',
  'qa.DepartmentsInstructed',
  'qa.DepartmentFindingsRecorded',
  'qa.DeterminationMade',
  'qa.PreliminaryReportIssued',
  'qa.PreliminaryReportApproved',
  'qa.PreliminaryReportRejected',
  'qa.DispositionDecided',
  'qa.CapaLinked',
  'qa.QualityCaseClosed',
  'qa.QualityCaseCancelled',
  'qa.QualityCaseReinstated',
  'qa.DeadlinesRecounted',
  'qa.DeadlineMissed',
];

// ---- commands ----

export type QualityCaseCommand =
  | {
      readonly type: 'Open';
      readonly caseId: string;
      readonly source: CaseSource;
      readonly subject: CaseSubject;
      readonly severity: Severity;
      readonly receivedAt: string;
      readonly openedBy: string;
      readonly stakeholders: readonly string[];
      readonly context: CaseContext;
      /** The intake event this comes from: one that was applied already changes nothing (replays). */
      readonly cause?: string | null;
    }
  | { readonly type: 'ChangeSeverity'; readonly caseId: string; readonly severity: Severity; readonly reason: string; readonly context: CaseContext }
  | { readonly type: 'RecountDeadlines'; readonly caseId: string; readonly reason: string; readonly context: CaseContext }
  | { readonly type: 'RecordOpinion'; readonly caseId: string; readonly opinion: string; readonly now: Date }
  | {
      readonly type: 'InstructDepartments';
      readonly caseId: string;
      readonly instructions: readonly { readonly department: Department; readonly instruction: string }[];
      readonly now: Date;
      readonly context: CaseContext;
    }
  | {
      readonly type: 'RecordFindings';
      readonly caseId: string;
      readonly department: Department;
      readonly findings: string;
      readonly solution: string | null;
      readonly preventiveMeasures: string | null;
      readonly evidenceRefs: readonly string[];
      readonly recordedBy: string;
      readonly now: Date;
    }
  | {
      readonly type: 'MakeDetermination';
      readonly caseId: string;
      readonly responsibility: Responsibility;
      readonly ourCause: OurCause | null;
      readonly summary: string;
      readonly evidenceRefs: readonly string[];
      readonly explanationToCustomer: string | null;
      readonly reason: string | null;
      readonly context: CaseContext;
    }
  | { readonly type: 'IssuePreliminaryReport'; readonly caseId: string; readonly summary: string; readonly proposedDisposition: Disposition }
  | { readonly type: 'ReviewPreliminaryReport'; readonly caseId: string; readonly approve: boolean; readonly note: string | null; readonly reviewer: string }
  | { readonly type: 'DecideDisposition'; readonly caseId: string; readonly disposition: Disposition; readonly note: string | null }
  | { readonly type: 'LinkCapa'; readonly caseId: string; readonly capaId: string }
  | { readonly type: 'Close'; readonly caseId: string; readonly summary: string }
  | { readonly type: 'Cancel'; readonly caseId: string; readonly reason: string; readonly cause?: string | null }
  /** From the deadline scheduler: `now` is its clock reading. */
  | { readonly type: 'MarkDeadlineMissed'; readonly caseId: string; readonly obligation: CaseObligation; readonly now: Date };

// ---- state ----

export type PreliminaryReportState = 'none' | 'pending' | 'approved' | 'rejected';

/** What every opened case's state holds, whatever its status. */
interface OpenedCase {
  readonly caseId: string;
  readonly source: CaseSource;
  readonly customerId: string;
  readonly product: CaseProduct;
  readonly severity: Severity;
  readonly receivedAt: string;
  /** Rule QA-3: what it owes, folded from caseObligationChanges (obligations.ts). */
  readonly obligations: ObligationLedger;
  /** When each department was last instructed (QA-3: a new severity recounts its solution from here). */
  readonly instructedAt: Readonly<Record<string, string>>;
  readonly opinion: boolean;
  readonly responsibility: Responsibility | null;
  readonly capaRequired: boolean;
  readonly preliminaryReport: PreliminaryReportState;
  readonly disposition: Disposition | null;
  readonly capaIds: readonly string[];
  /** Intake events already applied (opened, cancelled, reinstated by them). */
  readonly causes: readonly string[];
  /** The calendar version the case's deadlines were last counted with (opened, or recounted). */
  readonly deadlinesCalendarVersion: string;
}

/** A case QA is working on. */
export type ActiveCase = OpenedCase & { readonly status: Exclude<CaseStatus, TerminalCaseStatus> };
/** A case that ended (closed, or cancelled: a cancelled one may be reinstated). */
export type EndedCase = OpenedCase & { readonly status: TerminalCaseStatus };

export type QualityCaseState = { readonly status: 'none' } | ActiveCase | EndedCase;

export function caseHasEnded(state: QualityCaseState): state is EndedCase {
  return (TERMINAL_CASE_STATUSES as readonly string[]).includes(state.status);
}

type Existing = ActiveCase | EndedCase;

// ---- rules ----

/** Rule QA-3: the end of the Nth working day after `from`, in the case's region calendar. */
function dueAfter(from: Date, workingDays: number, calendar: WorkingCalendar): string {
  return calendar.endOfWorkingDayDeadline(from, workingDays).toISOString();
}

// rule QA-3: the opinion deadline in working days by severity
/** Rule QA-3: QA's opinion is owed N working days after receipt, N by severity. */
export function opinionDeadline(receivedAt: string, severity: Severity, context: CaseContext): DeadlineDue {
  return { obligation: 'qa_opinion', dueAt: dueAfter(new Date(receivedAt), context.policy.deadlines[severity].opinionWorkingDays, context.calendar) };
}

/**
 * Rule QA-3: the due time of every obligation the case still owes, counted from where it runs
 * (receipt for the opinion, the last instruction for a department's solution) for `severity` on
 * the context's calendar, beside the due time it has now.
 */
function owedDeadlines(s: ActiveCase, severity: Severity, context: CaseContext): (DeadlineDue & { readonly previousDueAt: string })[] {
  const owed: (DeadlineDue & { previousDueAt: string })[] = [];
  const opinion = latestRound(s.obligations, 'qa_opinion');
  if (opinion?.state === 'open') owed.push({ ...opinionDeadline(s.receivedAt, severity, context), previousDueAt: opinion.dueAt });
  const solutionDays = context.policy.deadlines[severity].solutionWorkingDays;
  for (const [obligation, instructedAt] of Object.entries(s.instructedAt)) {
    const round = latestRound(s.obligations, obligation);
    if (round?.state === 'open') owed.push({ obligation: obligation as CaseObligation, dueAt: dueAfter(new Date(instructedAt), solutionDays, context.calendar), previousDueAt: round.dueAt });
  }
  return owed;
}

/** A command the case's state does not allow: 409, the code naming the state (QA.CASE_IS_CLOSED). */
export function wrongState(state: Existing, command: string): InvalidStateError {
  return new InvalidStateError(QA.CASE_IS[state.status], `quality case ${state.caseId} is ${state.status}; cannot ${command}`, {
    caseId: state.caseId,
    status: state.status,
    command,
  });
}

function existing(state: QualityCaseState, caseId: string): Existing {
  if (state.status === 'none') throw new NotFoundError(QA.CASE_NOT_FOUND, `quality case ${caseId} does not exist`, { caseId });
  return state;
}

function active(state: QualityCaseState, caseId: string, command: string): ActiveCase {
  const s = existing(state, caseId);
  if (caseHasEnded(s)) throw wrongState(s, command);
  return s;
}

function refuse(code: string, message: string, details: Record<string, unknown>): InvalidStateError {
  return new InvalidStateError(code, message, details);
}

function interimRefused(disposition: Disposition, field: string): DomainError {
  return new DomainError(QA.INTERIM_DISPOSITION_NOT_ALLOWED, `before the root cause is known the customer may be repaired or exchanged first (${INTERIM_DISPOSITIONS.join(', ')}), not ${disposition}`, {
    field,
    allowed: INTERIM_DISPOSITIONS,
  });
}

function complaintIdOf(s: Existing): string | null {
  return s.source.kind === 'complaint' ? s.source.complaintId : null;
}

export const qualityCaseDecider: Decider<QualityCaseCommand, QualityCaseEvent, QualityCaseState> = {
  initialState: () => ({ status: 'none' }),

  decide(command, state): QualityCaseEvent[] {
    switch (command.type) {
      // rule QA-1: a quality case opens from a complaint or a hand-entered form
      case 'Open': {
        if (state.status !== 'none') {
          const s = state;
          const sameComplaint = command.source.kind === 'complaint' && s.source.kind === 'complaint' && s.source.complaintId === command.source.complaintId;
          if (!sameComplaint) throw new InvalidStateError(QA.CASE_EXISTS, `quality case ${command.caseId} already exists`, { caseId: command.caseId });
          // QA-1: the same complaint delivered again (or replayed) opens nothing more ...
          const cause = command.cause ?? null;
          if (s.status !== 'cancelled' || cause === null || s.causes.includes(cause)) return [];
          // ... but a new acceptance of a complaint whose case was cancelled (a reassessment) reinstates it.
          const status: CaseStatus = s.responsibility !== null ? 'determined' : s.opinion ? 'analysing' : 'open';
          return [
            {
              type: 'qa.QualityCaseReinstated',
              policyVersion: qaPolicyVersion(command.context.policy),
              data: {
                caseId: s.caseId,
                complaintId: complaintIdOf(s),
                cause,
                status,
                deadlines: s.opinion ? [] : [opinionDeadline(command.receivedAt, s.severity, command.context)],
                policyDigest: command.context.policyDigest,
              },
            },
          ];
        }
        return [
          {
            type: 'qa.QualityCaseOpened',
            policyVersion: qaPolicyVersion(command.context.policy),
            data: {
              caseId: command.caseId,
              source: command.source,
              subject: command.subject,
              severity: command.severity,
              receivedAt: command.receivedAt,
              openedBy: command.openedBy,
              stakeholders: command.stakeholders,
              deadlines: [opinionDeadline(command.receivedAt, command.severity, command.context)],
              calendarVersion: command.context.calendar.version,
              ...(command.cause ? { cause: command.cause } : {}),
              policyDigest: command.context.policyDigest,
            },
          },
        ];
      }
      case 'ChangeSeverity': {
        const s = active(state, command.caseId, 'change severity');
        if (s.severity === command.severity) {
          throw refuse(QA.SEVERITY_UNCHANGED, `quality case ${s.caseId} is already ${s.severity}`, { caseId: s.caseId, severity: s.severity });
        }
        // QA-3: what is still owed is now owed by the new severity's deadlines.
        const rescheduled = owedDeadlines(s, command.severity, command.context).map(({ obligation, dueAt }) => ({ obligation, dueAt }));
        // QA-4: whether CAPA is required follows the severity of a case already determined.
        const required = s.responsibility === null ? s.capaRequired : capaRequired(command.context.policy, s.responsibility === 'ours', command.severity);
        return [
          {
            type: 'qa.SeverityChanged',
            policyVersion: qaPolicyVersion(command.context.policy),
            data: {
              caseId: s.caseId,
              complaintId: complaintIdOf(s),
              from: s.severity,
              to: command.severity,
              reason: command.reason,
              rescheduled,
              capaRequired: required,
              policyDigest: command.context.policyDigest,
            },
          },
        ];
      }
      // rule QA-3: deadlines still running keep their calendar version unless an administrator has them counted again
      case 'RecountDeadlines': {
        const s = active(state, command.caseId, 'recount deadlines');
        return [
          {
            type: 'qa.DeadlinesRecounted',
            policyVersion: qaPolicyVersion(command.context.policy),
            data: {
              caseId: s.caseId,
              complaintId: complaintIdOf(s),
              deadlines: owedDeadlines(s, s.severity, command.context),
              calendarVersion: command.context.calendar.version,
              previousCalendarVersion: s.deadlinesCalendarVersion,
              reason: command.reason,
              policyDigest: command.context.policyDigest,
            },
          },
        ];
      }
      case 'RecordOpinion': {
        const s = active(state, command.caseId, 'record an opinion');
        // A revised opinion after one given in time is not late: lateness is the obligation's.
        return [{ type: 'qa.OpinionRecorded', data: { caseId: s.caseId, opinion: command.opinion, late: wouldBeLate(s.obligations, 'qa_opinion', command.now) } }];
      }
      case 'InstructDepartments': {
        const s = active(state, command.caseId, 'instruct departments');
        const days = command.context.policy.deadlines[s.severity].solutionWorkingDays;
        // QA-3: each department's solution is owed N working days after QA's instruction.
        const deadlines = command.instructions.map((i) => ({ obligation: solutionObligation(i.department), dueAt: dueAfter(command.now, days, command.context.calendar) }));
        return [
          {
            type: 'qa.DepartmentsInstructed',
            policyVersion: qaPolicyVersion(command.context.policy),
            data: { caseId: s.caseId, instructions: command.instructions, instructedAt: command.now.toISOString(), deadlines, policyDigest: command.context.policyDigest },
          },
        ];
      }
      case 'RecordFindings': {
        const s = active(state, command.caseId, 'record findings');
        return [
          {
            type: 'qa.DepartmentFindingsRecorded',
            data: {
              caseId: s.caseId,
              department: command.department,
              findings: command.findings,
              solution: command.solution,
              preventiveMeasures: command.preventiveMeasures,
              evidenceRefs: command.evidenceRefs,
              recordedBy: command.recordedBy,
              late: wouldBeLate(s.obligations, solutionObligation(command.department), command.now),
            },
          },
        ];
      }
      // rule QA-2: responsibility and cause, with evidence
      case 'MakeDetermination': {
        const s = active(state, command.caseId, 'make a determination');
        const ours = command.responsibility === 'ours';
        // QA-2: ours names the kind of cause; anything else is explained to the customer in writing.
        if (ours && command.ourCause === null) {
          throw new DomainError(QA.OUR_CAUSE_REQUIRED, 'a determination of ours must name the cause: technical, production_equipment or management', { field: 'ourCause' });
        }
        if (!ours && command.ourCause !== null) {
          throw new DomainError(QA.OUR_CAUSE_NOT_APPLICABLE, `ourCause applies only to responsibility ours, not ${command.responsibility}`, { field: 'ourCause' });
        }
        if (!ours && !command.explanationToCustomer) {
          throw new DomainError(QA.EXPLANATION_REQUIRED, 'a cause that is not ours needs the written explanation for the customer (QA-2)', { field: 'explanationToCustomer' });
        }
        if (command.evidenceRefs.length === 0) {
          throw new DomainError(QA.EVIDENCE_REQUIRED, 'a determination needs at least one evidence reference (QA-2)', { field: 'evidenceRefs' });
        }
        if (s.responsibility !== null && !command.reason) {
          throw new DomainError(QA.REASON_REQUIRED, 'changing a determination needs a reason', { field: 'reason' });
        }
        return [
          {
            type: 'qa.DeterminationMade',
            policyVersion: qaPolicyVersion(command.context.policy),
            data: {
              caseId: s.caseId,
              complaintId: complaintIdOf(s),
              responsibility: command.responsibility,
              ourCause: command.ourCause,
              summary: command.summary,
              evidenceRefs: command.evidenceRefs,
              explanationToCustomer: command.explanationToCustomer,
              capaRequired: capaRequired(command.context.policy, ours, s.severity),
              previous: s.responsibility,
              reason: command.reason,
              policyDigest: command.context.policyDigest,
            },
          },
        ];
      }
      // rule QA-3: a preliminary report for a severe case not yet determined
      case 'IssuePreliminaryReport': {
        const s = active(state, command.caseId, 'issue a preliminary report');
        // QA-3: the preliminary report is for a severe case whose root cause is slow to find.
        if (s.severity !== 'severe') {
          throw refuse(QA.PRELIMINARY_REPORT_SEVERE_ONLY, 'a preliminary report is for severe cases', { caseId: s.caseId, severity: s.severity });
        }
        if (s.responsibility !== null) {
          throw refuse(QA.ALREADY_DETERMINED, 'the root cause is determined; no preliminary report is needed', { caseId: s.caseId });
        }
        if (!INTERIM_DISPOSITIONS.includes(command.proposedDisposition)) throw interimRefused(command.proposedDisposition, 'proposedDisposition');
        if (s.preliminaryReport === 'pending' || s.preliminaryReport === 'approved') {
          throw refuse(QA.PRELIMINARY_REPORT[s.preliminaryReport], `a preliminary report is already ${s.preliminaryReport}`, { caseId: s.caseId });
        }
        return [{ type: 'qa.PreliminaryReportIssued', data: { caseId: s.caseId, summary: command.summary, proposedDisposition: command.proposedDisposition } }];
      }
      case 'ReviewPreliminaryReport': {
        const s = active(state, command.caseId, 'review the preliminary report');
        if (s.preliminaryReport !== 'pending') {
          throw refuse(QA.NO_PRELIMINARY_REPORT_PENDING, 'no preliminary report awaits approval', { caseId: s.caseId, preliminaryReport: s.preliminaryReport });
        }
        if (command.approve) return [{ type: 'qa.PreliminaryReportApproved', data: { caseId: s.caseId, approvedBy: command.reviewer, note: command.note } }];
        if (!command.note) throw new DomainError(QA.REASON_REQUIRED, 'a rejected preliminary report needs a note saying why', { field: 'note' });
        return [{ type: 'qa.PreliminaryReportRejected', data: { caseId: s.caseId, rejectedBy: command.reviewer, note: command.note } }];
      }
      // rule QA-5: what is done for the customer
      case 'DecideDisposition': {
        const s = active(state, command.caseId, 'decide the disposition');
        // QA-5 after QA-2; QA-3: with an approved preliminary report the customer is served first.
        const interim = s.responsibility === null;
        if (interim && s.preliminaryReport !== 'approved') {
          throw refuse(QA.DETERMINATION_REQUIRED, 'the disposition follows the determination, or an approved preliminary report', { caseId: s.caseId });
        }
        if (interim && !INTERIM_DISPOSITIONS.includes(command.disposition)) throw interimRefused(command.disposition, 'disposition');
        return [
          {
            type: 'qa.DispositionDecided',
            data: { caseId: s.caseId, complaintId: complaintIdOf(s), customerId: s.customerId, product: s.product, disposition: command.disposition, note: command.note, interim },
          },
        ];
      }
      case 'LinkCapa': {
        const s = existing(state, command.caseId);
        if (s.capaIds.includes(command.capaId)) return [];
        if (s.status === 'cancelled') throw wrongState(s, 'open a CAPA');
        return [{ type: 'qa.CapaLinked', data: { caseId: s.caseId, capaId: command.capaId } }];
      }
      case 'Close': {
        const s = active(state, command.caseId, 'close');
        if (s.responsibility === null) throw refuse(QA.DETERMINATION_REQUIRED, 'a case closes after its determination (QA-2)', { caseId: s.caseId });
        if (s.disposition === null) throw refuse(QA.DISPOSITION_REQUIRED, 'a case closes after its disposition (QA-5)', { caseId: s.caseId });
        if (s.capaRequired && s.capaIds.length === 0) {
          throw refuse(QA.CAPA_REQUIRED, 'ours and severe: a corrective and preventive action must be opened before the case closes (QA-4)', { caseId: s.caseId });
        }
        return [{ type: 'qa.QualityCaseClosed', data: { caseId: s.caseId, complaintId: complaintIdOf(s), summary: command.summary } }];
      }
      case 'Cancel': {
        const s = existing(state, command.caseId);
        if (s.status === 'cancelled' || (command.cause && s.causes.includes(command.cause))) return [];
        if (s.status === 'closed') throw wrongState(s, 'cancel');
        return [
          {
            type: 'qa.QualityCaseCancelled',
            data: { caseId: s.caseId, complaintId: complaintIdOf(s), reason: command.reason, ...(command.cause ? { cause: command.cause } : {}) },
          },
        ];
      }
      case 'MarkDeadlineMissed': {
        // QA-3: raised once, for an obligation still open and past due; anything else is a no-op.
        if (state.status === 'none' || caseHasEnded(state)) return [];
        const round = missableRound(state.obligations, command.obligation, command.now);
        if (!round) return [];
        return [
          {
            type: 'qa.DeadlineMissed',
            id: deterministicUuid(caseStream(state.caseId), 'deadline-missed', command.obligation, round.dueAt),
            data: { caseId: state.caseId, obligation: command.obligation, dueAt: round.dueAt },
          },
        ];
      }
    }
  },

  evolve(state, event): QualityCaseState {
    if (event.type === 'qa.QualityCaseOpened') {
      const d = event.data;
      return {
        status: 'open',
        caseId: d.caseId,
        source: d.source,
        customerId: d.subject.customerId,
        product: d.subject.product,
        severity: d.severity,
        receivedAt: d.receivedAt,
        obligations: applyObligationChanges([], caseObligationChanges(event)),
        instructedAt: {},
        opinion: false,
        responsibility: null,
        capaRequired: false,
        preliminaryReport: 'none',
        disposition: null,
        capaIds: [],
        causes: d.cause ? [d.cause] : [],
        deadlinesCalendarVersion: d.calendarVersion,
      };
    }
    if (state.status === 'none') return state;
    const s = { ...state, obligations: applyObligationChanges(state.obligations, caseObligationChanges(event)) };
    const analysing = s.status === 'open' ? 'analysing' : s.status;
    switch (event.type) {
      case 'qa.SeverityChanged':
        return { ...s, severity: event.data.to, capaRequired: event.data.capaRequired };
      case 'qa.OpinionRecorded':
        return { ...s, status: analysing, opinion: true };
      case 'qa.DepartmentsInstructed': {
        const instructedAt = { ...s.instructedAt, ...Object.fromEntries(event.data.deadlines.map((d) => [d.obligation, event.data.instructedAt])) };
        return { ...s, status: analysing, instructedAt };
      }
      case 'qa.DepartmentFindingsRecorded':
        return { ...s, status: analysing };
      case 'qa.DeterminationMade':
        return { ...s, status: 'determined', responsibility: event.data.responsibility, capaRequired: event.data.capaRequired };
      case 'qa.PreliminaryReportIssued':
        return { ...s, preliminaryReport: 'pending' };
      case 'qa.PreliminaryReportApproved':
        return { ...s, preliminaryReport: 'approved' };
      case 'qa.PreliminaryReportRejected':
        return { ...s, preliminaryReport: 'rejected' };
      case 'qa.DispositionDecided':
        return { ...s, disposition: event.data.disposition };
      case 'qa.CapaLinked':
        return { ...s, capaIds: [...s.capaIds, event.data.capaId] };
      case 'qa.QualityCaseClosed':
        return { ...s, status: 'closed' };
      case 'qa.QualityCaseCancelled':
        return { ...s, status: 'cancelled', causes: event.data.cause ? [...s.causes, event.data.cause] : s.causes };
      case 'qa.QualityCaseReinstated':
        return { ...s, status: event.data.status, causes: [...s.causes, event.data.cause] };
      case 'qa.DeadlinesRecounted':
        return { ...s, deadlinesCalendarVersion: event.data.calendarVersion };
      case 'qa.DeadlineMissed':
        return s;
      default:
        return unknownEvent(event, s);
    }
  },
};

/** The exhaustiveness check of `evolve`: a new event type that is not handled fails to compile. */
function unknownEvent(event: never, state: QualityCaseState): QualityCaseState {
  void event;
  return state;
}
