import { EventEnvelope, IntegrationEvent } from '@aftersales/eventsourcing';
import { FinanceRatioIntegrationEventTypes as T, RatioAlertOpenedV1 } from '@aftersales/contracts';
import { RatioAlertEvent } from '@aftersales/finance-ratio-domain';

/**
 * What finance-ratio publishes of its domain events (libs/contracts finance-ratio v1), for the relay. Private
 * events return null: publish only what another context needs, within its contract.
 */
export function toFinanceRatioIntegrationEvent(envelope: EventEnvelope): IntegrationEvent | null {
  const event = { type: envelope.type, data: envelope.data } as RatioAlertEvent;
  switch (event.type) {
    case 'finance-ratio.RatioAlertOpened': {
      const { ratioAlertId, customerId, openedAt, deadlines } = event.data;
      const data: RatioAlertOpenedV1 = { ratioAlertId, customerId, openedAt, dueAt: deadlines[0].dueAt };
      return { type: T.RatioAlertOpened, data };
    }
    default:
      return null;
  }
}
