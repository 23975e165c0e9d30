import type { WorkingCalendar } from '@aftersales/calendar';
import { QA_CAPA_STREAM_PREFIX } from '@aftersales/contracts';
import { Decider, DomainError, DomainEvent, InvalidStateError, NotFoundError, ObligationLedger, applyObligationChanges, deterministicUuid, missableRound } from '@aftersales/eventsourcing';
import { capaObligationChanges } from './obligations';
import { QaPolicy, qaPolicyVersion } from './policy';
import { Department, VerificationResult } from './quality-case';
import { QA } from './errors';

/** Every CAPA's stream: the published prefix (libs/contracts, defined once), then its id. */
export const CAPA_STREAM_PREFIX = QA_CAPA_STREAM_PREFIX;
export const capaStream = (capaId: string): string => `${CAPA_STREAM_PREFIX}${capaId}`;

/** The CAPA's own obligation: its actions done by the due date (checked at the end of that local day). */
export const CAPA_DUE = 'capa_due';

/** Rule QA-4: 纠正预防措施, what the responsible department will do and by when. */
export interface CapaPlan {
  readonly department: Department;
  readonly ownerId: string;
  /** Local date (YYYY-MM-DD) in the case's region. */
  readonly dueOn: string;
  readonly correctiveAction: string;
  readonly preventiveAction: string;
}

export type CapaOpened = DomainEvent<
  'qa.CapaOpened',
  {
    readonly capaId: string;
    readonly caseId: string;
    readonly complaintId: string | null;
    readonly plan: CapaPlan;
    /** QA-4 required (ours and severe), or opened by QA's choice. */
    readonly required: boolean;
    readonly minimumPassingVerifications: number;
    /** The end of `dueOn` in the region's time zone. */
    readonly dueAt: string;
    readonly openedOn: string;
    /** The content digest of the policy this was decided under (its version is on the envelope); absent on events recorded before QA kept it. */
    readonly policyDigest?: string;
  }
>;
export type CapaUpdated = DomainEvent<
  'qa.CapaUpdated',
  {
    readonly capaId: string;
    readonly changes: Partial<CapaPlan>;
    readonly dueAt: string;
    readonly reason: string | null;
    /** The owner after the change (who the due date is owed by). */
    readonly ownerId: string;
    /** The due time is still owed: it was not reported overdue before (raised once per due time). */
    readonly dueOwed: boolean;
  }
>;
export type CapaVerificationRecorded = DomainEvent<
  'qa.CapaVerificationRecorded',
  {
    readonly capaId: string;
    readonly caseId: string;
    readonly verificationId: string;
    readonly shipmentId: string;
    readonly lotId: string | null;
    readonly checkedOn: string;
    readonly result: VerificationResult;
    readonly note: string | null;
    readonly verifiedBy: string;
    /** Distinct shipments passed since the last failure, this one included. */
    readonly passingVerifications: number;
  }
>;
export type CapaReopened = DomainEvent<
  'qa.CapaReopened',
  {
    readonly capaId: string;
    readonly verificationId: string;
    readonly reason: string;
    readonly dueAt: string;
    /** The due date is owed again: it was not reported overdue before the CAPA closed. */
    readonly dueOwed: boolean;
    /** Who owes it. */
    readonly ownerId: string;
  }
>;
export type CapaClosed = DomainEvent<'qa.CapaClosed', { readonly capaId: string; readonly caseId: string; readonly note: string | null; readonly passingVerifications: number }>;
export type CapaOverdue = DomainEvent<'qa.CapaOverdue', { readonly capaId: string; readonly dueAt: string }>;

export type CapaEvent = CapaOpened | CapaUpdated | CapaVerificationRecorded | CapaReopened | CapaClosed | CapaOverdue;

export const CAPA_EVENT_TYPES: readonly CapaEvent['type'][] = [
  'qa.CapaOpened',
  'qa.CapaUpdated',
  'qa.CapaVerificationRecorded',
  'qa.CapaReopened',
  'qa.CapaClosed',
  'qa.CapaOverdue',
];

