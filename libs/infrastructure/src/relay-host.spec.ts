import { Logger } from '@nestjs/common';
import { DocumentCollection, DocumentStore, IndexSpec, ManualClock, StoredDocument } from '@aftersales/eventsourcing';
import { anEvent, until } from '@aftersales/eventsourcing/testing';
import { MemoryCheckpointStore, MemoryDocumentStore, MemoryEventStore, MemoryMessageBus } from '@aftersales/adapters-memory';
import { ContractRegistry, IntakeIntegrationEventTypes as Intake } from '@aftersales/contracts';
import { RelayHost } from '@aftersales/platform';

/** A read-model store that can be cut off, as when an instance loses its MongoDB. */
class SeveredDocuments implements DocumentStore {
  severed = false;
  constructor(private readonly inner: DocumentStore) {}
  collection<T extends StoredDocument>(name: string, indexes?: readonly IndexSpec[]): DocumentCollection<T> {
    const inner = this.inner.collection<T>(name, indexes);
    const guard = <A extends unknown[], R>(fn: (...a: A) => Promise<R>) => async (...a: A): Promise<R> => {
      if (this.severed) throw new Error('connection lost');
      return fn(...a);
    };
    return {
      get: guard(inner.get.bind(inner)),
      find: guard(inner.find.bind(inner)),
      count: guard(inner.count.bind(inner)),
      upsert: guard(inner.upsert.bind(inner)),
      upsertMany: guard(inner.upsertMany.bind(inner)),
      patch: guard(inner.patch.bind(inner)),
      delete: guard(inner.delete.bind(inner)),
      clear: guard(inner.clear.bind(inner)),
    };
  }
  close(): Promise<void> {
    return this.inner.close();
  }
}

describe('RelayHost: one relay per context across instances (lease)', () => {
  const lease = { ttlMs: 1_000, renewMs: 20 };
  const map = () => ({ type: 'test.public.Happened', data: {} });
  const contracts = new ContractRegistry([{ type: 'test.public.Happened', schemaVersion: 1, schema: { type: 'object', properties: {} } }]);
  let store: MemoryEventStore;
  let bus: MemoryMessageBus;
  let shared: MemoryDocumentStore;
  let clock: ManualClock;
  let checkpoints: MemoryCheckpointStore;
  const hosts: RelayHost[] = [];

  const host = (documents: DocumentStore = shared) => {
    const h = new RelayHost(store, checkpoints, bus, documents, clock, lease, contracts);
    h.register({ context: 'test', topic: 'aftersales.test.events', streamPrefixes: ['test.'], map });
    hosts.push(h);
    return h;
  };

  beforeEach(() => {
    store = new MemoryEventStore();
    bus = new MemoryMessageBus();
    shared = new MemoryDocumentStore();
    clock = new ManualClock('2026-03-03T00:00:00.000Z');
    checkpoints = new MemoryCheckpointStore();
  });

  afterEach(async () => {
    for (const h of hosts.splice(0)) await h.onApplicationShutdown();
    await bus.close();
  });

  it('relays in one instance only, and hands over at once on a clean shutdown: each event published once', async () => {
    const published: string[] = [];
    const consumer = await bus.consume(async (m) => void published.push(m.event.id), { group: 'listener', topics: ['aftersales.test.events'] });
    const a = host();
    const b = host();
    await a.onApplicationBootstrap();
    await b.onApplicationBootstrap();
    expect(a.running()).toEqual(['test']);
    expect(b.running()).toEqual([]);
    await store.append('test.thing-1', [anEvent('test.Happened')], { expectedRevision: 'any' });
    await until(() => published.length === 1, 5_000, 'the first event published');
    await a.onApplicationShutdown();
    await until(() => b.running().length === 1, 5_000, 'b to take the released lease');
    await store.append('test.thing-2', [anEvent('test.Happened')], { expectedRevision: 'any' });
    await until(() => published.length >= 2, 5_000, 'the second event published');
    await b.caughtUp();
    expect(new Set(published).size).toBe(2);
    expect(published).toHaveLength(2);
    await consumer.stop();
  });

  it('a holder cut off from the store stops relaying before anyone can take over; the other takes over after a TTL', async () => {
    const severed = new SeveredDocuments(shared);
    const a = host(severed);
    const b = host();
    await a.onApplicationBootstrap();
    await b.onApplicationBootstrap();
    expect(a.running()).toEqual(['test']);
    severed.severed = true;
    clock.advance(lease.ttlMs - lease.renewMs); // a's last renewal plus the TTL, less one renewal period
    await until(() => a.running().length === 0, 5_000, 'a to stop relaying');
    expect(b.running()).toEqual([]); // b has not yet seen the lease unrenewed for a whole TTL
    clock.advance(lease.ttlMs);
    await until(() => b.running().length === 1, 5_000, 'b to take over');
  });
});

describe('RelayHost: contracts checked before publishing', () => {
  afterEach(() => jest.restoreAllMocks());

  it('holds on an integration event that breaks its contract: nothing after it is published, an error names it at every attempt', async () => {
    const store = new MemoryEventStore();
    const bus = new MemoryMessageBus();
    const published: string[] = [];
    await bus.consume(async (m) => void published.push(m.event.type), { group: 'listener', topics: ['aftersales.intake.events'] });
    const errors: unknown[][] = [];
    jest.spyOn(Logger.prototype, 'error').mockImplementation((...args: unknown[]) => void errors.push(args));
    const host = new RelayHost(store, new MemoryCheckpointStore(), bus, new MemoryDocumentStore(), new ManualClock('2026-03-03T00:00:00.000Z'), { ttlMs: 1_000, renewMs: 20 });
    // A mapping bug: the closed complaint's outcome is a domain word the contract does not have.
    host.register({
      context: 'intake',
      topic: 'aftersales.intake.events',
      streamPrefixes: ['intake.'],
      map: (e) => ({ type: Intake.ComplaintClosed, data: { complaintId: e.stream.slice('intake.complaint-'.length), outcome: (e.data as { outcome: string }).outcome } }),
    });
    await store.append('intake.complaint-1', [anEvent('intake.ComplaintClosed', { outcome: 'resolved' })], { expectedRevision: 'any' });
    await store.append('intake.complaint-2', [anEvent('intake.ComplaintClosed', { outcome: 'fixed' })], { expectedRevision: 'any' });
    await store.append('intake.complaint-3', [anEvent('intake.ComplaintClosed', { outcome: 'resolved' })], { expectedRevision: 'any' });
    await host.onApplicationBootstrap();
    await until(() => errors.length >= 2, 5_000, 'the refusal reported twice');
    await host.onApplicationShutdown();
    await bus.close();

    // One batch: the relay published none of it, rather than garbage or a gap.
    expect(published).toEqual([]);
    expect(errors[0][0]).toMatchObject({
      relay: 'intake',
      code: 'CONTRACT.SCHEMA_VIOLATION',
      details: { type: Intake.ComplaintClosed, schemaVersion: 1, problems: [{ path: '/outcome', message: 'must be one of resolved, withdrawn' }] },
    });
    expect(errors[0][1]).toMatch(/relay holds: an integration event breaks its contract/);
  });
});
