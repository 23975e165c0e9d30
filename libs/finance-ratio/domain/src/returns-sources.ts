import type { BookedLineV1 } from '@aftersales/contracts';
import { deterministicUuid } from '@aftersales/eventsourcing';
import { MovementReport } from './customer-ratio.decider';
import { CostCategory, CostCause } from './cost-entry';
import { FinanceRatioPolicy } from './policy';

/** What finance reads of warehouse-returns' receipt note (warehouse-returns.public.ReturnBookedIn v1). */
export interface BookedReturnFacts {
  readonly eventId: string;
  readonly eventType: string;
  readonly returnRequestId: string;
  readonly receiptNoteNumber: string;
  readonly bookedAt: string;
  /** The QA case whose disposition made the return (null: entered by hand, or published before v1 carried it). */
  readonly caseId?: string | null;
  /** The receipt note's lines as published (contracts: BookedLineV1). */
  readonly lines: readonly BookedLineV1[];
}

/** A booked line's movement on the customer's account: one per return request and line, whatever redeliveries. */
export function bookedMovementId(returnRequestId: string, lineId: string): string {
  return `return:${returnRequestId}:${lineId}`;
}

// rule FR-1: a booked return's lines count in the customer's ratio by the policy's outcome map (exchange → exchanged; refund, restock, write_off → returned), valued at the line's own amounts
/**
 * The movements a receipt note makes under `policy` (WR-6: the quantities and amounts finance takes
 * the same day). A policy that counts no booked returns (before 2026.2: it counts the dispositions)
 * makes none; a line whose outcome it does not count reports `kind: null`, which withdraws nothing
 * that was never counted.
 */
export function bookedMovements(booked: BookedReturnFacts, policy: FinanceRatioPolicy): MovementReport[] {
  const counted = policy.returns;
  if (!counted || Object.keys(counted).length === 0) return [];
  return booked.lines.map((line) => ({
    movementId: bookedMovementId(booked.returnRequestId, line.lineId),
    kind: counted[line.outcome] ?? null,
    quantity: line.quantity,
    model: line.sku,
    serialNumber: null,
    contractNumber: null,
    occurredAt: booked.bookedAt,
    source: { eventType: booked.eventType, eventId: booked.eventId, caseId: booked.caseId ?? null, returnRequestId: booked.returnRequestId, lineId: line.lineId },
    value: { currency: line.currency, amountMinor: line.amountMinor, unitPriceMinor: line.unitPriceMinor, documentNumber: line.deliveryDocument ?? booked.receiptNoteNumber },
  }));
}

/** What finance reads of a quality cost warehouse-returns charged (warehouse-returns.public.QualityCostCharged v1). */
export interface ChargedQualityCost {
  readonly returnRequestId: string;
  readonly lineId: string;
  readonly chargedTo: { readonly kind: 'sales_rep' | 'department'; readonly id: string };
}

/** The ledger entry of a charged line: one per return request and line (a redelivery, or the same charge under another event id, records nothing). */
export function qualityCostEntryId(tenantId: string, returnRequestId: string, lineId: string): string {
  return deterministicUuid(tenantId, 'finance-ratio.returns-quality-cost', returnRequestId, lineId);
}

// rule FR-3: a customer-caused return that cannot be resold (WR-7) is a write-off charged to the sales rep, or to the sales department when warehouse-returns charges the department
/** How the ledger attributes the charge: the cause is always the unsold customer-caused return; the rep or the department bears it. */
export function qualityCostAttribution(charge: ChargedQualityCost): { readonly category: CostCategory; readonly cause: CostCause; readonly salesRepId: string | null; readonly department: string | null } {
  return charge.chargedTo.kind === 'sales_rep'
    ? { category: 'write_off', cause: 'unsold_customer_caused_return', salesRepId: charge.chargedTo.id, department: null }
    : { category: 'write_off', cause: 'unsold_customer_caused_return', salesRepId: null, department: charge.chargedTo.id };
}