export type CapaCommand =
  | {
      readonly type: 'Open';
      readonly capaId: string;
      readonly caseId: string;
      readonly complaintId: string | null;
      readonly plan: CapaPlan;
      readonly required: boolean;
      readonly now: Date;
      readonly policy: QaPolicy;
      /** The content digest of the policy document, recorded beside its version. */
      readonly policyDigest: string;
      readonly calendar: WorkingCalendar;
    }
  | { readonly type: 'Update'; readonly capaId: string; readonly changes: Partial<CapaPlan>; readonly reason: string | null; readonly calendar: WorkingCalendar }
  | {
      readonly type: 'RecordVerification';
      readonly capaId: string;
      readonly shipmentId: string;
      readonly lotId: string | null;
      readonly checkedOn: string;
      readonly result: VerificationResult;
      readonly note: string | null;
      readonly verifiedBy: string;
      readonly today: string;
    }
  | { readonly type: 'Close'; readonly capaId: string; readonly note: string | null }
  | { readonly type: 'MarkOverdue'; readonly capaId: string; readonly now: Date };

/** What every opened CAPA's state holds. */
interface OpenedCapa {
  readonly capaId: string;
  readonly caseId: string;
  readonly plan: CapaPlan;
  readonly dueAt: string;
  readonly openedOn: string;
  readonly minimumPassingVerifications: number;
  readonly passedShipments: readonly string[];
  readonly verifications: number;
  /** Rule QA-4's due date, folded from capaObligationChanges (obligations.ts). */
  readonly obligations: ObligationLedger;
}

export type CapaState = { readonly status: 'none' } | (OpenedCapa & { readonly status: 'open' }) | (OpenedCapa & { readonly status: 'closed' });

type Existing = Exclude<CapaState, { status: 'none' }>;

function existing(state: CapaState, capaId: string): Existing {
  if (state.status === 'none') throw new NotFoundError(QA.CAPA_NOT_FOUND, `CAPA ${capaId} does not exist`, { capaId });
  return state;
}

/** Whether this due time was reported overdue already (QA-4: raised once per due time). */
function overdueRaised(s: Existing, dueAt: string): boolean {
  return s.obligations.some((r) => r.dueAt === dueAt && (r.state === 'missed' || r.state === 'met_late'));
}

function dueAtOf(dueOn: string, calendar: WorkingCalendar): string {
  return calendar.endOfLocalDay(dueOn).toISOString();
}

