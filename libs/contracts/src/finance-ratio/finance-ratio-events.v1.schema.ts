import type { ContractSchemas } from '../contract-registry';
import { literals, object, orNull } from '../schema-helpers';
import {
  FinanceRatioIntegrationEventData,
  FinanceRatioIntegrationEventTypes as T,
  PurchaseDocumentRecordedV1,
  RatioAlertClearedV1,
  RatioAlertRaisedV1,
  RatioAmountV1,
  RatioLimitSourceV1,
  RatioPeriodKindV1,
  RatioSnapshotTakenV1,
} from './finance-ratio-events.v1';

/**
 * The JSON Schemas of FinanceRatio's integration events, schemaVersion 1 (the types beside them in
 * finance-ratio-events.v1.ts). The compiler checks each against its type (schema-helpers.ts) and that no
 * published type lacks one.
 */

const string = { type: 'string' } as const;
const integer = { type: 'integer' } as const;
const boolean = { type: 'boolean' } as const;
/** Minor units: an integer as a decimal string (never a JSON number, never a float). */
const minor = { type: 'string', pattern: '^-?[0-9]+$' } as const;
const nullableString = orNull(string);

const amount = object<RatioAmountV1>({ currency: string, exchangedMinor: minor, returnedMinor: minor, numeratorMinor: minor, purchasedMinor: minor, ratio: nullableString, exceeded: boolean });

export const financeRatioEventSchemasV1: ContractSchemas<FinanceRatioIntegrationEventData> = {
  [T.RatioSnapshotTaken]: object<RatioSnapshotTakenV1>({
    customerId: string,
    sequence: integer,
    asOf: string,
    period: object<RatioSnapshotTakenV1['period']>({ kind: literals<RatioPeriodKindV1>({ month: true, quarter: true, year: true, rolling_days: true }), from: string, to: string }),
    quantity: object<RatioSnapshotTakenV1['quantity']>({ exchanged: integer, returned: integer, numerator: integer, purchased: integer, ratio: nullableString, exceeded: boolean }),
    amounts: { type: 'array', items: amount },
    limit: object<RatioSnapshotTakenV1['limit']>({ quantity: string, amount: string, source: literals<RatioLimitSourceV1>({ contract: true, region: true, default: true }), contractNumber: nullableString }),
    overLimit: boolean,
    openAlertId: nullableString,
    policyVersion: string,
  }),
  [T.RatioAlertRaised]: object<RatioAlertRaisedV1>({ alertId: string, customerId: string, crossing: integer, recipients: { type: 'array', items: string }, raisedAt: string, policyVersion: string }),
  [T.RatioAlertCleared]: object<RatioAlertClearedV1>({ alertId: string, customerId: string, crossing: integer, clearedAt: string }),
  [T.PurchaseDocumentRecorded]: object<PurchaseDocumentRecordedV1>({
    customerId: string,
    documentNumber: string,
    revision: integer,
    documentDate: string,
    region: string,
    contractNumber: nullableString,
    salesRepId: nullableString,
    currency: string,
    lines: { type: 'array', items: object<PurchaseDocumentRecordedV1['lines'][number]>({ sku: string, quantity: integer, unitPriceMinor: minor }) },
  }),
};
