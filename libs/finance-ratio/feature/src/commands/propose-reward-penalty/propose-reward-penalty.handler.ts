import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler, IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { CLOCK, Clock, DocumentFilter, TenantScopedReader } from '@aftersales/eventsourcing';
import { AggregateCommandHandler, LoadedPolicy, Page, allOf, eventMetadata, idForCreate, readPage } from '@aftersales/platform';
import { FinanceRatioPolicy, RewardPenaltyCommand } from '@aftersales/finance-ratio-domain';
import { FINANCE_RATIO_POLICY } from '../../finance-ratio-policy.provider';
import { REWARDS_PENALTIES, RewardPenaltyView, RewardsPenalties } from '../../ledger.aggregates';
import { minorUnitsOf } from '../../ledger/amounts';
import { ApproveRewardPenalty, ListRewardsPenalties, ProposeRewardPenalty, RejectRewardPenalty } from './propose-reward-penalty.command';

/** FR-4: a manager proposes a reward or a penalty within the policy's range. */
@CommandHandler(ProposeRewardPenalty)
export class ProposeRewardPenaltyHandler implements ICommandHandler<ProposeRewardPenalty> {
  constructor(
    @Inject(REWARDS_PENALTIES) private readonly proposals: RewardsPenalties,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(FINANCE_RATIO_POLICY) private readonly policy: LoadedPolicy<FinanceRatioPolicy>,
  ) {}

  async execute({ caller, request }: ProposeRewardPenalty): Promise<{ view: RewardPenaltyView; replayed: boolean }> {
    const amount = minorUnitsOf('amount', request.amount, request.currency);
    const proposalId = idForCreate(caller, 'finance-ratio.reward-penalty');
    if (caller.idempotencyKey) {
      const { current } = await this.proposals.read(caller.user.tenantId, proposalId);
      if (current.view) return { view: current.view, replayed: true };
    }
    const now = this.clock.now();
    const { view } = await this.proposals.execute({
      id: proposalId,
      tenantId: caller.user.tenantId,
      command: {
        type: 'Propose',
        policy: this.policy.policy,
        proposal: {
          proposalId,
          kind: request.kind,
          subjectId: request.subjectId,
          month: request.month,
          amountMinor: amount.toString(),
          currency: request.currency,
          reason: request.reason,
          region: request.region,
          source: { kind: 'manual', eventId: null },
          proposedBy: caller.user.id,
          proposedAt: now.toISOString(),
        },
      },
      metadata: { ...eventMetadata(caller, request.region), policyVersion: this.policy.version },
      now,
      expectedRevision: 'no_stream',
    });
    return { view: view as RewardPenaltyView, replayed: false };
  }
}

abstract class DecisionHandler<T extends ApproveRewardPenalty | RejectRewardPenalty> extends AggregateCommandHandler<T, RewardPenaltyCommand, RewardPenaltyView> {
  constructor(
    @Inject(REWARDS_PENALTIES) protected readonly aggregate: RewardsPenalties,
    @Inject(CLOCK) protected readonly clock: Clock,
  ) {
    super();
  }
}

/** FR-4: another manager approves it (never the proposer). */
@CommandHandler(ApproveRewardPenalty)
export class ApproveRewardPenaltyHandler extends DecisionHandler<ApproveRewardPenalty> {
  decide({ caller, id, request }: ApproveRewardPenalty): RewardPenaltyCommand {
    return { type: 'Approve', proposalId: id, by: caller.user.id, comment: request.comment ?? null, now: this.clock.now() };
  }
}

@CommandHandler(RejectRewardPenalty)
export class RejectRewardPenaltyHandler extends DecisionHandler<RejectRewardPenalty> {
  decide({ caller, id, request }: RejectRewardPenalty): RewardPenaltyCommand {
    return { type: 'Reject', proposalId: id, by: caller.user.id, reason: request.reason, now: this.clock.now() };
  }
}

@QueryHandler(ListRewardsPenalties)
export class ListRewardsPenaltiesHandler implements IQueryHandler<ListRewardsPenalties> {
  constructor(@Inject(REWARDS_PENALTIES) private readonly proposals: RewardsPenalties) {}

  execute({ caller, request }: ListRewardsPenalties): Promise<Page<RewardPenaltyView>> {
    const conditions: DocumentFilter[] = request.status ? [{ status: request.status }] : [];
    return readPage(new TenantScopedReader(this.proposals.collection(), caller.user.tenantId), allOf(conditions), { proposedAt: -1, _id: 1 }, request);
  }
}
