/**
 * Intake's published language (ARCHITECTURE.md "Events"): what QA, dispatch, returns and audit
 * need of a complaint, and no more. These shapes are schemaVersion 1 of their types; a published
 * version never changes meaning. A new field that consumers may ignore can be added as optional;
 * anything else is a new schemaVersion, upcast by consumers on read.
 *
 * Envelope fields (id, stream, tenantId, region, occurredAt, actor, correlationId,
 * policyVersion) travel on the envelope and are not repeated here.
 */

export const INTAKE_TOPIC = 'aftersales.intake.events';
/** Every intake stream starts with this; the complaint id follows. */
export const COMPLAINT_STREAM_PREFIX = 'intake.complaint-';

/**
 * Integration event types carry `public.` so they never collide with intake's domain events in
 * its own store (`intake.ComplaintRegistered` there holds every registered field; the public one
 * holds what other contexts need).
 */
export const IntakeIntegrationEventTypes = {
  ComplaintRegistered: 'intake.public.ComplaintRegistered',
  ComplaintAccepted: 'intake.public.ComplaintAccepted',
  ComplaintRejected: 'intake.public.ComplaintRejected',
  ComplaintReturnedToReview: 'intake.public.ComplaintReturnedToReview',
  ComplaintInvalidated: 'intake.public.ComplaintInvalidated',
  ComplaintEscalated: 'intake.public.ComplaintEscalated',
  DeadlineMissed: 'intake.public.DeadlineMissed',
  ComplaintClosed: 'intake.public.ComplaintClosed',
} as const;

export type IntakeIntegrationEventType = (typeof IntakeIntegrationEventTypes)[keyof typeof IntakeIntegrationEventTypes];

export type ComplaintCategoryV1 = 'appearance' | 'model_quantity' | 'performance' | 'service_attitude' | 'non_quality' | 'other';
export type RequestedResolutionV1 = 'on_site_repair' | 'return_for_repair' | 'exchange' | 'replenish' | 'refund' | 'price_concession';
export type SeverityV1 = 'minor' | 'severe';

/** The product a complaint is about: enough for QA analysis, dispatch and a return to find it. */
export interface ComplaintProductV1 {
  readonly model: string;
  readonly serialNumber: string | null;
  readonly partNumber: string | null;
  readonly contractNumber: string | null;
  readonly productLine: string | null;
}

/** A complaint entered the system (rule IN-1, IN-2). */
export interface ComplaintRegisteredV1 {
  readonly complaintId: string;
  readonly channel: string;
  readonly receivedAt: string;
  readonly category: ComplaintCategoryV1;
  readonly severity: SeverityV1;
  readonly customer: { readonly id: string; readonly name: string; readonly tier: string };
  readonly product: ComplaintProductV1;
  readonly deliveredOn: string;
  readonly goodsReceivedOn: string;
  readonly shippedQuantity: number;
  readonly defectiveQuantity: number;
  readonly defect: { readonly nature: string; readonly location: string | null; readonly firstSeenOn: string | null; readonly attachments: readonly string[] };
  readonly requestedResolution: RequestedResolutionV1;
  /** Rule IN-9. */
  readonly highPriority: boolean;
  readonly ownerId: string | null;
  /** Rule IN-10: the earlier complaint this one repeats, when one was found. */
  readonly repeatOf: string | null;
}

/** A machine-readable reason of an acceptance decision. */
export interface AcceptanceReasonV1 {
  /** The DOMAIN.md rule, e.g. `IN-3`. */
  readonly rule: string;
  /** Stable outcome code, e.g. `WITHIN_WINDOW`, `WARRANTY_EXPIRED`. */
  readonly code: string;
}

/** Intake accepted the complaint, free or paid (rules IN-3..IN-5). */
export interface ComplaintAcceptedV1 {
  readonly complaintId: string;
  readonly acceptance: 'free' | 'paid';
  readonly category: ComplaintCategoryV1;
  readonly severity: SeverityV1;
  readonly customerId: string;
  readonly product: ComplaintProductV1;
  readonly defectiveQuantity: number;
  readonly defectNature: string;
  readonly requestedResolution: RequestedResolutionV1;
  readonly highPriority: boolean;
  readonly receivedAt: string;
  readonly reasons: readonly AcceptanceReasonV1[];
  /** True when a supervisor's reassessment made this decision. */
  readonly reassessed: boolean;
  /** The complaint's owner (rule IN-9) and who registered it; optional, added 2026-12 (absent on older events). */
  readonly ownerId?: string | null;
  readonly registeredBy?: string | null;
  /**
   * What QA's feedback form shows of the complaint (rule IN-2, QA-1): the customer's name, where
   * the defect is, the customer's own words. Optional, added 2026-12 (absent on older events).
   */
  readonly customerName?: string | null;
  readonly defectLocation?: string | null;
  readonly description?: string | null;
}

/** Intake refused the complaint under policy (rules IN-3..IN-5). */
export interface ComplaintRejectedV1 {
  readonly complaintId: string;
  readonly category: ComplaintCategoryV1;
  readonly customerId: string;
  readonly reasons: readonly AcceptanceReasonV1[];
  readonly reassessed: boolean;
}

/**
 * A supervisor took back an earlier acceptance or rejection: the case waits for a decision again.
 * Whoever acted on the earlier decision should hold further steps until the next
 * ComplaintAccepted or ComplaintRejected.
 */
export interface ComplaintReturnedToReviewV1 {
  readonly complaintId: string;
  readonly previousAcceptance: 'free' | 'paid' | 'rejected';
}

/** The complaint does not stand (rule IN-6); the case is closed as not valid. */
export interface ComplaintInvalidatedV1 {
  readonly complaintId: string;
  readonly reason: string;
}

/** The complaint was reported up (rule IN-7). */
export interface ComplaintEscalatedV1 {
  readonly complaintId: string;
  readonly to: string;
  readonly severity: SeverityV1;
}

/** A response obligation passed its due time unmet (rules IN-7, IN-8). */
export interface DeadlineMissedV1 {
  readonly complaintId: string;
  readonly obligation: 'acknowledge' | 'forward' | 'report_up';
  readonly dueAt: string;
  /** Who owed it (the rep, for IN-8's "recorded against the rep"), when known. */
  readonly responsibleId: string | null;
}

export interface ComplaintClosedV1 {
  readonly complaintId: string;
  /** `resolved`, or `withdrawn` by the customer (an invalid complaint ends with ComplaintInvalidated). */
  readonly outcome: 'resolved' | 'withdrawn';
}

export interface IntakeIntegrationEventData {
  readonly 'intake.public.ComplaintRegistered': ComplaintRegisteredV1;
  readonly 'intake.public.ComplaintAccepted': ComplaintAcceptedV1;
  readonly 'intake.public.ComplaintRejected': ComplaintRejectedV1;
  readonly 'intake.public.ComplaintReturnedToReview': ComplaintReturnedToReviewV1;
  readonly 'intake.public.ComplaintInvalidated': ComplaintInvalidatedV1;
  readonly 'intake.public.ComplaintEscalated': ComplaintEscalatedV1;
  readonly 'intake.public.DeadlineMissed': DeadlineMissedV1;
  readonly 'intake.public.ComplaintClosed': ComplaintClosedV1;
}
