import { FINANCE_RATIO_REWARD_PENALTY_STREAM_PREFIX } from '@aftersales/contracts';
import { Decider, DomainEvent, DomainError, InvalidStateError, NotFoundError } from '@aftersales/eventsourcing';
import { FINANCE_RATIO } from './errors';
import { formatMinor, parseAmount } from './money';
import { FinanceRatioPolicy, financeRatioPolicyVersion } from './policy';

export { FINANCE_RATIO_REWARD_PENALTY_STREAM_PREFIX };
export const rewardPenaltyStream = (proposalId: string): string => `${FINANCE_RATIO_REWARD_PENALTY_STREAM_PREFIX}${proposalId}`;

export const REWARD_PENALTY_KINDS = ['reward', 'penalty'] as const;
export type RewardPenaltyKind = (typeof REWARD_PENALTY_KINDS)[number];
export const REWARD_PENALTY_STATUSES = ['proposed', 'approved', 'rejected'] as const;
export type RewardPenaltyStatus = (typeof REWARD_PENALTY_STATUSES)[number];

export interface RewardPenaltyProposal {
  readonly proposalId: string;
  readonly kind: RewardPenaltyKind;
  /** The person rewarded or fined. */
  readonly subjectId: string;
  /** The month it belongs to, `YYYY-MM`. */
  readonly month: string;
  readonly amountMinor: string;
  readonly currency: string;
  readonly reason: string;
  readonly region: string;
  /** A manager's proposal, or a conduct record from dispatch (DI-9) arriving as one. */
  readonly source: { readonly kind: 'manual' | 'dispatch_conduct'; readonly eventId: string | null };
  readonly proposedBy: string;
  readonly proposedAt: string;
}

export type RewardPenaltyProposed = DomainEvent<'finance-ratio.RewardPenaltyProposed', RewardPenaltyProposal>;
export type RewardPenaltyApproved = DomainEvent<'finance-ratio.RewardPenaltyApproved', { readonly proposalId: string; readonly approvedBy: string; readonly approvedAt: string; readonly comment: string | null }>;
export type RewardPenaltyRejected = DomainEvent<'finance-ratio.RewardPenaltyRejected', { readonly proposalId: string; readonly rejectedBy: string; readonly rejectedAt: string; readonly reason: string }>;
export type RewardPenaltyEvent = RewardPenaltyProposed | RewardPenaltyApproved | RewardPenaltyRejected;
export const REWARD_PENALTY_EVENT_TYPES: readonly RewardPenaltyEvent['type'][] = ['finance-ratio.RewardPenaltyProposed', 'finance-ratio.RewardPenaltyApproved', 'finance-ratio.RewardPenaltyRejected'];

export type RewardPenaltyCommand =
  | { readonly type: 'Propose'; readonly proposal: RewardPenaltyProposal; readonly policy: FinanceRatioPolicy }
  | { readonly type: 'Approve'; readonly proposalId: string; readonly by: string; readonly comment: string | null; readonly now: Date }
  | { readonly type: 'Reject'; readonly proposalId: string; readonly by: string; readonly reason: string; readonly now: Date };

export type RewardPenaltyState = { readonly status: 'none' } | { readonly status: RewardPenaltyStatus; readonly proposal: RewardPenaltyProposal };

// rule FR-4: a reward or penalty within the policy's range
/** The policy's range for the kind, in minor units of its currency; refuses another currency or an amount outside it. */
export function checkWithinRange(policy: FinanceRatioPolicy, kind: RewardPenaltyKind, amountMinor: bigint, currency: string): void {
  const { currency: policyCurrency, [kind]: range } = policy.rewardsPenalties;
  if (currency !== policyCurrency) {
    throw new DomainError(FINANCE_RATIO.OUTSIDE_POLICY_RANGE, `rewards and penalties are in ${policyCurrency}`, { currency, policyCurrency });
  }
  const min = parseAmount(range.min, currency) as bigint;
  const max = parseAmount(range.max, currency) as bigint;
  if (amountMinor < min || amountMinor > max) {
    throw new DomainError(FINANCE_RATIO.OUTSIDE_POLICY_RANGE, `a ${kind} is between ${formatMinor(min, currency)} and ${formatMinor(max, currency)} ${currency}`, {
      kind,
      min: range.min,
      max: range.max,
      currency,
      policyVersion: financeRatioPolicyVersion(policy),
    });
  }
}

function proposed(state: RewardPenaltyState, proposalId: string): { status: 'proposed'; proposal: RewardPenaltyProposal } {
  if (state.status === 'none') throw new NotFoundError(FINANCE_RATIO.PROPOSAL_NOT_FOUND, `proposal ${proposalId} does not exist`, { proposalId });
  if (state.status !== 'proposed') throw new InvalidStateError(FINANCE_RATIO.PROPOSAL_DECIDED, `proposal ${proposalId} was ${state.status} already`, { proposalId, status: state.status });
  return state as { status: 'proposed'; proposal: RewardPenaltyProposal };
}

export const rewardPenaltyDecider: Decider<RewardPenaltyCommand, RewardPenaltyEvent, RewardPenaltyState> = {
  initialState: () => ({ status: 'none' }),

  decide(command, state): RewardPenaltyEvent[] {
    switch (command.type) {
      case 'Propose': {
        const p = command.proposal;
        if (state.status !== 'none') throw new InvalidStateError(FINANCE_RATIO.PROPOSAL_EXISTS, `proposal ${p.proposalId} exists already`, { proposalId: p.proposalId });
        checkWithinRange(command.policy, p.kind, BigInt(p.amountMinor), p.currency);
        return [{ type: 'finance-ratio.RewardPenaltyProposed', policyVersion: financeRatioPolicyVersion(command.policy), data: p }];
      }
      // rule FR-4: proposed by one manager, approved by another (never the proposer)
      case 'Approve': {
        const s = proposed(state, command.proposalId);
        if (s.proposal.proposedBy === command.by) {
          throw new DomainError(FINANCE_RATIO.APPROVER_IS_PROPOSER, 'a reward or penalty is approved by another manager than the one who proposed it', { proposalId: command.proposalId });
        }
        return [{ type: 'finance-ratio.RewardPenaltyApproved', data: { proposalId: command.proposalId, approvedBy: command.by, approvedAt: command.now.toISOString(), comment: command.comment } }];
      }
      case 'Reject': {
        proposed(state, command.proposalId);
        return [{ type: 'finance-ratio.RewardPenaltyRejected', data: { proposalId: command.proposalId, rejectedBy: command.by, rejectedAt: command.now.toISOString(), reason: command.reason } }];
      }
    }
  },

  evolve(state, event): RewardPenaltyState {
    switch (event.type) {
      case 'finance-ratio.RewardPenaltyProposed':
        return { status: 'proposed', proposal: event.data };
      case 'finance-ratio.RewardPenaltyApproved':
        return state.status === 'none' ? state : { ...state, status: 'approved' };
      case 'finance-ratio.RewardPenaltyRejected':
        return state.status === 'none' ? state : { ...state, status: 'rejected' };
      default:
        return unknownEvent(event, state);
    }
  },
};

function unknownEvent(event: never, state: RewardPenaltyState): RewardPenaltyState {
  void event;
  return state;
}
