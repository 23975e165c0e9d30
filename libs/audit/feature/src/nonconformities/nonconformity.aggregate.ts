import { Aggregate, AggregateDefinition, EventEnvelope, NotFoundError, TenantDocument, toDomainEvent } from '@aftersales/eventsourcing';
import {
  AUDIT,
  AUDIT_NONCONFORMITY_STREAM_PREFIX,
  NONCONFORMITY_EVENT_TYPES,
  NonconformityCommand,
  NonconformityEvent,
  NonconformityObligation,
  NonconformitySeverity,
  NonconformityState,
  NonconformityStatus,
  nonconformityDecider,
  nonconformityObligationChanges,
} from '@aftersales/audit-domain';

export const NONCONFORMITIES_COLLECTION = 'audit.nonconformities';

export interface EffectivenessCheckView {
  readonly effective: boolean;
  readonly note: string;
  readonly checkedBy: string;
  readonly checkedAt: string;
  readonly late: boolean;
}

export interface CorrectiveActionView {
  readonly round: number;
  readonly action: string;
  readonly ownerId: string;
  readonly dueOn: string;
  readonly dueAt: string;
  readonly plannedBy: string;
  readonly plannedAt: string;
  /** Recorded past its due time by the deadline scheduler. */
  readonly overdue: boolean;
  readonly check: EffectivenessCheckView | null;
}

/** A nonconformity as the API shows it (AU-4): the list's read model and the body of GET /nonconformities/{id}. */
export interface NonconformityView extends TenantDocument {
  readonly _id: string;
  readonly nonconformityId: string;
  readonly region: string;
  readonly clause: string;
  readonly finding: string;
  readonly severity: NonconformitySeverity;
  readonly status: NonconformityStatus;
  readonly raisedBy: string;
  readonly raisedAt: string;
  readonly actions: readonly CorrectiveActionView[];
  readonly updatedAt: string;
  readonly revision: string;
}

/** Applies one stored event to the view (null before it was raised). Pure and total. */
export function applyToNonconformityView(view: NonconformityView | null, envelope: EventEnvelope): NonconformityView | null {
  const event = toDomainEvent<NonconformityEvent>(envelope);
  const stamp = { updatedAt: envelope.occurredAt, revision: envelope.revision.toString() };
  if (event.type === 'audit.NonconformityRaised') {
    const { nonconformityId, region, clause, finding, severity, raisedBy, raisedAt } = event.data;
    return { _id: nonconformityId, tenantId: envelope.tenantId, nonconformityId, region, clause, finding, severity, status: 'raised', raisedBy, raisedAt, actions: [], ...stamp };
  }
  if (view === null) return null;
  const last = (change: (a: CorrectiveActionView) => CorrectiveActionView) => view.actions.map((a, i) => (i === view.actions.length - 1 ? change(a) : a));
  switch (event.type) {
    case 'audit.CorrectiveActionPlanned': {
      const { round, action, ownerId, dueOn, dueAt, plannedBy } = event.data;
      return { ...view, ...stamp, status: 'action_planned', actions: [...view.actions, { round, action, ownerId, dueOn, dueAt, plannedBy, plannedAt: envelope.occurredAt, overdue: false, check: null }] };
    }
    case 'audit.EffectivenessChecked': {
      const { effective, note, checkedBy, late } = event.data;
      return { ...view, ...stamp, status: effective ? 'closed' : 'raised', actions: last((a) => ({ ...a, check: { effective, note, checkedBy, checkedAt: envelope.occurredAt, late } })) };
    }
    case 'audit.CorrectiveActionOverdue':
      return { ...view, ...stamp, actions: last((a) => ({ ...a, overdue: true })) };
  }
}

export function nonconformityNotFound(nonconformityId: string): NotFoundError {
  return new NotFoundError(AUDIT.NONCONFORMITY_NOT_FOUND, `nonconformity ${nonconformityId} does not exist`, { nonconformityId });
}

/** The audit nonconformity (AU-4), declared once: the platform derives its write path, reads, list and deadline. */
export const nonconformityAggregate: AggregateDefinition<NonconformityCommand, NonconformityEvent, NonconformityState, NonconformityView> = {
  context: 'audit',
  streamPrefix: AUDIT_NONCONFORMITY_STREAM_PREFIX,
  eventTypes: NONCONFORMITY_EVENT_TYPES,
  decider: nonconformityDecider,
  notFound: nonconformityNotFound,
  obligations: {
    changes: nonconformityObligationChanges,
    missed: (nonconformityId, obligation, now) => ({ type: 'MarkDeadlineMissed', nonconformityId, obligation: obligation as NonconformityObligation, now }),
  },
  view: {
    collection: NONCONFORMITIES_COLLECTION,
    projection: { name: 'audit-nonconformities', version: 1 },
    apply: applyToNonconformityView,
    indexes: [{ fields: { tenantId: 1, raisedAt: -1 } }, { fields: { tenantId: 1, region: 1, raisedAt: -1 } }, { fields: { tenantId: 1, status: 1, raisedAt: -1 } }],
  },
};

export const NONCONFORMITIES = Symbol('audit.Nonconformities');
export type Nonconformities = Aggregate<NonconformityCommand, NonconformityEvent, NonconformityState, NonconformityView>;
