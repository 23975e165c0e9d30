/**
 * QA's published language (ARCHITECTURE.md "Events"): what intake, dispatch, returns and audit
 * need of a quality case and its CAPA. schemaVersion 1 of each type; a published version never
 * changes meaning (optional fields consumers may ignore can be added; anything else is a new
 * version). Envelope fields (id, stream, tenantId, region, occurredAt, actor, correlationId,
 * policyVersion) travel on the envelope.
 */

export const QA_TOPIC = 'aftersales.qa.events';
/** QA's streams: `qa.case-<caseId>`, `qa.capa-<capaId>` and `qa.inspection-<inspectionId>` (the record's key on the topic). */
export const QA_CASE_STREAM_PREFIX = 'qa.case-';
export const QA_CAPA_STREAM_PREFIX = 'qa.capa-';
/** The inspection of a return's goods (rule QA-6): ReturnInspected is keyed by it. */
export const QA_INSPECTION_STREAM_PREFIX = 'qa.inspection-';
export const QA_STREAM_PREFIXES = [QA_CASE_STREAM_PREFIX, QA_CAPA_STREAM_PREFIX, QA_INSPECTION_STREAM_PREFIX] as const;

export const QaIntegrationEventTypes = {
  QualityCaseOpened: 'qa.public.QualityCaseOpened',
  SeverityChanged: 'qa.public.SeverityChanged',
  DeterminationMade: 'qa.public.DeterminationMade',
  DispositionDecided: 'qa.public.DispositionDecided',
  CapaOpened: 'qa.public.CapaOpened',
  CapaVerified: 'qa.public.CapaVerified',
  CapaClosed: 'qa.public.CapaClosed',
  QualityCaseClosed: 'qa.public.QualityCaseClosed',
  QualityCaseReinstated: 'qa.public.QualityCaseReinstated',
  ReturnInspected: 'qa.public.ReturnInspected',
} as const;

export type QaIntegrationEventType = (typeof QaIntegrationEventTypes)[keyof typeof QaIntegrationEventTypes];

export type QaSeverityV1 = 'minor' | 'severe';
/** Rule QA-2. */
export type ResponsibilityV1 = 'ours' | 'human_factor' | 'customer_cause' | 'not_our_product';
export type OurCauseV1 = 'technical' | 'production_equipment' | 'management';
/** Rule QA-5. */
export type DispositionV1 = 'on_site_repair' | 'return_for_repair' | 'exchange' | 'replenish' | 'refund' | 'price_concession' | 'explain_and_close';

/** A quality feedback form reached QA (rule QA-1); `complaintId` is null for a form entered by hand. */
export interface QualityCaseOpenedV1 {
  readonly caseId: string;
  readonly complaintId: string | null;
  readonly severity: QaSeverityV1;
  readonly category: string;
  readonly customerId: string;
  readonly product: { readonly model: string; readonly serialNumber: string | null; readonly contractNumber: string | null };
  readonly defectNature: string;
  readonly receivedAt: string;
}

export interface QaSeverityChangedV1 {
  readonly caseId: string;
  readonly complaintId: string | null;
  readonly severity: QaSeverityV1;
  readonly reason: string;
  /** Rule QA-4 for the new severity (false until a determination); absent, it did not change. */
  readonly capaRequired?: boolean;
}

/** QA decided who is responsible (rule QA-2). */
export interface DeterminationMadeV1 {
  readonly caseId: string;
  readonly complaintId: string | null;
  readonly responsibility: ResponsibilityV1;
  readonly ourCause: OurCauseV1 | null;
  /** The written result for the sales rep to give the customer (not ours), else null. */
  readonly explanationToCustomer: string | null;
  /** Rule QA-4: a CAPA must follow. */
  readonly capaRequired: boolean;
}

/** What will be done for the customer (rule QA-5): dispatch or returns act on it. */
export interface DispositionDecidedV1 {
  readonly caseId: string;
  readonly complaintId: string | null;
  readonly disposition: DispositionV1;
  /** Decided on an approved preliminary report before the root cause is known (rule QA-3). */
  readonly interim: boolean;
  readonly note: string | null;
  readonly customerId: string;
  readonly product: { readonly model: string; readonly serialNumber: string | null; readonly contractNumber: string | null };
}

export interface CapaOpenedV1 {
  readonly capaId: string;
  readonly caseId: string;
  readonly complaintId: string | null;
  readonly department: string;
  readonly dueOn: string;
  readonly required: boolean;
}

/** One later shipment checked (rule QA-4). */
export interface CapaVerifiedV1 {
  readonly capaId: string;
  readonly caseId: string;
  readonly shipmentId: string;
  readonly result: 'pass' | 'fail';
  readonly passingVerifications: number;
}

export interface CapaClosedV1 {
  readonly capaId: string;
  readonly caseId: string;
  readonly passingVerifications: number;
}

export interface QualityCaseClosedV1 {
  readonly caseId: string;
  readonly complaintId: string | null;
  /** `closed` after determination and disposition; `cancelled` when the complaint went away. */
  readonly outcome: 'closed' | 'cancelled';
  readonly summary: string;
}

/** A cancelled case goes on: intake accepted its complaint again after a reassessment. */
export interface QualityCaseReinstatedV1 {
  readonly caseId: string;
  readonly complaintId: string | null;
  readonly status: 'open' | 'analysing' | 'determined';
}

/**
 * What QA found on one returned line (rule QA-6): the original quality intact (unsalable and
 * customer-error returns: it may go back into stock); a genuine product defect (quality returns:
 * QA names the responsible department and person); damage the customer caused (QA refuses to sign);
 * not resalable though not the customer's doing (a customer-error return's loss, rule WR-7).
 */
export type ReturnFindingV1 = 'quality_intact' | 'defect_confirmed' | 'customer_damage' | 'not_resalable';

export interface InspectedLineV1 {
  readonly lineId: string;
  readonly finding: ReturnFindingV1;
  /** Named when the finding is `defect_confirmed` (rule QA-6), else null. */
  readonly responsibleDepartment: string | null;
  readonly responsiblePerson: string | null;
  readonly note: string | null;
}

/**
 * QA inspected the goods of a return (rule QA-6), the answer to
 * warehouse-returns.public.ReturnGoodsReceived: `signed` is QA's signature for booking (rule WR-5);
 * `refused` (some line is customer damage) carries the written reason, the basis for refusing the
 * return. One per return request.
 */
export interface ReturnInspectedV1 {
  readonly inspectionId: string;
  readonly returnRequestId: string;
  readonly caseId: string | null;
  readonly customerId: string;
  readonly verdict: 'signed' | 'refused';
  readonly reason: string | null;
  readonly lines: readonly InspectedLineV1[];
  readonly inspectedAt: string;
}

export interface QaIntegrationEventData {
  readonly 'qa.public.QualityCaseOpened': QualityCaseOpenedV1;
  readonly 'qa.public.SeverityChanged': QaSeverityChangedV1;
  readonly 'qa.public.DeterminationMade': DeterminationMadeV1;
  readonly 'qa.public.DispositionDecided': DispositionDecidedV1;
  readonly 'qa.public.CapaOpened': CapaOpenedV1;
  readonly 'qa.public.CapaVerified': CapaVerifiedV1;
  readonly 'qa.public.CapaClosed': CapaClosedV1;
  readonly 'qa.public.QualityCaseClosed': QualityCaseClosedV1;
  readonly 'qa.public.QualityCaseReinstated': QualityCaseReinstatedV1;
  readonly 'qa.public.ReturnInspected': ReturnInspectedV1;
}
