import { FINANCE_RATIO } from './errors';
import { RewardPenaltyCommand, rewardPenaltyDecider } from './reward-penalty.decider';
import { defaultPolicy, errorOf, scenario } from './testing-fixtures';

const NOW = new Date('2026-03-05T02:00:00.000Z');
const propose = (kind: 'reward' | 'penalty', amountMinor: string, currency = 'CNY'): RewardPenaltyCommand => ({
  type: 'Propose',
  policy: defaultPolicy,
  proposal: {
    proposalId: 'p-1',
    kind,
    subjectId: 'tech-7',
    month: '2026-03',
    amountMinor,
    currency,
    reason: 'Left the site without testing the repair',
    region: 'cn-east',
    source: { kind: 'manual', eventId: null },
    proposedBy: 'bh-1',
    proposedAt: NOW.toISOString(),
  },
});

describe('FR-4 rewards and penalties', () => {
  const { given, when } = scenario(rewardPenaltyDecider);

  it('FR-4 a proposal is within the policy range for its kind, in the policy currency; the bounds are inside', () => {
    expect(when([], propose('penalty', '5000'))[0].policyVersion).toBe('finance-ratio-default@2026.2');
    expect(when([], propose('penalty', '50000'))).toHaveLength(1);
    expect(errorOf(() => when([], propose('penalty', '50001')))).toMatchObject({ code: FINANCE_RATIO.OUTSIDE_POLICY_RANGE, details: { min: '50', max: '500' } });
    expect(errorOf(() => when([], propose('penalty', '4999')))).toMatchObject({ code: FINANCE_RATIO.OUTSIDE_POLICY_RANGE });
    expect(when([], propose('reward', '200000'))).toHaveLength(1);
    expect(errorOf(() => when([], propose('reward', '100', 'USD')))).toMatchObject({ code: FINANCE_RATIO.OUTSIDE_POLICY_RANGE, details: { currency: 'USD' } });
  });

  it('FR-4 approved by another manager, never the proposer; decided once', () => {
    const approve = (by: string): RewardPenaltyCommand => ({ type: 'Approve', proposalId: 'p-1', by, comment: null, now: NOW });
    expect(errorOf(() => when([propose('penalty', '5000')], approve('bh-1')))).toMatchObject({ code: FINANCE_RATIO.APPROVER_IS_PROPOSER });
    expect(when([propose('penalty', '5000')], approve('gm-1'))[0].data).toMatchObject({ approvedBy: 'gm-1' });
    expect(given(propose('penalty', '5000'), approve('gm-1')).state.status).toBe('approved');
    expect(errorOf(() => when([propose('penalty', '5000'), approve('gm-1')], approve('gm-2')))).toMatchObject({ code: FINANCE_RATIO.PROPOSAL_DECIDED });
    const reject: RewardPenaltyCommand = { type: 'Reject', proposalId: 'p-1', by: 'gm-1', reason: 'no loss', now: NOW };
    expect(given(propose('penalty', '5000'), reject).state.status).toBe('rejected');
    expect(errorOf(() => when([], approve('gm-1')))).toMatchObject({ code: FINANCE_RATIO.PROPOSAL_NOT_FOUND });
  });
});
