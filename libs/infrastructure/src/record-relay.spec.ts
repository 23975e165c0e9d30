import { BusMessage, ManualClock } from '@aftersales/eventsourcing';
import { anEvent, until } from '@aftersales/eventsourcing/testing';
import { MemoryCheckpointStore, MemoryDocumentStore, MemoryEventStore, MemoryMessageBus } from '@aftersales/adapters-memory';
import { ContractRegistry, recordTopicOf } from '@aftersales/contracts';
import { RelayHost } from '@aftersales/platform';

describe('RelayHost: the complete record for audit (AU-1)', () => {
  const lease = { ttlMs: 1_000, renewMs: 20 };
  const contracts = new ContractRegistry([{ type: 'test.public.Happened', schemaVersion: 1, schema: { type: 'object', properties: {} } }]);
  // Only test.Happened is published; test.Private stays inside the context, as most events do.
  const map = (e: { type: string }) => (e.type === 'test.Happened' ? { type: 'test.public.Happened', data: {} } : null);
  let bus: MemoryMessageBus;
  let host: RelayHost | null = null;

  beforeEach(() => {
    bus = new MemoryMessageBus();
  });

  afterEach(async () => {
    await host?.onApplicationShutdown();
    host = null;
    await bus.close();
  });

  async function relayAll(records: boolean): Promise<{ store: MemoryEventStore; events: BusMessage[]; record: BusMessage[] }> {
    const store = new MemoryEventStore();
    await store.append('test.case-1', [anEvent('test.Happened', { n: 1 }), anEvent('test.Private', { secret: 'kept whole' }, { policyVersion: 'p@2' })], { expectedRevision: 'no_stream' });
    await store.append('test.case-2', [anEvent('test.Private', { n: 3 })], { expectedRevision: 'no_stream' });
    await store.append('other.case-1', [anEvent('other.Happened')], { expectedRevision: 'no_stream' });
    const events: BusMessage[] = [];
    const record: BusMessage[] = [];
    await bus.consume(async (m) => void events.push(m), { group: 'public', topics: ['aftersales.test.events'] });
    await bus.consume(async (m) => void record.push(m), { group: 'audit', topics: [recordTopicOf('test')] });
    host = new RelayHost(store, new MemoryCheckpointStore(), bus, new MemoryDocumentStore(), new ManualClock('2026-03-03T00:00:00.000Z'), lease, contracts, undefined, records);
    host.register({ context: 'test', topic: 'aftersales.test.events', streamPrefixes: ['test.'], map });
    await host.onApplicationBootstrap();
    await host.caughtUp();
    return { store, events, record };
  }

  it('AU-1 publishes every event of the context, private ones too, envelope unchanged and keyed by stream, beside its public events', async () => {
    const { store, events, record } = await relayAll(true);
    await until(() => record.length === 3 && events.length === 1, 5_000, 'both topics');
    const stored = (await store.readAll()).filter((e) => e.stream.startsWith('test.'));
    // Per-stream order holds (key = stream); across streams the partitions interleave.
    const inOrder = [...record].sort((a, b) => (a.event.position < b.event.position ? -1 : 1));
    expect(inOrder.map((m) => m.key)).toEqual(['test.case-1', 'test.case-1', 'test.case-2']);
    expect(inOrder.map((m) => m.event)).toEqual(stored);
    expect(events.map((m) => m.event.type)).toEqual(['test.public.Happened']);
    expect(host?.running().sort()).toEqual(['test', 'test.record']);
  });

  it('publishes no record where it is not asked to (the standalone archives from its event store)', async () => {
    const { events, record } = await relayAll(false);
    await until(() => events.length === 1, 5_000, 'the public event');
    expect(record).toEqual([]);
    expect(host?.running()).toEqual(['test']);
  });
});