export const capaDecider: Decider<CapaCommand, CapaEvent, CapaState> = {
  initialState: () => ({ status: 'none' }),

  decide(command, state): CapaEvent[] {
    switch (command.type) {
      case 'Open': {
        if (state.status !== 'none') {
          const s = state;
          // The same request again (its id comes from the Idempotency-Key): nothing new.
          if (s.caseId === command.caseId) return [];
          throw new InvalidStateError(QA.CAPA_EXISTS, `CAPA ${command.capaId} already exists`, { capaId: command.capaId });
        }
        const openedOn = command.calendar.localDate(command.now);
        if (command.plan.dueOn < openedOn) throw new DomainError(QA.DUE_DATE_IN_PAST, 'dueOn must not be before today', { field: 'dueOn' });
        return [
          {
            type: 'qa.CapaOpened',
            policyVersion: qaPolicyVersion(command.policy),
            data: {
              capaId: command.capaId,
              caseId: command.caseId,
              complaintId: command.complaintId,
              plan: command.plan,
              required: command.required,
              minimumPassingVerifications: command.policy.capa.minimumPassingVerifications,
              dueAt: dueAtOf(command.plan.dueOn, command.calendar),
              openedOn,
              policyDigest: command.policyDigest,
            },
          },
        ];
      }
      case 'Update': {
        const s = existing(state, command.capaId);
        if (s.status === 'closed') throw new InvalidStateError(QA.CAPA_IS_CLOSED, `CAPA ${s.capaId} is closed; cannot update`, { capaId: s.capaId, status: s.status });
        const changes = Object.fromEntries(Object.entries(command.changes).filter(([k, v]) => v !== undefined && s.plan[k as keyof CapaPlan] !== v)) as Partial<CapaPlan>;
        if (Object.keys(changes).length === 0) return [];
        if (changes.dueOn !== undefined && changes.dueOn < s.openedOn) throw new DomainError(QA.DUE_DATE_IN_PAST, 'dueOn must not be before the CAPA was opened', { field: 'dueOn' });
        const dueAt = changes.dueOn !== undefined ? dueAtOf(changes.dueOn, command.calendar) : s.dueAt;
        return [
          {
            type: 'qa.CapaUpdated',
            data: { capaId: s.capaId, changes, dueAt, reason: command.reason, ownerId: changes.ownerId ?? s.plan.ownerId, dueOwed: !overdueRaised(s, dueAt) },
          },
        ];
      }
      case 'RecordVerification': {
        const s = existing(state, command.capaId);
        // QA-4: verified on later shipments: checked after the CAPA was opened, not in the future.
        if (command.checkedOn < s.openedOn) {
          throw new DomainError(QA.VERIFICATION_BEFORE_CAPA, 'a verification checks a shipment after the CAPA was opened', { field: 'checkedOn' });
        }
        if (command.checkedOn > command.today) throw new DomainError(QA.VERIFICATION_IN_FUTURE, 'checkedOn must not be in the future', { field: 'checkedOn' });
        const verificationId = deterministicUuid(capaStream(s.capaId), 'verification', String(s.verifications));
        const passed =
          command.result === 'fail' ? [] : s.passedShipments.includes(command.shipmentId) ? s.passedShipments : [...s.passedShipments, command.shipmentId];
        const recorded: CapaVerificationRecorded = {
          type: 'qa.CapaVerificationRecorded',
          data: {
            capaId: s.capaId,
            caseId: s.caseId,
            verificationId,
            shipmentId: command.shipmentId,
            lotId: command.lotId,
            checkedOn: command.checkedOn,
            result: command.result,
            note: command.note,
            verifiedBy: command.verifiedBy,
            passingVerifications: passed.length,
          },
        };
        // QA-4: the problem recurred: the CAPA is not effective, so it is open again.
        if (command.result === 'fail' && s.status === 'closed') {
          return [
            recorded,
            {
              type: 'qa.CapaReopened',
              data: {
                capaId: s.capaId,
                verificationId,
                reason: command.note ?? `shipment ${command.shipmentId} failed verification`,
                dueAt: s.dueAt,
                dueOwed: !overdueRaised(s, s.dueAt),
                ownerId: s.plan.ownerId,
              },
            },
          ];
        }
        return [recorded];
      }
      // rule QA-4: a CAPA closes only after the policy's number of later shipments passed
      case 'Close': {
        const s = existing(state, command.capaId);
        if (s.status === 'closed') throw new InvalidStateError(QA.CAPA_IS_CLOSED, `CAPA ${s.capaId} is already closed`, { capaId: s.capaId, status: s.status });
        // QA-4: at least N later shipments passed since the last failure.
        if (s.passedShipments.length < s.minimumPassingVerifications) {
          throw new InvalidStateError(
            QA.CAPA_VERIFICATIONS_INSUFFICIENT,
            `a CAPA closes after ${s.minimumPassingVerifications} passing verifications on later shipments; it has ${s.passedShipments.length}`,
            { capaId: s.capaId, required: s.minimumPassingVerifications, passing: s.passedShipments.length },
          );
        }
        return [{ type: 'qa.CapaClosed', data: { capaId: s.capaId, caseId: s.caseId, note: command.note, passingVerifications: s.passedShipments.length } }];
      }
      case 'MarkOverdue': {
        if (state.status !== 'open') return [];
        const round = missableRound(state.obligations, CAPA_DUE, command.now);
        if (!round) return [];
        return [{ type: 'qa.CapaOverdue', id: deterministicUuid(capaStream(state.capaId), 'overdue', round.dueAt), data: { capaId: state.capaId, dueAt: round.dueAt } }];
      }
    }
  },

  evolve(state, event): CapaState {
    if (event.type === 'qa.CapaOpened') {
      const d = event.data;
      return {
        status: 'open',
        capaId: d.capaId,
        caseId: d.caseId,
        plan: d.plan,
        dueAt: d.dueAt,
        openedOn: d.openedOn,
        minimumPassingVerifications: d.minimumPassingVerifications,
        passedShipments: [],
        verifications: 0,
        obligations: applyObligationChanges([], capaObligationChanges(event)),
      };
    }
    if (state.status === 'none') return state;
    const s = { ...state, obligations: applyObligationChanges(state.obligations, capaObligationChanges(event)) };
    switch (event.type) {
      case 'qa.CapaUpdated':
        return { ...s, plan: { ...s.plan, ...event.data.changes }, dueAt: event.data.dueAt };
      case 'qa.CapaVerificationRecorded': {
        const d = event.data;
        const passed = d.result === 'fail' ? [] : s.passedShipments.includes(d.shipmentId) ? s.passedShipments : [...s.passedShipments, d.shipmentId];
        return { ...s, passedShipments: passed, verifications: s.verifications + 1 };
      }
      case 'qa.CapaReopened':
        return { ...s, status: 'open' };
      case 'qa.CapaClosed':
        return { ...s, status: 'closed' };
      case 'qa.CapaOverdue':
        return s;
      default:
        return unknownCapaEvent(event, s);
    }
  },
};

/** The exhaustiveness check of `evolve`: a new event type that is not handled fails to compile. */
function unknownCapaEvent(event: never, state: CapaState): CapaState {
  void event;
  return state;
}
