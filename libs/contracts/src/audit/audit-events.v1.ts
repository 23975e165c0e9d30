/**
 * Audit's published language (ARCHITECTURE.md "Events"): what other contexts need of its
 * archive submissions. schemaVersion 1 of each type; a published version never changes meaning
 * (optional fields consumers may ignore can be added; anything else is a new version, ADR 011).
 * Envelope fields (id, stream, tenantId, region, occurredAt, actor, correlationId, policyVersion)
 * travel on the envelope.
 */

export const AUDIT_TOPIC = 'aftersales.audit.events';
/** Audit's streams: `audit.archive-submission-<archiveSubmissionId>` (the record's key on the topic). */
export const AUDIT_ARCHIVE_SUBMISSION_STREAM_PREFIX = 'audit.archive-submission-';
export const AUDIT_STREAM_PREFIXES = [AUDIT_ARCHIVE_SUBMISSION_STREAM_PREFIX] as const;

export const AuditIntegrationEventTypes = {
  ArchiveSubmissionOpened: 'audit.public.ArchiveSubmissionOpened',
} as const;

export type AuditIntegrationEventType = (typeof AuditIntegrationEventTypes)[keyof typeof AuditIntegrationEventTypes];

/** An archive submission was opened; `dueAt` is when it must be resolved by. */
export interface ArchiveSubmissionOpenedV1 {
  readonly archiveSubmissionId: string;
  readonly customerId: string;
  readonly openedAt: string;
  readonly dueAt: string;
}

/** The data of each published type at v1, by type (the schemas beside them must cover every one). */
export interface AuditIntegrationEventData {
  readonly 'audit.public.ArchiveSubmissionOpened': ArchiveSubmissionOpenedV1;
}
