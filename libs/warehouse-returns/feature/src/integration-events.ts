import { EventEnvelope, IntegrationEvent } from '@aftersales/eventsourcing';
import { WarehouseReturnsIntegrationEventTypes as T, ReturnRequestOpenedV1 } from '@aftersales/contracts';
import { ReturnRequestEvent } from '@aftersales/warehouse-returns-domain';

/**
 * What warehouse-returns publishes of its domain events (libs/contracts warehouse-returns v1), for the relay. Private
 * events return null: publish only what another context needs, within its contract.
 */
export function toWarehouseReturnsIntegrationEvent(envelope: EventEnvelope): IntegrationEvent | null {
  const event = { type: envelope.type, data: envelope.data } as ReturnRequestEvent;
  switch (event.type) {
    case 'warehouse-returns.ReturnRequestOpened': {
      const { returnRequestId, customerId, openedAt, deadlines } = event.data;
      const data: ReturnRequestOpenedV1 = { returnRequestId, customerId, openedAt, dueAt: deadlines[0].dueAt };
      return { type: T.ReturnRequestOpened, data };
    }
    default:
      return null;
  }
}
