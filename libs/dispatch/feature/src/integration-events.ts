import { EventEnvelope, IntegrationEvent } from '@aftersales/eventsourcing';
import { DispatchIntegrationEventTypes as T, WorkOrderOpenedV1 } from '@aftersales/contracts';
import { WorkOrderEvent } from '@aftersales/dispatch-domain';

/**
 * What dispatch publishes of its domain events (libs/contracts dispatch v1), for the relay. Private
 * events return null: publish only what another context needs, within its contract.
 */
export function toDispatchIntegrationEvent(envelope: EventEnvelope): IntegrationEvent | null {
  const event = { type: envelope.type, data: envelope.data } as WorkOrderEvent;
  switch (event.type) {
    case 'dispatch.WorkOrderOpened': {
      const { workOrderId, customerId, openedAt, deadlines } = event.data;
      const data: WorkOrderOpenedV1 = { workOrderId, customerId, openedAt, dueAt: deadlines[0].dueAt };
      return { type: T.WorkOrderOpened, data };
    }
    default:
      return null;
  }
}
