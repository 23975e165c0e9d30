/**
 * The quality case's vocabulary (客户质量反馈处理单, rules QA-1..QA-5). Values are stable
 * identifiers stored in events: never renamed; labels for people live in the API layer.
 */

export const SEVERITIES = ['minor', 'severe'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Rule QA-2: who is responsible for the defect. */
export const RESPONSIBILITIES = ['ours', 'human_factor', 'customer_cause', 'not_our_product'] as const;
export type Responsibility = (typeof RESPONSIBILITIES)[number];

/** Rule QA-2: when it is ours, which kind of cause (technical: parameters/process). */
export const OUR_CAUSES = ['technical', 'production_equipment', 'management'] as const;
export type OurCause = (typeof OUR_CAUSES)[number];

/** Rule QA-2: the departments that take part in the analysis and own solutions and CAPA. */
export const DEPARTMENTS = ['production', 'engineering', 'quality', 'sales', 'other'] as const;
export type Department = (typeof DEPARTMENTS)[number];

/** Rule QA-5: what is done for the customer. */
export const DISPOSITIONS = ['on_site_repair', 'return_for_repair', 'exchange', 'replenish', 'refund', 'price_concession', 'explain_and_close'] as const;
export type Disposition = (typeof DISPOSITIONS)[number];
/** Rule QA-3: what may be done for the customer before the root cause is known (repair or exchange first). */
export const INTERIM_DISPOSITIONS: readonly Disposition[] = ['on_site_repair', 'return_for_repair', 'exchange', 'replenish'];

/** Intake's categories (contracts v1) as QA receives them. */
export const CATEGORIES = ['appearance', 'model_quantity', 'performance', 'service_attitude', 'non_quality', 'other'] as const;
export type Category = (typeof CATEGORIES)[number];

export const CASE_STATUSES = ['open', 'analysing', 'determined', 'closed', 'cancelled'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];
/** The statuses a case ends in: it owes nothing more. */
export type TerminalCaseStatus = Extract<CaseStatus, 'closed' | 'cancelled'>;
export const TERMINAL_CASE_STATUSES: readonly CaseStatus[] = ['closed', 'cancelled'] satisfies readonly TerminalCaseStatus[];

/**
 * What a case owes by when (rule QA-3): QA's opinion from receipt; each instructed department's
 * written solution from QA's instruction (`solution:<department>`).
 */
export type CaseObligation = 'qa_opinion' | `solution:${Department}`;

export function solutionObligation(department: Department): CaseObligation {
  return `solution:${department}`;
}

/** Rules QA-1 / IN-1: how the case reached QA. */
export type CaseSource =
  /** Opened by the process manager from intake's accepted complaint. */
  | { readonly kind: 'complaint'; readonly complaintId: string }
  /** A written quality feedback form entered by a sales assistant. */
  | { readonly kind: 'feedback_form'; readonly formRef: string | null };

export interface CaseProduct {
  readonly model: string;
  readonly serialNumber: string | null;
  readonly partNumber: string | null;
  readonly contractNumber: string | null;
  readonly productLine: string | null;
}

/** Rule QA-1 (IN-2's content): what the case is about. */
export interface CaseSubject {
  readonly customerId: string;
  readonly customerName: string | null;
  readonly product: CaseProduct;
  readonly category: Category;
  readonly defectNature: string;
  readonly defectLocation: string | null;
  readonly defectiveQuantity: number;
  readonly requestedResolution: string | null;
  readonly description: string | null;
}

export interface DeadlineDue<TObligation extends string = CaseObligation> {
  readonly obligation: TObligation;
  readonly dueAt: string;
}

/** Rule QA-4: one checked later shipment. */
export const VERIFICATION_RESULTS = ['pass', 'fail'] as const;
export type VerificationResult = (typeof VERIFICATION_RESULTS)[number];

export const CAPA_STATUSES = ['open', 'closed'] as const;
export type CapaStatus = (typeof CAPA_STATUSES)[number];
