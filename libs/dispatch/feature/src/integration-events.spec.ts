import { loadCalendarRegistry } from '@aftersales/calendar';
import { INTEGRATION_EVENT_CONTRACTS, DispatchIntegrationEventTypes as T } from '@aftersales/contracts';
import { EventEnvelope, fold } from '@aftersales/eventsourcing';
import { anEnvelope } from '@aftersales/eventsourcing/testing';
import { WorkOrderCommand, WorkOrderEvent, workOrderDecider, workOrderStream } from '@aftersales/dispatch-domain';
import { publishedContractCheck } from '@aftersales/platform';
import { toDispatchIntegrationEvent } from './integration-events';

const ID = '0190f5c2-0000-7000-8000-0000000000e2';
const calendar = loadCalendarRegistry().forRegion('cn-east');

function envelopes(...commands: WorkOrderCommand[]): EventEnvelope[] {
  const events: WorkOrderEvent[] = [];
  for (const c of commands) events.push(...workOrderDecider.decide(c, fold(workOrderDecider, events)));
  return events.map((e, i) => anEnvelope({ type: e.type, data: e.data, stream: workOrderStream(ID), revision: BigInt(i) }));
}

describe('dispatch integration events (libs/contracts dispatch v1)', () => {
  const open: WorkOrderCommand = { type: 'Open', workOrderId: ID, region: 'cn-east', customerId: 'C-1', subject: 's', openedBy: 'u-1', now: new Date('2026-03-03T02:00:00.000Z'), calendar };

  it('publishes every one of its types within its contract: the relay check passes it, and a consumer reads it back', () => {
    const check = publishedContractCheck(INTEGRATION_EVENT_CONTRACTS);
    const history = envelopes(open, { type: 'MarkDeadlineMissed', workOrderId: ID, obligation: 'resolve', now: new Date('2026-04-01T00:00:00.000Z') }, { type: 'Close', workOrderId: ID, resolution: 'r', now: new Date('2026-04-01T00:00:00.000Z') });
    const published = history.flatMap((envelope) => {
      const integration = toDispatchIntegrationEvent(envelope);
      if (!integration) return [];
      expect(() => check(integration, envelope)).not.toThrow();
      const consumed = JSON.parse(JSON.stringify(integration.data)) as unknown;
      expect(INTEGRATION_EVENT_CONTRACTS.check(integration.type, integration.schemaVersion ?? 1, consumed, 'consumer')).toEqual({ outcome: 'valid' });
      return [integration.type];
    });
    expect(new Set(published)).toEqual(new Set(Object.values(T)));
  });

  it('keeps the subject private and says when the work order is due', () => {
    const [opened] = envelopes(open).map(toDispatchIntegrationEvent);
    expect(opened).toEqual({ type: T.WorkOrderOpened, data: { workOrderId: ID, customerId: 'C-1', openedAt: '2026-03-03T02:00:00.000Z', dueAt: '2026-03-10T16:00:00.000Z' } });
  });
});
