import type { WorkingCalendar } from '@aftersales/calendar';
import { AUDIT_NONCONFORMITY_STREAM_PREFIX } from '@aftersales/contracts';
import { Decider, DomainEvent, InvalidStateError, NotFoundError, ObligationChange, ObligationLedger, applyObligationChanges, deterministicUuid, missableRound, wouldBeLate } from '@aftersales/eventsourcing';
import { AUDIT } from './errors';

/**
 * An audit nonconformity (AU-4): a finding of a certification or internal audit, the corrective
 * action taken on it, and the check that the action worked. An ineffective action sends it back for
 * another action; an effective one closes it. The corrective action is owed by its due date (a
 * durable deadline: missed once, one event).
 */
export { AUDIT_NONCONFORMITY_STREAM_PREFIX };
export const nonconformityStream = (nonconformityId: string): string => `${AUDIT_NONCONFORMITY_STREAM_PREFIX}${nonconformityId}`;

export const NONCONFORMITY_STATUSES = ['raised', 'action_planned', 'closed'] as const;
export type NonconformityStatus = (typeof NONCONFORMITY_STATUSES)[number];
export const NONCONFORMITY_SEVERITIES = ['minor', 'major'] as const;
export type NonconformitySeverity = (typeof NONCONFORMITY_SEVERITIES)[number];
export const NONCONFORMITY_OBLIGATIONS = ['corrective_action'] as const;
export type NonconformityObligation = (typeof NONCONFORMITY_OBLIGATIONS)[number];

export type NonconformityRaised = DomainEvent<
  'audit.NonconformityRaised',
  {
    readonly nonconformityId: string;
    readonly region: string;
    /** The audit's clause or requirement (e.g. `GB/T 27922 5.3`). */
    readonly clause: string;
    readonly finding: string;
    readonly severity: NonconformitySeverity;
    readonly raisedBy: string;
    readonly raisedAt: string;
  }
>;
export type CorrectiveActionPlanned = DomainEvent<
  'audit.CorrectiveActionPlanned',
  { readonly nonconformityId: string; readonly round: number; readonly action: string; readonly ownerId: string; readonly dueOn: string; readonly dueAt: string; readonly calendarVersion: string; readonly plannedBy: string }
>;
export type EffectivenessChecked = DomainEvent<
  'audit.EffectivenessChecked',
  { readonly nonconformityId: string; readonly round: number; readonly effective: boolean; readonly note: string; readonly checkedBy: string; /** Checked after the action's due time. */ readonly late: boolean }
>;
export type CorrectiveActionOverdue = DomainEvent<'audit.CorrectiveActionOverdue', { readonly nonconformityId: string; readonly obligation: NonconformityObligation; readonly dueAt: string; readonly responsibleId: string }>;

export type NonconformityEvent = NonconformityRaised | CorrectiveActionPlanned | EffectivenessChecked | CorrectiveActionOverdue;
export const NONCONFORMITY_EVENT_TYPES: readonly NonconformityEvent['type'][] = ['audit.NonconformityRaised', 'audit.CorrectiveActionPlanned', 'audit.EffectivenessChecked', 'audit.CorrectiveActionOverdue'];

export type NonconformityCommand =
  | { readonly type: 'Raise'; readonly nonconformityId: string; readonly region: string; readonly clause: string; readonly finding: string; readonly severity: NonconformitySeverity; readonly raisedBy: string; readonly now: Date }
  | { readonly type: 'PlanCorrectiveAction'; readonly nonconformityId: string; readonly action: string; readonly ownerId: string; readonly dueOn: string; readonly plannedBy: string; readonly now: Date; readonly calendar: WorkingCalendar }
  | { readonly type: 'CheckEffectiveness'; readonly nonconformityId: string; readonly effective: boolean; readonly note: string; readonly checkedBy: string; readonly now: Date }
  | { readonly type: 'MarkDeadlineMissed'; readonly nonconformityId: string; readonly obligation: NonconformityObligation; readonly now: Date };

export type NonconformityState =
  | { readonly status: 'none' }
  | { readonly status: NonconformityStatus; readonly nonconformityId: string; readonly region: string; readonly round: number; readonly obligations: ObligationLedger };

