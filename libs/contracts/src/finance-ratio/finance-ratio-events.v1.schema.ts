import type { ContractSchemas } from '../contract-registry';
import { object } from '../schema-helpers';
import { FinanceRatioIntegrationEventData, FinanceRatioIntegrationEventTypes as T, RatioAlertOpenedV1 } from './finance-ratio-events.v1';

/**
 * The JSON Schemas of FinanceRatio's integration events, schemaVersion 1 (the types beside them in
 * finance-ratio-events.v1.ts). The compiler checks each against its type (schema-helpers.ts) and that no
 * published type lacks one.
 */

const string = { type: 'string' } as const;

export const financeRatioEventSchemasV1: ContractSchemas<FinanceRatioIntegrationEventData> = {
  [T.RatioAlertOpened]: object<RatioAlertOpenedV1>({ ratioAlertId: string, customerId: string, openedAt: string, dueAt: string }),
};
