import { BusMessage, EventEnvelope, ReadModelTransactions } from '@aftersales/eventsourcing';
import { anEvent } from '@aftersales/eventsourcing/testing';
import { MemoryEventStore, MemoryMessageBus } from '@aftersales/adapters-memory';
import { PostgresDocumentStore, PostgresStores, openPgliteEventStore } from '@aftersales/adapters-postgres';
import { ScratchDataDir, freshPgliteDataDir } from '@aftersales/adapters-postgres/testing';
import { ConfigError, ReadinessRegistry } from '@aftersales/platform';
import { recordTopicOf } from '@aftersales/contracts';
import { AuditLog, AuditRecordFollower } from '@aftersales/audit';
import { archivedEventOf } from '@aftersales/verifiable-log';

/**
 * AU-1 in distributed mode, on real transactions (PGlite) and the in-process bus: the record
 * follower archives every context's record topic, each event once with its source (the topic's
 * context, the position in that context's own store), appends serialized across partitions and
 * topics, a redelivered record a no-op. The Kafka run with kill -9 is test/infra/distributed-audit.
 */
describe('audit record follower (AU-1, distributed mode) on PGlite', () => {
  let scratch: ScratchDataDir;
  let stores: PostgresStores;
  let documents: PostgresDocumentStore;
  let transactions: ReadModelTransactions;
  let log: AuditLog;

  beforeAll(async () => {
    scratch = await freshPgliteDataDir('audit-record');
    stores = await openPgliteEventStore({ dataDir: scratch.dataDir });
    documents = new PostgresDocumentStore(stores.client);
    transactions = { run: (work) => stores.client.transaction(() => work()) };
    log = new AuditLog(documents);
  }, 60_000);

  afterAll(async () => {
    await documents?.close();
    await stores?.store.close();
    scratch?.remove();
  });

  /** `n` events of one context in a store of its own (positions from 1, as each service's store has). */
  async function recordOf(context: string, n: number): Promise<EventEnvelope[]> {
    const store = new MemoryEventStore();
    for (let i = 0; i < n; i++) await store.append(`${context}.case-${i % 3}`, [anEvent(`${context}.Happened`, { i })], { expectedRevision: 'any' });
    return store.readAll({});
  }

  it('AU-1 archives each event of every record topic once, with its context and source position; a redelivered record adds nothing', async () => {
    const letters: string[] = [];
    const bus = new MemoryMessageBus({ onDeadLetter: (l) => letters.push(l.error.message), onError: (err) => letters.push(String(err)) });
    const intake = await recordOf('intake', 9);
    const qa = await recordOf('qa', 7);
    const topics = [recordTopicOf('intake'), recordTopicOf('qa')];
    const follower = new AuditRecordFollower(bus, log, new ReadinessRegistry(), transactions, topics);
    follower.onApplicationBootstrap();
    await follower.joined();
    const message = (e: EventEnvelope): BusMessage => ({ key: e.stream, event: e });
    // Both topics at once, and each record twice (a redelivery after a crash).
    await Promise.all([
      bus.publish(topics[0], intake.map(message)),
      bus.publish(topics[1], qa.map(message)),
      bus.publish(topics[0], intake.slice(0, 4).map(message)),
      bus.publish(topics[1], qa.slice(2).map(message)),
    ]);
    const total = intake.length + qa.length;
    for (const deadline = Date.now() + 10_000; (await log.size()) < total && Date.now() < deadline; ) await new Promise((r) => setTimeout(r, 20));
    await bus.publish(topics[0], [message(intake[0])]);
    await follower.onApplicationShutdown();
    expect(letters).toEqual([]);

    expect(await log.size()).toBe(total);
    const entries = await log.entries(0, total);
    expect(entries.map((e) => e.index)).toEqual([...Array(total).keys()]);
    const byId = new Map(entries.map((e) => [e._id, e]));
    for (const [context, events] of [['intake', intake], ['qa', qa]] as const) {
      for (const e of events) {
        expect(byId.get(e.id)).toMatchObject({ context, stream: e.stream, sourcePosition: e.position.toString(), event: archivedEventOf(e) });
      }
    }
    // Per stream, the archive keeps the stream's order.
    for (const stream of new Set(entries.map((e) => e.stream))) {
      const revisions = entries.filter((e) => e.stream === stream).map((e) => BigInt(e.event.revision));
      expect(revisions).toEqual([...revisions].sort((a, b) => (a < b ? -1 : 1)));
    }
    expect(follower.archivedCount).toBe(total);
  }, 30_000);

  it('refuses to start without read-model transactions (READ_MODELS=postgres): a crash could otherwise leave half an append', () => {
    expect(() => new AuditRecordFollower(new MemoryMessageBus(), log, new ReadinessRegistry(), null)).toThrow(ConfigError);
    expect(() => new AuditRecordFollower(new MemoryMessageBus(), log, new ReadinessRegistry(), null)).toThrow(/READ_MODELS/);
  });
});
