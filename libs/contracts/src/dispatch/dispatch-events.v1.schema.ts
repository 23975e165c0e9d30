import type { ContractSchemas } from '../contract-registry';
import { object } from '../schema-helpers';
import { DispatchIntegrationEventData, DispatchIntegrationEventTypes as T, WorkOrderOpenedV1 } from './dispatch-events.v1';

/**
 * The JSON Schemas of Dispatch's integration events, schemaVersion 1 (the types beside them in
 * dispatch-events.v1.ts). The compiler checks each against its type (schema-helpers.ts) and that no
 * published type lacks one.
 */

const string = { type: 'string' } as const;

export const dispatchEventSchemasV1: ContractSchemas<DispatchIntegrationEventData> = {
  [T.WorkOrderOpened]: object<WorkOrderOpenedV1>({ workOrderId: string, customerId: string, openedAt: string, dueAt: string }),
};