// rule AU-4: which nonconformity events open, meet, miss or end the corrective action owed
export function nonconformityObligationChanges(event: NonconformityEvent): readonly ObligationChange[] {
  switch (event.type) {
    case 'audit.NonconformityRaised':
      return [];
    case 'audit.CorrectiveActionPlanned':
      return [{ kind: 'open', obligation: 'corrective_action', dueAt: event.data.dueAt, responsibleId: event.data.ownerId }];
    case 'audit.EffectivenessChecked':
      return [{ kind: 'meet', obligation: 'corrective_action', late: event.data.late }];
    case 'audit.CorrectiveActionOverdue':
      return [{ kind: 'miss', obligation: event.data.obligation }];
  }
}

function wrongState(state: Exclude<NonconformityState, { status: 'none' }>, command: string): InvalidStateError {
  return new InvalidStateError(AUDIT.NONCONFORMITY_IS[state.status], `nonconformity ${state.nonconformityId} is ${state.status}; cannot ${command}`, { nonconformityId: state.nonconformityId, status: state.status, command });
}

function existing(state: NonconformityState, id: string): Exclude<NonconformityState, { status: 'none' }> {
  if (state.status === 'none') throw new NotFoundError(AUDIT.NONCONFORMITY_NOT_FOUND, `nonconformity ${id} does not exist`, { nonconformityId: id });
  return state;
}

export const nonconformityDecider: Decider<NonconformityCommand, NonconformityEvent, NonconformityState> = {
  initialState: () => ({ status: 'none' }),

  decide(command, state): NonconformityEvent[] {
    switch (command.type) {
      // rule AU-4: an audit nonconformity is raised against a clause, with its finding
      case 'Raise': {
        if (state.status !== 'none') throw new InvalidStateError(AUDIT.NONCONFORMITY_EXISTS, `nonconformity ${command.nonconformityId} exists already`, { nonconformityId: command.nonconformityId });
        const { nonconformityId, region, clause, finding, severity, raisedBy } = command;
        return [{ type: 'audit.NonconformityRaised', data: { nonconformityId, region, clause, finding, severity, raisedBy, raisedAt: command.now.toISOString() } }];
      }
      // rule AU-4: a corrective action, owed by its due date (the end of that day in the region)
      case 'PlanCorrectiveAction': {
        const s = existing(state, command.nonconformityId);
        if (s.status !== 'raised') throw wrongState(s, 'plan a corrective action');
        const dueAt = command.calendar.endOfLocalDay(command.dueOn).toISOString();
        return [
          {
            type: 'audit.CorrectiveActionPlanned',
            data: { nonconformityId: command.nonconformityId, round: s.round + 1, action: command.action, ownerId: command.ownerId, dueOn: command.dueOn, dueAt, calendarVersion: command.calendar.version, plannedBy: command.plannedBy },
          },
        ];
      }
      // rule AU-4: the effectiveness check closes it, or sends it back for another action
      case 'CheckEffectiveness': {
        const s = existing(state, command.nonconformityId);
        if (s.status !== 'action_planned') throw wrongState(s, 'check effectiveness');
        return [
          {
            type: 'audit.EffectivenessChecked',
            data: { nonconformityId: command.nonconformityId, round: s.round, effective: command.effective, note: command.note, checkedBy: command.checkedBy, late: wouldBeLate(s.obligations, 'corrective_action', command.now) },
          },
        ];
      }
      case 'MarkDeadlineMissed': {
        // Raised once per due time, only while the action is still owed; anything else is a no-op.
        if (state.status === 'none' || state.status === 'closed') return [];
        const round = missableRound(state.obligations, command.obligation, command.now);
        if (!round) return [];
        return [
          {
            type: 'audit.CorrectiveActionOverdue',
            id: deterministicUuid(nonconformityStream(command.nonconformityId), 'deadline-missed', command.obligation, round.dueAt),
            data: { nonconformityId: command.nonconformityId, obligation: command.obligation, dueAt: round.dueAt, responsibleId: round.responsibleId ?? 'unassigned' },
          },
        ];
      }
    }
  },

  evolve(state, event): NonconformityState {
    if (event.type === 'audit.NonconformityRaised') {
      return { status: 'raised', nonconformityId: event.data.nonconformityId, region: event.data.region, round: 0, obligations: [] };
    }
    if (state.status === 'none') return state;
    const obligations = applyObligationChanges(state.obligations, nonconformityObligationChanges(event));
    switch (event.type) {
      case 'audit.CorrectiveActionPlanned':
        return { ...state, status: 'action_planned', round: event.data.round, obligations };
      case 'audit.EffectivenessChecked':
        return { ...state, status: event.data.effective ? 'closed' : 'raised', obligations };
      case 'audit.CorrectiveActionOverdue':
        return { ...state, obligations };
    }
  },
};
