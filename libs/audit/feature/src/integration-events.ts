import { EventEnvelope, IntegrationEvent } from '@aftersales/eventsourcing';

/**
 * What audit publishes of its domain events: nothing (libs/contracts audit v1 says why). The relay
 * still runs for audit's streams, to publish their full record to `aftersales.audit.record` (AU-1).
 */
export function toAuditIntegrationEvent(envelope: EventEnvelope): IntegrationEvent | null {
  void envelope;
  return null;
}
