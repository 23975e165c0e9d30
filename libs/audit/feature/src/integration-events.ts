import { EventEnvelope, IntegrationEvent } from '@aftersales/eventsourcing';
import { AuditIntegrationEventTypes as T, ArchiveSubmissionOpenedV1 } from '@aftersales/contracts';
import { ArchiveSubmissionEvent } from '@aftersales/audit-domain';

/**
 * What audit publishes of its domain events (libs/contracts audit v1), for the relay. Private
 * events return null: publish only what another context needs, within its contract.
 */
export function toAuditIntegrationEvent(envelope: EventEnvelope): IntegrationEvent | null {
  const event = { type: envelope.type, data: envelope.data } as ArchiveSubmissionEvent;
  switch (event.type) {
    case 'audit.ArchiveSubmissionOpened': {
      const { archiveSubmissionId, customerId, openedAt, deadlines } = event.data;
      const data: ArchiveSubmissionOpenedV1 = { archiveSubmissionId, customerId, openedAt, dueAt: deadlines[0].dueAt };
      return { type: T.ArchiveSubmissionOpened, data };
    }
    default:
      return null;
  }
}
