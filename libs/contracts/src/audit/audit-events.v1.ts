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
/** Audit nonconformities (AU-4): `audit.nonconformity-<nonconformityId>`. */
export const AUDIT_NONCONFORMITY_STREAM_PREFIX = 'audit.nonconformity-';
export const AUDIT_STREAM_PREFIXES = [AUDIT_ARCHIVE_SUBMISSION_STREAM_PREFIX, AUDIT_NONCONFORMITY_STREAM_PREFIX] as const;

/**
 * Audit publishes no integration event: nothing another context does depends on archive
 * submissions (AU-3) or the log. (The generator's placeholder `audit.public.ArchiveSubmissionOpened`,
 * carrying a customer an archive submission does not have, was never consumed nor deployed and is gone.)
 * Its full record still reaches the audit log through `aftersales.audit.record` (AU-1).
 */
export const AuditIntegrationEventTypes = {} as const;

export type AuditIntegrationEventType = (typeof AuditIntegrationEventTypes)[keyof typeof AuditIntegrationEventTypes];

/** The data of each published type at v1, by type (the schemas beside them must cover every one). */
export type AuditIntegrationEventData = Record<never, never>;
