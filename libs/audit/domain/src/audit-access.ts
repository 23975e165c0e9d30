import type { DomainEvent } from '@aftersales/eventsourcing';

/**
 * AU-2: reading audit data is itself recorded (who looked at which case file or log entry, when),
 * as events of audit's own streams, which the audit log archives like any other.
 */
export const AUDIT_ACCESS_STREAM_PREFIX = 'audit.access-';

export const AUDIT_READ_RESOURCES = ['log-entry', 'case-bundle', 'case-replay', 'case-file', 'verification', 'evidence-pack', 'log-keys'] as const;
export type AuditReadResource = (typeof AUDIT_READ_RESOURCES)[number];

export type AuditDataRead = DomainEvent<'audit.AuditDataRead', { readonly resource: AuditReadResource; readonly subject: string; readonly detail: string | null }>;

/** One stream per tenant and UTC day: appends never contend with a case's own stream, and a day reads as one stream. */
export function auditAccessStream(tenantId: string, at: Date): string {
  return `${AUDIT_ACCESS_STREAM_PREFIX}${tenantId}-${at.toISOString().slice(0, 10)}`;
}
