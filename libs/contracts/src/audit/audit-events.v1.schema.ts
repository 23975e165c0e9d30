import type { ContractSchemas } from '../contract-registry';
import { object } from '../schema-helpers';
import { AuditIntegrationEventData, AuditIntegrationEventTypes as T, ArchiveSubmissionOpenedV1 } from './audit-events.v1';

/**
 * The JSON Schemas of Audit's integration events, schemaVersion 1 (the types beside them in
 * audit-events.v1.ts). The compiler checks each against its type (schema-helpers.ts) and that no
 * published type lacks one.
 */

const string = { type: 'string' } as const;

export const auditEventSchemasV1: ContractSchemas<AuditIntegrationEventData> = {
  [T.ArchiveSubmissionOpened]: object<ArchiveSubmissionOpenedV1>({ archiveSubmissionId: string, customerId: string, openedAt: string, dueAt: string }),
};
