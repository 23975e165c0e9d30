/**
 * The complaint's vocabulary (rules IN-1, IN-2, IN-9). Values are stable identifiers: they are
 * stored in events, so a value is never renamed; labels for people live in labels.ts.
 */

/** Rule IN-1: how the case arrived. */
export const CHANNELS = ['hotline', 'email', 'fax_letter', 'web', 'on_site', 'sales_rep', 'dealer'] as const;
export type Channel = (typeof CHANNELS)[number];

/** Rule IN-3: the category decides the acceptance window. */
export const CATEGORIES = ['appearance', 'model_quantity', 'performance', 'service_attitude', 'non_quality', 'other'] as const;
export type Category = (typeof CATEGORIES)[number];

/** Rule IN-2: what the customer asks for. */
export const RESOLUTIONS = ['on_site_repair', 'return_for_repair', 'exchange', 'replenish', 'refund', 'price_concession'] as const;
export type RequestedResolution = (typeof RESOLUTIONS)[number];

/** Rule IN-9: the policy names the tiers that count as high value. */
export const CUSTOMER_TIERS = ['standard', 'key', 'strategic'] as const;
export type CustomerTier = (typeof CUSTOMER_TIERS)[number];

/** Rule IN-4 / IN-5: which class of part the defect is in. */
export const PART_CLASSES = ['main', 'accessory', 'consumable', 'gift'] as const;
export type PartClass = (typeof PART_CLASSES)[number];

/** Rule IN-4: a cause reported or found at intake that takes a case out of free acceptance. */
export const SUSPECTED_CAUSES = ['unknown', 'product_defect', 'human_damage', 'force_majeure'] as const;
export type SuspectedCause = (typeof SUSPECTED_CAUSES)[number];

export const SEVERITIES = ['minor', 'severe'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const ACCEPTANCE_KINDS = ['accepted_free', 'accepted_paid', 'rejected', 'needs_review'] as const;
export type AcceptanceKind = (typeof ACCEPTANCE_KINDS)[number];

export const STATUSES = ['registered', 'acknowledged', 'forwarded', 'closed', 'invalid', 'withdrawn'] as const;
export type ComplaintStatus = (typeof STATUSES)[number];
/** The statuses a complaint ends in: it owes nothing more and takes no command. */
export type TerminalStatus = Extract<ComplaintStatus, 'closed' | 'invalid' | 'withdrawn'>;
export const TERMINAL_STATUSES: readonly ComplaintStatus[] = ['closed', 'invalid', 'withdrawn'] satisfies readonly TerminalStatus[];

/** The response obligations intake tracks (rules IN-7, IN-8). */
export const OBLIGATIONS = ['acknowledge', 'forward', 'report_up'] as const;
export type Obligation = (typeof OBLIGATIONS)[number];

/** Rule IN-6: why a complaint does not stand. */
export const INVALIDITY_REASONS = ['not_our_product', 'outside_service_scope', 'no_defect_found', 'duplicate_report', 'other'] as const;
export type InvalidityReason = (typeof INVALIDITY_REASONS)[number];

/** Where a complaint is forwarded (rule IN-8): the rep's supervisor and the sales assistant. */
export const FORWARD_TARGETS = ['supervisor', 'sales_assistant'] as const;
export type ForwardTarget = (typeof FORWARD_TARGETS)[number];

export interface Customer {
  readonly id: string;
  readonly name: string;
  readonly tier: CustomerTier;
}

export interface Product {
  readonly model: string;
  readonly serialNumber: string | null;
  readonly partNumber: string | null;
  readonly contractNumber: string | null;
  /** The product line whose own rules apply (policy `productLines`), when it has any. */
  readonly productLine: string | null;
  /** The component the defect is in (e.g. `antenna`), checked against the line's excluded parts. */
  readonly component: string | null;
  readonly partClass: PartClass;
}

export interface Defect {
  readonly location: string | null;
  readonly nature: string;
  readonly firstSeenOn: string | null;
  /** References to stored attachments (photos, reports); intake stores references, not files. */
  readonly attachments: readonly string[];
}

/** Rule IN-5: a dead-on-arrival swap claim and the evidence it needs. */
export interface DeadOnArrivalClaim {
  readonly testReportRef: string | null;
  readonly packagingIntact: boolean;
  readonly appearanceIntact: boolean;
}

/** Rule IN-5: a warranty card's own period overrides the policy's. */
export interface WarrantyCard {
  readonly months: number;
}

/** Everything registration records (rules IN-1, IN-2), as the decider receives it. */
export interface ComplaintFacts {
  readonly channel: Channel;
  readonly receivedAt: string;
  readonly customer: Customer;
  readonly region: string;
  readonly product: Product;
  readonly deliveredOn: string;
  readonly goodsReceivedOn: string;
  readonly shippedQuantity: number;
  readonly defectiveQuantity: number;
  readonly category: Category;
  readonly severity: Severity;
  readonly defect: Defect;
  readonly usedAsInstructed: boolean;
  readonly suspectedCause: SuspectedCause;
  readonly requestedResolution: RequestedResolution;
  readonly description: string;
  readonly warrantyCard: WarrantyCard | null;
  readonly deadOnArrival: DeadOnArrivalClaim | null;
  readonly ownerId: string | null;
}
