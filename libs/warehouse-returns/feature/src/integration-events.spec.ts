import { loadCalendarRegistry } from '@aftersales/calendar';
import { INTEGRATION_EVENT_CONTRACTS, WarehouseReturnsIntegrationEventTypes as T } from '@aftersales/contracts';
import { EventEnvelope, fold } from '@aftersales/eventsourcing';
import { anEnvelope } from '@aftersales/eventsourcing/testing';
import { ReturnRequestCommand, ReturnRequestEvent, returnRequestDecider, returnRequestStream } from '@aftersales/warehouse-returns-domain';
import { publishedContractCheck } from '@aftersales/platform';
import { toWarehouseReturnsIntegrationEvent } from './integration-events';

const ID = '0190f5c2-0000-7000-8000-0000000000e2';
const calendar = loadCalendarRegistry().forRegion('cn-east');

function envelopes(...commands: ReturnRequestCommand[]): EventEnvelope[] {
  const events: ReturnRequestEvent[] = [];
  for (const c of commands) events.push(...returnRequestDecider.decide(c, fold(returnRequestDecider, events)));
  return events.map((e, i) => anEnvelope({ type: e.type, data: e.data, stream: returnRequestStream(ID), revision: BigInt(i) }));
}

describe('warehouse-returns integration events (libs/contracts warehouse-returns v1)', () => {
  const open: ReturnRequestCommand = { type: 'Open', returnRequestId: ID, region: 'cn-east', customerId: 'C-1', subject: 's', openedBy: 'u-1', now: new Date('2026-03-03T02:00:00.000Z'), calendar };

  it('publishes every one of its types within its contract: the relay check passes it, and a consumer reads it back', () => {
    const check = publishedContractCheck(INTEGRATION_EVENT_CONTRACTS);
    const history = envelopes(open, { type: 'MarkDeadlineMissed', returnRequestId: ID, obligation: 'resolve', now: new Date('2026-04-01T00:00:00.000Z') }, { type: 'Close', returnRequestId: ID, resolution: 'r', now: new Date('2026-04-01T00:00:00.000Z') });
    const published = history.flatMap((envelope) => {
      const integration = toWarehouseReturnsIntegrationEvent(envelope);
      if (!integration) return [];
      expect(() => check(integration, envelope)).not.toThrow();
      const consumed = JSON.parse(JSON.stringify(integration.data)) as unknown;
      expect(INTEGRATION_EVENT_CONTRACTS.check(integration.type, integration.schemaVersion ?? 1, consumed, 'consumer')).toEqual({ outcome: 'valid' });
      return [integration.type];
    });
    expect(new Set(published)).toEqual(new Set(Object.values(T)));
  });

  it('keeps the subject private and says when the return request is due', () => {
    const [opened] = envelopes(open).map(toWarehouseReturnsIntegrationEvent);
    expect(opened).toEqual({ type: T.ReturnRequestOpened, data: { returnRequestId: ID, customerId: 'C-1', openedAt: '2026-03-03T02:00:00.000Z', dueAt: '2026-03-10T16:00:00.000Z' } });
  });
});
