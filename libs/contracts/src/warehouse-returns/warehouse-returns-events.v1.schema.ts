import type { ContractSchemas } from '../contract-registry';
import { literals, object, orNull } from '../schema-helpers';
import {
  BookedLineV1,
  QualityCostChargedV1,
  ReceivedLineV1,
  ReturnBookedInV1,
  ReturnGoodsReceivedV1,
  ReturnLineOutcomeV1,
  ReturnReasonV1,
  ReturnRequestApprovedV1,
  ReturnRequestOpenedV1,
  ReturnRequestRefusedV1,
  WarehouseReturnsIntegrationEventData,
  WarehouseReturnsIntegrationEventTypes as T,
} from './warehouse-returns-events.v1';

/**
 * The JSON Schemas of WarehouseReturns's integration events, schemaVersion 1 (the types beside them in
 * warehouse-returns-events.v1.ts). The compiler checks each against its type (schema-helpers.ts) and that no
 * published type lacks one.
 */

const string = { type: 'string' } as const;
const integer = { type: 'integer' } as const;
const nullableString = orNull(string);
/** Minor units: an integer as a decimal string (never a JSON number, never a float). */
const minor = { type: 'string', pattern: '^-?[0-9]+$' } as const;
const reason = literals<ReturnReasonV1>({ unsalable: true, quality: true, customer_error: true });
const receivedLine = object<ReceivedLineV1>({ lineId: string, sku: string, serialNumberAuthorised: nullableString, serialNumberReceived: nullableString, quantityReceived: integer });
const bookedLine = object<BookedLineV1>({
  lineId: string,
  sku: string,
  quantity: integer,
  currency: string,
  unitPriceMinor: minor,
  amountMinor: minor,
  outcome: literals<ReturnLineOutcomeV1>({ exchange: true, refund: true, restock: true, write_off: true }),
  deliveryDocument: nullableString,
});

export const warehouseReturnsEventSchemasV1: ContractSchemas<WarehouseReturnsIntegrationEventData> = {
  [T.ReturnRequestOpened]: object<ReturnRequestOpenedV1>({ returnRequestId: string, customerId: string, reason, caseId: nullableString, openedAt: string }),
  [T.ReturnRequestApproved]: object<ReturnRequestApprovedV1>({ returnRequestId: string, customerId: string, reason, caseId: nullableString, approvedAt: string }),
  [T.ReturnRequestRefused]: object<ReturnRequestRefusedV1>({
    returnRequestId: string,
    customerId: string,
    caseId: nullableString,
    kind: literals<ReturnRequestRefusedV1['kind']>({ signer: true, ratio_check: true, qa_inspection: true }),
    explanation: string,
    exceptionPossible: { type: 'boolean' },
    refusedAt: string,
  }),
  [T.ReturnGoodsReceived]: object<ReturnGoodsReceivedV1>({ returnRequestId: string, customerId: string, reason, caseId: nullableString, lines: { type: 'array', items: receivedLine }, receivedAt: string }),
  [T.ReturnBookedIn]: object<ReturnBookedInV1>({
    returnRequestId: string,
    customerId: string,
    reason,
    receiptNoteNumber: string,
    lines: { type: 'array', items: bookedLine },
    costsBorneBy: literals<ReturnBookedInV1['costsBorneBy']>({ company: true, customer: true }),
    bookedAt: string,
    caseId: { ...string, nullable: true },
  }, { caseId: true }),
  [T.QualityCostCharged]: object<QualityCostChargedV1>({
    returnRequestId: string,
    lineId: string,
    customerId: string,
    chargedTo: object<QualityCostChargedV1['chargedTo']>({ id: string, kind: literals<QualityCostChargedV1['chargedTo']['kind']>({ sales_rep: true, department: true }) }),
    currency: string,
    amountMinor: minor,
    reason: string,
    chargedAt: string,
  }),
};
