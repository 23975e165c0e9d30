import { loadCalendarRegistry } from '@aftersales/calendar';
import { INTEGRATION_EVENT_CONTRACTS, AuditIntegrationEventTypes as T } from '@aftersales/contracts';
import { EventEnvelope, fold } from '@aftersales/eventsourcing';
import { anEnvelope } from '@aftersales/eventsourcing/testing';
import { ArchiveSubmissionCommand, ArchiveSubmissionEvent, archiveSubmissionDecider, archiveSubmissionStream } from '@aftersales/audit-domain';
import { publishedContractCheck } from '@aftersales/platform';
import { toAuditIntegrationEvent } from './integration-events';

const ID = '0190f5c2-0000-7000-8000-0000000000e2';
const calendar = loadCalendarRegistry().forRegion('cn-east');

function envelopes(...commands: ArchiveSubmissionCommand[]): EventEnvelope[] {
  const events: ArchiveSubmissionEvent[] = [];
  for (const c of commands) events.push(...archiveSubmissionDecider.decide(c, fold(archiveSubmissionDecider, events)));
  return events.map((e, i) => anEnvelope({ type: e.type, data: e.data, stream: archiveSubmissionStream(ID), revision: BigInt(i) }));
}

describe('audit integration events (libs/contracts audit v1)', () => {
  const open: ArchiveSubmissionCommand = { type: 'Open', archiveSubmissionId: ID, region: 'cn-east', customerId: 'C-1', subject: 's', openedBy: 'u-1', now: new Date('2026-03-03T02:00:00.000Z'), calendar };

  it('publishes every one of its types within its contract: the relay check passes it, and a consumer reads it back', () => {
    const check = publishedContractCheck(INTEGRATION_EVENT_CONTRACTS);
    const history = envelopes(open, { type: 'MarkDeadlineMissed', archiveSubmissionId: ID, obligation: 'resolve', now: new Date('2026-04-01T00:00:00.000Z') }, { type: 'Close', archiveSubmissionId: ID, resolution: 'r', now: new Date('2026-04-01T00:00:00.000Z') });
    const published = history.flatMap((envelope) => {
      const integration = toAuditIntegrationEvent(envelope);
      if (!integration) return [];
      expect(() => check(integration, envelope)).not.toThrow();
      const consumed = JSON.parse(JSON.stringify(integration.data)) as unknown;
      expect(INTEGRATION_EVENT_CONTRACTS.check(integration.type, integration.schemaVersion ?? 1, consumed, 'consumer')).toEqual({ outcome: 'valid' });
      return [integration.type];
    });
    expect(new Set(published)).toEqual(new Set(Object.values(T)));
  });

  it('keeps the subject private and says when the archive submission is due', () => {
    const [opened] = envelopes(open).map(toAuditIntegrationEvent);
    expect(opened).toEqual({ type: T.ArchiveSubmissionOpened, data: { archiveSubmissionId: ID, customerId: 'C-1', openedAt: '2026-03-03T02:00:00.000Z', dueAt: '2026-03-10T16:00:00.000Z' } });
  });
});
