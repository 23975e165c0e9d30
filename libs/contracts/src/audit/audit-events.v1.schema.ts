import type { ContractSchemas } from '../contract-registry';
import { AuditIntegrationEventData } from './audit-events.v1';

/** The JSON Schemas of Audit's integration events, schemaVersion 1: none (audit-events.v1.ts says why). */
export const auditEventSchemasV1: ContractSchemas<AuditIntegrationEventData> = {};
