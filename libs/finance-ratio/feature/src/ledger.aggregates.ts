import { Aggregate, AggregateDefinition, EventEnvelope, NotFoundError, TenantDocument, toDomainEvent } from '@aftersales/eventsourcing';
import { AuthUser } from '@aftersales/platform';
import {
  COST_ENTRY_EVENT_TYPES,
  CostEntry,
  CostEntryCommand,
  CostEntryEvent,
  CostEntryState,
  FINANCE_RATIO,
  FINANCE_RATIO_COST_ENTRY_STREAM_PREFIX,
  FINANCE_RATIO_REWARD_PENALTY_STREAM_PREFIX,
  REWARD_PENALTY_EVENT_TYPES,
  RewardPenaltyCommand,
  RewardPenaltyEvent,
  RewardPenaltyProposal,
  RewardPenaltyState,
  RewardPenaltyStatus,
  costEntryDecider,
  rewardPenaltyDecider,
} from '@aftersales/finance-ratio-domain';

/** A ledger entry (FR-3) as stored for reports: the entry and its tenant. */
export interface CostEntryView extends TenantDocument, CostEntry {
  readonly _id: string;
  /** The id of the event that recorded it. */
  readonly recordedEventId: string;
}

export function applyToCostEntryView(_view: CostEntryView | null, envelope: EventEnvelope): CostEntryView | null {
  const event = toDomainEvent<CostEntryEvent>(envelope);
  return { ...event.data, _id: event.data.entryId, tenantId: envelope.tenantId, recordedEventId: envelope.id };
}

export const costEntryAggregate: AggregateDefinition<CostEntryCommand, CostEntryEvent, CostEntryState, CostEntryView, AuthUser> = {
  context: 'finance-ratio',
  streamPrefix: FINANCE_RATIO_COST_ENTRY_STREAM_PREFIX,
  eventTypes: COST_ENTRY_EVENT_TYPES,
  decider: costEntryDecider,
  notFound: (entryId) => new NotFoundError(FINANCE_RATIO.COST_ENTRY_NOT_FOUND, `cost entry ${entryId} does not exist`, { entryId }),
  view: {
    collection: 'finance-ratio.cost-entries',
    projection: { name: 'finance-ratio-cost-entries', version: 1 },
    apply: applyToCostEntryView,
    indexes: [{ fields: { tenantId: 1, occurredOn: 1 } }],
  },
};

export const COST_ENTRIES = Symbol('finance-ratio.CostEntries');
export type CostEntries = Aggregate<CostEntryCommand, CostEntryEvent, CostEntryState, CostEntryView, AuthUser>;

/** A reward or penalty proposal (FR-4) as listed. */
export interface RewardPenaltyView extends TenantDocument, RewardPenaltyProposal {
  readonly _id: string;
  readonly status: RewardPenaltyStatus;
  readonly decidedBy: string | null;
  readonly decidedAt: string | null;
  readonly decision: string | null;
  readonly policyVersion: string | null;
}

export function applyToRewardPenaltyView(view: RewardPenaltyView | null, envelope: EventEnvelope): RewardPenaltyView | null {
  const event = toDomainEvent<RewardPenaltyEvent>(envelope);
  switch (event.type) {
    case 'finance-ratio.RewardPenaltyProposed':
      return { ...event.data, _id: event.data.proposalId, tenantId: envelope.tenantId, status: 'proposed', decidedBy: null, decidedAt: null, decision: null, policyVersion: envelope.policyVersion };
    case 'finance-ratio.RewardPenaltyApproved':
      return view && { ...view, status: 'approved', decidedBy: event.data.approvedBy, decidedAt: event.data.approvedAt, decision: event.data.comment };
    case 'finance-ratio.RewardPenaltyRejected':
      return view && { ...view, status: 'rejected', decidedBy: event.data.rejectedBy, decidedAt: event.data.rejectedAt, decision: event.data.reason };
  }
}

export const rewardPenaltyAggregate: AggregateDefinition<RewardPenaltyCommand, RewardPenaltyEvent, RewardPenaltyState, RewardPenaltyView, AuthUser> = {
  context: 'finance-ratio',
  streamPrefix: FINANCE_RATIO_REWARD_PENALTY_STREAM_PREFIX,
  eventTypes: REWARD_PENALTY_EVENT_TYPES,
  decider: rewardPenaltyDecider,
  notFound: (proposalId) => new NotFoundError(FINANCE_RATIO.PROPOSAL_NOT_FOUND, `proposal ${proposalId} does not exist`, { proposalId }),
  view: {
    collection: 'finance-ratio.rewards-penalties',
    projection: { name: 'finance-ratio-rewards-penalties', version: 1 },
    apply: applyToRewardPenaltyView,
    indexes: [{ fields: { tenantId: 1, proposedAt: -1 } }, { fields: { tenantId: 1, status: 1, proposedAt: -1 } }],
  },
};

export const REWARDS_PENALTIES = Symbol('finance-ratio.RewardsPenalties');
export type RewardsPenalties = Aggregate<RewardPenaltyCommand, RewardPenaltyEvent, RewardPenaltyState, RewardPenaltyView, AuthUser>;
