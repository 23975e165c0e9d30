import type { ContractSchemas } from '../contract-registry';
import { literals, object, orNull } from '../schema-helpers';
import {
  AcceptanceReasonV1,
  ComplaintAcceptedV1,
  ComplaintCategoryV1,
  ComplaintClosedV1,
  ComplaintEscalatedV1,
  ComplaintInvalidatedV1,
  ComplaintProductV1,
  ComplaintRegisteredV1,
  ComplaintRejectedV1,
  ComplaintReturnedToReviewV1,
  DeadlineMissedV1,
  IntakeIntegrationEventData,
  IntakeIntegrationEventTypes as T,
  RequestedResolutionV1,
  SeverityV1,
} from './intake-events.v1';

/**
 * The JSON Schemas of intake's integration events, schemaVersion 1 (the types beside them in
 * intake-events.v1.ts). The compiler checks each against its type (schema-helpers.ts) and that no
 * published type lacks one. The optional fields added to v1 later stay optional.
 */

const string = { type: 'string' } as const;
const nullableString = orNull(string);
const optionalString = { type: 'string', nullable: true } as const;
const count = { type: 'integer' } as const;
const boolean = { type: 'boolean' } as const;

const category = literals<ComplaintCategoryV1>({
  appearance: true,
  model_quantity: true,
  performance: true,
  service_attitude: true,
  non_quality: true,
  other: true,
});
const severity = literals<SeverityV1>({ minor: true, severe: true });
const requestedResolution = literals<RequestedResolutionV1>({
  on_site_repair: true,
  return_for_repair: true,
  exchange: true,
  replenish: true,
  refund: true,
  price_concession: true,
});

const product = object<ComplaintProductV1>({
  model: string,
  serialNumber: nullableString,
  partNumber: nullableString,
  contractNumber: nullableString,
  productLine: nullableString,
});
const reasons = { type: 'array', items: object<AcceptanceReasonV1>({ rule: string, code: string }) } as const;

export const intakeEventSchemasV1: ContractSchemas<IntakeIntegrationEventData> = {
  [T.ComplaintRegistered]: object<ComplaintRegisteredV1>({
    complaintId: string,
    channel: string,
    receivedAt: string,
    category,
    severity,
    customer: object<ComplaintRegisteredV1['customer']>({ id: string, name: string, tier: string }),
    product,
    deliveredOn: string,
    goodsReceivedOn: string,
    shippedQuantity: count,
    defectiveQuantity: count,
    defect: object<ComplaintRegisteredV1['defect']>({ nature: string, location: nullableString, firstSeenOn: nullableString, attachments: { type: 'array', items: string } }),
    requestedResolution,
    highPriority: boolean,
    ownerId: nullableString,
    repeatOf: nullableString,
  }),
  [T.ComplaintAccepted]: object<ComplaintAcceptedV1>(
    {
      complaintId: string,
      acceptance: literals<ComplaintAcceptedV1['acceptance']>({ free: true, paid: true }),
      category,
      severity,
      customerId: string,
      product,
      defectiveQuantity: count,
      defectNature: string,
      requestedResolution,
      highPriority: boolean,
      receivedAt: string,
      reasons,
      reassessed: boolean,
      ownerId: optionalString,
      registeredBy: optionalString,
      customerName: optionalString,
      defectLocation: optionalString,
      description: optionalString,
    },
    // Added to v1 in 2026-12: an event published before then has none of them and still reads.
    { ownerId: true, registeredBy: true, customerName: true, defectLocation: true, description: true },
  ),
  [T.ComplaintRejected]: object<ComplaintRejectedV1>({ complaintId: string, category, customerId: string, reasons, reassessed: boolean }),
  [T.ComplaintReturnedToReview]: object<ComplaintReturnedToReviewV1>({
    complaintId: string,
    previousAcceptance: literals<ComplaintReturnedToReviewV1['previousAcceptance']>({ free: true, paid: true, rejected: true }),
  }),
  [T.ComplaintInvalidated]: object<ComplaintInvalidatedV1>({ complaintId: string, reason: string }),
  [T.ComplaintEscalated]: object<ComplaintEscalatedV1>({ complaintId: string, to: string, severity }),
  [T.DeadlineMissed]: object<DeadlineMissedV1>({
    complaintId: string,
    obligation: literals<DeadlineMissedV1['obligation']>({ acknowledge: true, forward: true, report_up: true }),
    dueAt: string,
    responsibleId: nullableString,
  }),
  [T.ComplaintClosed]: object<ComplaintClosedV1>({ complaintId: string, outcome: literals<ComplaintClosedV1['outcome']>({ resolved: true, withdrawn: true }) }),
};
