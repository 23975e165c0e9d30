import { RatioExplanation, RatioSnapshot } from '@aftersales/finance-ratio-domain';
import { AlertView } from './alerts.projection';
import { CostEntryView, RewardPenaltyView } from './ledger.aggregates';
import { AlertResponse, CostEntryResponse, RatioDocumentResponse, RewardPenaltyResponse, SnapshotResponse } from './finance-ratio.response.dto';

/** A snapshot as the API shows it: the limit's source flattened. */
export function presentSnapshot(s: RatioSnapshot): SnapshotResponse {
  const { source, ...limit } = s.limit;
  return {
    customerId: s.customerId,
    region: s.region,
    period: { ...s.period },
    quantity: { ...s.quantity },
    amounts: s.amounts.map((a) => ({ ...a })),
    limit: { ...limit, source: source.kind, contractNumber: source.kind === 'contract' ? source.contractNumber : null, region: source.kind === 'region' ? source.region : null },
    overLimit: s.overLimit,
    unvaluedMovements: s.unvaluedMovements,
    purchaseDocuments: s.purchaseDocuments,
    movements: s.movements,
    policyVersion: s.policyVersion,
  };
}

export function presentDocuments(e: RatioExplanation): RatioDocumentResponse[] {
  return e.documents.map((d) => ({ ...d }));
}

export function presentAlert(view: AlertView): AlertResponse {
  return {
    alertId: view.alertId,
    customerId: view.customerId,
    region: view.region,
    crossing: view.crossing,
    status: view.status,
    recipients: [...view.recipients],
    raisedAt: view.raisedAt,
    raisedWith: presentSnapshot(view.raisedWith),
    clearedAt: view.clearedAt,
    clearedWith: view.clearedWith && presentSnapshot(view.clearedWith),
    acknowledged: view.acknowledged && { ...view.acknowledged },
  };
}

export function presentCostEntry(view: CostEntryView): CostEntryResponse {
  const { _id: _unusedId, _position: _unusedPosition, tenantId: _unusedTenant, ...entry } = view as CostEntryView & { _position?: bigint };
  return { ...entry, attribution: { ...entry.attribution }, source: { ...entry.source } };
}

export function presentRewardPenalty(view: RewardPenaltyView): RewardPenaltyResponse {
  return {
    proposalId: view.proposalId,
    kind: view.kind,
    status: view.status,
    subjectId: view.subjectId,
    month: view.month,
    amountMinor: view.amountMinor,
    currency: view.currency,
    reason: view.reason,
    region: view.region,
    source: { ...view.source },
    proposedBy: view.proposedBy,
    proposedAt: view.proposedAt,
    decidedBy: view.decidedBy,
    decidedAt: view.decidedAt,
    decision: view.decision,
    policyVersion: view.policyVersion,
  };
}
