import { BusMessage, newEventId } from '@aftersales/eventsourcing';
import { ReturnBookedInV1, WAREHOUSE_RETURNS_RETURN_REQUEST_STREAM_PREFIX, WarehouseReturnsIntegrationEventTypes } from '@aftersales/contracts';

/**
 * Warehouse-returns' receipt note (rules WR-5, WR-6) of one exchanged unit of PX-200 at 10.00, as its
 * relay puts it on `aftersales.warehouse-returns.events` (key = the stream of `keyOf`, the return
 * request by default): finance counts it in the customer's ratio (FR-1, policy 2026.2, ADR 018).
 */
export function bookingMessage(tenantId: string, returnRequestId: string, customerId: string, options: { id?: string; keyOf?: string } = {}): BusMessage {
  const data: ReturnBookedInV1 = {
    returnRequestId,
    customerId,
    reason: 'quality',
    receiptNoteNumber: `RN-${returnRequestId}`,
    lines: [{ lineId: 'L1', sku: 'PX-200', quantity: 1, currency: 'CNY', unitPriceMinor: '1000', amountMinor: '1000', outcome: 'exchange', deliveryDocument: 'SO-D1' }],
    costsBorneBy: 'company',
    bookedAt: new Date().toISOString(),
  };
  const stream = `${WAREHOUSE_RETURNS_RETURN_REQUEST_STREAM_PREFIX}${options.keyOf ?? returnRequestId}`;
  return {
    key: stream,
    event: {
      id: options.id ?? newEventId(),
      type: WarehouseReturnsIntegrationEventTypes.ReturnBookedIn,
      schemaVersion: 1,
      stream,
      revision: 0n,
      position: 1n,
      occurredAt: new Date().toISOString(),
      tenantId,
      region: 'cn-east',
      actor: { id: 'wh-1', role: 'warehouse' },
      correlationId: newEventId(),
      causationId: null,
      policyVersion: null,
      data,
    },
  };
}
