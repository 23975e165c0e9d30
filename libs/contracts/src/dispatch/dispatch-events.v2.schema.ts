import type { ContractSchemas } from '../contract-registry';
import { literals, object, orNull } from '../schema-helpers';
import { DispatchIntegrationEventTypes as T } from './dispatch-events.v1';
import { workOrderProductSchemaV1 } from './dispatch-events.v1.schema';
import { DispatchIntegrationEventDataV2, WorkOrderCreatedV2, WorkOrderOutletV2 } from './dispatch-events.v2';

/** The JSON Schemas of dispatch's types at schemaVersion 2 (dispatch-events.v2.ts). */

const string = { type: 'string' } as const;
const nullableString = orNull(string);

export const dispatchEventSchemasV2: ContractSchemas<DispatchIntegrationEventDataV2> = {
  [T.WorkOrderCreated]: object<WorkOrderCreatedV2>({
    workOrderId: string,
    source: literals<WorkOrderCreatedV2['source']>({ phone: true, qa_disposition: true, outlet: true }),
    caseId: nullableString,
    complaintId: nullableString,
    customerId: string,
    product: workOrderProductSchemaV1,
    outlet: orNull(
      object<WorkOrderOutletV2>({
        outletId: string,
        scope: literals<WorkOrderOutletV2['scope']>({ minor_repair: true, routine_maintenance: true, spare_parts: true }),
        charge: literals<WorkOrderOutletV2['charge']>({ free: true, charged: true }),
      }),
    ),
    createdAt: string,
  }),
};
