/**
 * WarehouseReturns's published language (ARCHITECTURE.md "Events"): what other contexts need of its
 * return requests. schemaVersion 1 of each type; a published version never changes meaning
 * (optional fields consumers may ignore can be added; anything else is a new version, ADR 011).
 * Envelope fields (id, stream, tenantId, region, occurredAt, actor, correlationId, policyVersion)
 * travel on the envelope.
 */

export const WAREHOUSE_RETURNS_TOPIC = 'aftersales.warehouse-returns.events';
/** WarehouseReturns's streams: `warehouse-returns.return-request-<returnRequestId>` (the record's key on the topic). */
export const WAREHOUSE_RETURNS_RETURN_REQUEST_STREAM_PREFIX = 'warehouse-returns.return-request-';
export const WAREHOUSE_RETURNS_STREAM_PREFIXES = [WAREHOUSE_RETURNS_RETURN_REQUEST_STREAM_PREFIX] as const;

export const WarehouseReturnsIntegrationEventTypes = {
  ReturnRequestOpened: 'warehouse-returns.public.ReturnRequestOpened',
  ReturnRequestApproved: 'warehouse-returns.public.ReturnRequestApproved',
  ReturnRequestRefused: 'warehouse-returns.public.ReturnRequestRefused',
  ReturnGoodsReceived: 'warehouse-returns.public.ReturnGoodsReceived',
  ReturnBookedIn: 'warehouse-returns.public.ReturnBookedIn',
  QualityCostCharged: 'warehouse-returns.public.QualityCostCharged',
} as const;

export type WarehouseReturnsIntegrationEventType = (typeof WarehouseReturnsIntegrationEventTypes)[keyof typeof WarehouseReturnsIntegrationEventTypes];

/** Why goods come back (rules WR-1, WR-7): unsalable stock, a quality defect, or the customer's over- or wrong ordering. */
export type ReturnReasonV1 = 'unsalable' | 'quality' | 'customer_error';

/**
 * A return request was opened (rule WR-1): entered by the after-sales section, or a draft made from
 * QA's disposition of `caseId` (its lines are entered before the first signature).
 */
export interface ReturnRequestOpenedV1 {
  readonly returnRequestId: string;
  readonly customerId: string;
  readonly reason: ReturnReasonV1;
  readonly caseId: string | null;
  readonly openedAt: string;
}

/** Every step of the request's approval chain is signed (rules WR-2, WR-3, WR-7): the transport order may be issued. */
export interface ReturnRequestApprovedV1 {
  readonly returnRequestId: string;
  readonly customerId: string;
  readonly reason: ReturnReasonV1;
  readonly caseId: string | null;
  readonly approvedAt: string;
}

/**
 * The return was refused, with the explanation (rule WR-2; QA-6 for `qa_inspection`): by a signer,
 * by the ratio or time-limit check (`exceptionPossible`: a company leader may still sign the
 * exception step), or by QA's inspection finding customer damage.
 */
export interface ReturnRequestRefusedV1 {
  readonly returnRequestId: string;
  readonly customerId: string;
  readonly caseId: string | null;
  readonly kind: 'signer' | 'ratio_check' | 'qa_inspection';
  readonly explanation: string;
  readonly exceptionPossible: boolean;
  readonly refusedAt: string;
}

/** What happens to a booked line (rules WR-5, WR-7): exchanged for the original variety, refunded, put back into stock, or written off (not resalable: a quality cost). */
export type ReturnLineOutcomeV1 = 'exchange' | 'refund' | 'restock' | 'write_off';

/** One line as the warehouse counted it. */
export interface ReceivedLineV1 {
  readonly lineId: string;
  readonly sku: string;
  /** The serial the approval covered, and the serial that arrived (null where none is known). */
  readonly serialNumberAuthorised: string | null;
  readonly serialNumberReceived: string | null;
  readonly quantityReceived: number;
}

/**
 * The warehouse counted the goods of an approved return (rule WR-5): QA inspects them (rule QA-6)
 * before anything is booked, refunded or replaced. One per return request; QA opens one inspection
 * for it. `caseId` is the QA case whose disposition started the return (null for one entered by the
 * after-sales section).
 */
export interface ReturnGoodsReceivedV1 {
  readonly returnRequestId: string;
  readonly customerId: string;
  readonly reason: ReturnReasonV1;
  readonly caseId: string | null;
  readonly lines: readonly ReceivedLineV1[];
  readonly receivedAt: string;
}

/** One line of a receipt note: amounts in integer minor units as decimal strings (`"1230"` = 12.30). */
export interface BookedLineV1 {
  readonly lineId: string;
  readonly sku: string;
  readonly quantity: number;
  readonly currency: string;
  readonly unitPriceMinor: string;
  readonly amountMinor: string;
  readonly outcome: ReturnLineOutcomeV1;
  /** The delivery (purchase document) the goods came from, when known. */
  readonly deliveryDocument: string | null;
}

/**
 * The goods were booked in with the three signatures (rule WR-5); the receipt note's quantities and
 * amounts, for finance the same day (rule WR-6): finance counts them in the customer's ratio (FR-1).
 */
export interface ReturnBookedInV1 {
  readonly returnRequestId: string;
  readonly customerId: string;
  readonly reason: ReturnReasonV1;
  readonly receiptNoteNumber: string;
  readonly lines: readonly BookedLineV1[];
  /** Who bears the return's costs: the customer when a return outside the policy lacked the general manager's consent (rule WR-7). */
  readonly costsBorneBy: 'company' | 'customer';
  readonly bookedAt: string;
  /**
   * The QA case whose disposition made the request, null for one the after-sales section entered.
   * Optional within v1: events published before it was added lack it (finance then cannot tell a
   * case it already counted by its disposition, ADR 018).
   */
  readonly caseId?: string | null;
}

/**
 * Goods returned through the customer's error could not be resold (rule WR-7): the loss is charged to
 * the sales rep or the department as quality cost; finance books it in the ledger (FR-3).
 */
export interface QualityCostChargedV1 {
  readonly returnRequestId: string;
  readonly lineId: string;
  readonly customerId: string;
  readonly chargedTo: { readonly kind: 'sales_rep' | 'department'; readonly id: string };
  readonly currency: string;
  readonly amountMinor: string;
  readonly reason: string;
  readonly chargedAt: string;
}

/** The data of each published type at v1, by type (the schemas beside them must cover every one). */
export interface WarehouseReturnsIntegrationEventData {
  readonly 'warehouse-returns.public.ReturnRequestOpened': ReturnRequestOpenedV1;
  readonly 'warehouse-returns.public.ReturnRequestApproved': ReturnRequestApprovedV1;
  readonly 'warehouse-returns.public.ReturnRequestRefused': ReturnRequestRefusedV1;
  readonly 'warehouse-returns.public.ReturnGoodsReceived': ReturnGoodsReceivedV1;
  readonly 'warehouse-returns.public.ReturnBookedIn': ReturnBookedInV1;
  readonly 'warehouse-returns.public.QualityCostCharged': QualityCostChargedV1;
}
