import { BusMessage, newEventId } from '@aftersales/eventsourcing';
import { DispositionDecidedV1, QaIntegrationEventTypes } from '@aftersales/contracts';

/** QA's published disposition of a case, as QA's relay puts it on `aftersales.qa.events` (key = the case's stream). */
export function dispositionMessage(tenantId: string, data: DispositionDecidedV1, options: { id?: string; revision?: bigint } = {}): BusMessage {
  const stream = `qa.case-${data.caseId}`;
  return {
    key: stream,
    event: {
      id: options.id ?? newEventId(),
      type: QaIntegrationEventTypes.DispositionDecided,
      schemaVersion: 1,
      stream,
      revision: options.revision ?? 0n,
      position: 1n,
      occurredAt: new Date().toISOString(),
      tenantId,
      region: 'cn-east',
      actor: { id: 'qa-1', role: 'qa' },
      correlationId: newEventId(),
      causationId: null,
      policyVersion: null,
      data,
    },
  };
}
