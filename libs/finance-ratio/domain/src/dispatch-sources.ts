import { deterministicUuid } from '@aftersales/eventsourcing';
import { CostCategory, CostCause } from './cost-entry';
import { localDateIn } from './period';
import { RewardPenaltyProposal } from './reward-penalty.decider';

/** What finance reads of dispatch's settlement (dispatch.public.Settled v1), amounts in minor units. */
export interface SettlementFacts {
  readonly chargedTotalMinor: number;
  /** The value of the free items; absent from settlements published before dispatch carried it. */
  readonly freeTotalMinor?: number;
}

/** One ledger entry a settlement makes: which part of it, the amount, the category and the cause that attributes it. */
export interface SettlementCost {
  readonly part: 'free' | 'charged';
  readonly amountMinor: bigint;
  readonly category: CostCategory;
  readonly cause: CostCause;
}

// rule FR-3: a dispatch settlement's cost by who bears it: free items (warranty repair, decided free by dispatch's DI-2/DI-6 rules) are the company's cost, charged items are the customer's (it paid them against a receipt)
/**
 * Dispatch's v1 settlement carries totals, not categories: each part is booked as `labour` (on-site
 * service). Parts worth nothing make no entry (a ledger entry moves money); an old settlement
 * without the free items' value makes only the charged entry.
 */
export function settlementCosts(settled: SettlementFacts): SettlementCost[] {
  const costs: SettlementCost[] = [];
  const free = BigInt(settled.freeTotalMinor ?? 0);
  const charged = BigInt(settled.chargedTotalMinor);
  if (free > 0n) costs.push({ part: 'free', amountMinor: free, category: 'labour', cause: 'our_fault' });
  if (charged > 0n) costs.push({ part: 'charged', amountMinor: charged, category: 'labour', cause: 'customer_fault' });
  return costs;
}

/** The id of the ledger entry a settlement's part makes: the same event gives the same entry (a redelivery records nothing). */
export function settlementEntryId(tenantId: string, eventId: string, part: SettlementCost['part']): string {
  return deterministicUuid(tenantId, 'finance-ratio.dispatch-settlement', eventId, part);
}

/** What finance reads of dispatch's conduct record (dispatch.public.ConductRecorded v1). */
export interface ConductFacts {
  readonly eventId: string;
  readonly tenantId: string;
  readonly region: string;
  readonly occurredAt: string;
  /** Who recorded it (the dispatcher): the proposer. */
  readonly recordedBy: string;
  readonly workOrderId: string;
  readonly technicianId: string;
  readonly kind: string;
  readonly penaltyMinor: number;
  readonly currency: string;
}

export function conductProposalId(tenantId: string, eventId: string): string {
  return deterministicUuid(tenantId, 'finance-ratio.dispatch-conduct', eventId);
}

// rule FR-4: a conduct record from dispatch (DI-9) arrives as a penalty proposal against the technician, proposed by whoever recorded it; another manager approves it
/** The month is the local month the conduct was recorded in (the policy's time zone). */
export function conductProposal(conduct: ConductFacts, timeZone: string): RewardPenaltyProposal {
  return {
    proposalId: conductProposalId(conduct.tenantId, conduct.eventId),
    kind: 'penalty',
    subjectId: conduct.technicianId,
    month: localDateIn(timeZone, new Date(conduct.occurredAt)).slice(0, 7),
    amountMinor: BigInt(conduct.penaltyMinor).toString(),
    currency: conduct.currency,
    reason: `DI-9 conduct: ${conduct.kind} on work order ${conduct.workOrderId}`,
    region: conduct.region,
    source: { kind: 'dispatch_conduct', eventId: conduct.eventId },
    proposedBy: conduct.recordedBy,
    proposedAt: conduct.occurredAt,
  };
}
