import { attribute } from './cost-entry.decider';
import { FINANCE_RATIO } from './errors';
import { conductProposal, conductProposalId, settlementCosts, settlementEntryId } from './dispatch-sources';
import { RewardPenaltyCommand, rewardPenaltyDecider } from './reward-penalty.decider';
import { defaultPolicy, errorOf, scenario } from './testing-fixtures';

describe('FR-3 dispatch settlements in the quality-cost ledger', () => {
  it('FR-3 free items are the company cost (our fault), charged items the customer, each its own entry', () => {
    const costs = settlementCosts({ freeTotalMinor: 12_030, chargedTotalMinor: 4_510 });
    expect(costs).toEqual([
      { part: 'free', amountMinor: 12_030n, category: 'labour', cause: 'our_fault' },
      { part: 'charged', amountMinor: 4_510n, category: 'labour', cause: 'customer_fault' },
    ]);
    expect(costs.map((c) => attribute(c.cause, null).party)).toEqual(['company', 'customer']);
  });

  it('FR-3 the entries sum exactly to the settlement (10 + 20 fen is 30, no float)', () => {
    const costs = settlementCosts({ freeTotalMinor: 10, chargedTotalMinor: 20 });
    expect(costs.reduce((sum, c) => sum + c.amountMinor, 0n)).toBe(30n);
  });

  it('FR-3 a part worth nothing makes no entry; an old settlement without the free value makes only the charged one', () => {
    expect(settlementCosts({ freeTotalMinor: 0, chargedTotalMinor: 0 })).toEqual([]);
    expect(settlementCosts({ freeTotalMinor: 500, chargedTotalMinor: 0 }).map((c) => c.part)).toEqual(['free']);
    expect(settlementCosts({ chargedTotalMinor: 800 }).map((c) => c.part)).toEqual(['charged']);
  });

  it('FR-3 the entry id derives from the source event and the part: a redelivery names the same entry', () => {
    expect(settlementEntryId('t1', 'ev-1', 'free')).toBe(settlementEntryId('t1', 'ev-1', 'free'));
    expect(settlementEntryId('t1', 'ev-1', 'free')).not.toBe(settlementEntryId('t1', 'ev-1', 'charged'));
    expect(settlementEntryId('t1', 'ev-1', 'free')).not.toBe(settlementEntryId('t2', 'ev-1', 'free'));
  });
});

describe('FR-4 dispatch conduct records (DI-9) as penalty proposals', () => {
  const conduct = {
    eventId: 'ev-9',
    tenantId: 't1',
    region: 'cn-east',
    // 2026-03-31 17:30 UTC is already April 1st in Shanghai: the proposal's month is the local one
    occurredAt: '2026-03-31T17:30:00.000Z',
    recordedBy: 'dispatcher-1',
    workOrderId: 'wo-1',
    technicianId: 'tech-7',
    kind: 'late_arrival',
    penaltyMinor: 5000,
    currency: 'CNY',
  };
  const { given, when } = scenario(rewardPenaltyDecider);

  it('FR-4 a conduct record is a penalty proposal against the technician, by the recording dispatcher, naming its source event', () => {
    const proposal = conductProposal(conduct, 'Asia/Shanghai');
    expect(proposal).toMatchObject({
      proposalId: conductProposalId('t1', 'ev-9'),
      kind: 'penalty',
      subjectId: 'tech-7',
      month: '2026-04',
      amountMinor: '5000',
      currency: 'CNY',
      proposedBy: 'dispatcher-1',
      source: { kind: 'dispatch_conduct', eventId: 'ev-9' },
    });
    expect(proposal.reason).toContain('late_arrival');
    expect(when([], { type: 'Propose', proposal, policy: defaultPolicy })[0]).toMatchObject({ type: 'finance-ratio.RewardPenaltyProposed', data: { source: { kind: 'dispatch_conduct', eventId: 'ev-9' } } });
  });

  it('FR-4 it still needs a manager other than the recording dispatcher to approve it', () => {
    const propose: RewardPenaltyCommand = { type: 'Propose', proposal: conductProposal(conduct, 'Asia/Shanghai'), policy: defaultPolicy };
    const now = new Date('2026-04-02T00:00:00.000Z');
    expect(errorOf(() => when([propose], { type: 'Approve', proposalId: conductProposalId('t1', 'ev-9'), by: 'dispatcher-1', comment: null, now }))).toMatchObject({ code: FINANCE_RATIO.APPROVER_IS_PROPOSER });
    expect(given(propose, { type: 'Approve', proposalId: conductProposalId('t1', 'ev-9'), by: 'bh-1', comment: null, now }).state.status).toBe('approved');
  });

  it('FR-4 a conduct penalty outside the policy range is refused like any proposal', () => {
    const proposal = conductProposal({ ...conduct, penaltyMinor: 60_000 }, 'Asia/Shanghai');
    expect(errorOf(() => when([], { type: 'Propose', proposal, policy: defaultPolicy }))).toMatchObject({ code: FINANCE_RATIO.OUTSIDE_POLICY_RANGE });
  });
});
