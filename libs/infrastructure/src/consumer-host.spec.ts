import { BusMessage, EventEnvelope, ManualClock, Upcasters, dlqTopic, readDeadLetter } from '@aftersales/eventsourcing';
import { anEnvelope, until } from '@aftersales/eventsourcing/testing';
import { MemoryDocumentStore, MemoryMessageBus } from '@aftersales/adapters-memory';
import {
  ComplaintAcceptedV1,
  ContractRegistry,
  INTEGRATION_EVENT_CONTRACTS,
  IntakeIntegrationEventTypes as Intake,
  IntegrationEventData,
  IntegrationEventType,
} from '@aftersales/contracts';
import { ConsumerHost, IntegrationEventOf, ReadinessRegistry } from '@aftersales/platform';

const accepted = (complaintId: string): ComplaintAcceptedV1 => ({
  complaintId,
  acceptance: 'free',
  category: 'performance',
  severity: 'minor',
  customerId: 'C-1',
  product: { model: 'PX-200', serialNumber: null, partNumber: null, contractNumber: null, productLine: null },
  defectiveQuantity: 1,
  defectNature: 'leak',
  requestedResolution: 'exchange',
  highPriority: false,
  receivedAt: '2026-03-03T02:00:00.000Z',
  reasons: [],
  reassessed: false,
});

/** The n a test message carries in its complaint id (`c-<n>`). */
const nOf = (event: IntegrationEventOf): number => Number('complaintId' in event.data ? event.data.complaintId?.slice(2) : NaN);

/**
 * The platform's ConsumerHost on the in-process bus (Kafka's delivery semantics) and in-memory read
 * models. It lives here rather than in libs/platform because the platform may not depend on adapters.
 */
describe('ConsumerHost', () => {
  const TOPIC = 'aftersales.test.events';
  let bus: MemoryMessageBus;
  let documents: MemoryDocumentStore;
  let readiness: ReadinessRegistry;
  let host: ConsumerHost;

  beforeEach(() => {
    bus = new MemoryMessageBus({ partitions: 2 });
    documents = new MemoryDocumentStore();
    readiness = new ReadinessRegistry();
    host = new ConsumerHost(bus, documents, new ManualClock('2026-03-03T00:00:00.000Z'), readiness);
  });

  afterEach(async () => {
    await host.onApplicationShutdown();
    await bus.close();
  });

  /** Polls an asynchronous condition (the inbox write follows the handler). */
  async function eventually(check: () => Promise<boolean>, what: string): Promise<void> {
    const deadline = Date.now() + 5_000;
    while (!(await check())) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }

  /** A published integration event on `stream` (a closed complaint `c-<n>` unless told otherwise). */
  function message(stream: string, n: number): BusMessage;
  function message<K extends IntegrationEventType>(stream: string, n: number, type: K, data: IntegrationEventData[K], overrides?: Partial<EventEnvelope>): BusMessage;
  function message(stream: string, n: number, type: string = Intake.ComplaintClosed, data: unknown = { complaintId: `c-${n}`, outcome: 'resolved' }, overrides: Partial<EventEnvelope> = {}): BusMessage {
    return { key: stream, event: anEnvelope({ stream, position: BigInt(n + 1), type, data, ...overrides }) };
  }
  /** One that breaks its contract, as a producer bug or a hand-made record would put it on the topic. */
  const broken = (stream: string, n: number, data: unknown, overrides: Partial<EventEnvelope> = {}): BusMessage => ({
    key: stream,
    event: anEnvelope({ stream, position: BigInt(n + 1), type: Intake.ComplaintClosed, data, ...overrides }),
  });

  it('handles a redelivered event once and records it in its inbox after the handler succeeded', async () => {
    const handled: string[] = [];
    let inboxDuringHandler: unknown = 'unset';
    host.register({
      name: 'qa-complaints',
      group: 'qa',
      topics: [TOPIC],
      handle: async (event) => {
        inboxDuringHandler = await documents.collection('qa-complaints.inbox').get(event.id);
        handled.push(event.id);
      },
    });
    host.onApplicationBootstrap();
    await host.joined();

    const first = message('intake.complaint-1', 0);
    await bus.publish(TOPIC, [first, message('intake.complaint-2', 1)]);
    await until(() => handled.length === 2, 5_000, 'two events handled');
    // The relay republishes after a crash: the same event id arrives again, on its own and in a batch.
    await bus.publish(TOPIC, [first]);
    await bus.publish(TOPIC, [first, message('intake.complaint-1', 2)]);
    await until(() => handled.length === 3, 5_000, 'the new event handled');
    await eventually(async () => (await documents.collection('qa-complaints.inbox').count()) === 3, 'inbox entries');

    expect(handled.filter((id) => id === first.event.id)).toHaveLength(1);
    expect(inboxDuringHandler).toBeNull();
    expect(await documents.collection('qa-complaints.inbox').get(first.event.id)).toMatchObject({
      _id: first.event.id,
      type: first.event.type,
      stream: 'intake.complaint-1',
      topic: TOPIC,
      handledAt: '2026-03-03T00:00:00.000Z',
    });
    expect((await readiness.evaluate()).checks).toEqual({ consumers: 'up' });
  });

  it('acknowledges the event types a consumer does not handle without its handler or inbox', async () => {
    const handled: string[] = [];
    host.register({ name: 'picky', group: 'qa', topics: [TOPIC], handles: ['intake.public.ComplaintAccepted'], handle: async (event) => void handled.push(event.type) });
    host.onApplicationBootstrap();
    await host.joined();
    const missed = { complaintId: 'c-1', obligation: 'acknowledge', dueAt: '2026-03-03T02:00:00.000Z', responsibleId: null } as const;
    await bus.publish(TOPIC, [
      message('intake.complaint-1', 0, Intake.DeadlineMissed, missed),
      message('intake.complaint-1', 1, Intake.ComplaintAccepted, accepted('c-1')),
      message('intake.complaint-1', 2, Intake.DeadlineMissed, missed),
      message('intake.complaint-1', 3, Intake.ComplaintAccepted, accepted('c-1')),
    ]);
    await until(() => handled.length === 2, 5_000, 'the accepted events handled');
    await eventually(async () => (await documents.collection('picky.inbox').count()) === 2, 'inbox entries of the handled ones');
    expect(handled).toEqual(['intake.public.ComplaintAccepted', 'intake.public.ComplaintAccepted']);
    expect((await documents.collection('picky.inbox').find()).map((e) => e.type)).toEqual(['intake.public.ComplaintAccepted', 'intake.public.ComplaintAccepted']);
  });

  it('retries a failing event and records it only once it succeeded', async () => {
    let calls = 0;
    host.register({
      name: 'retrying',
      group: 'qa',
      topics: [TOPIC],
      retryBackoffMs: 1,
      handle: async () => {
        calls++;
        if (calls < 3) throw new Error('transient');
      },
    });
    host.onApplicationBootstrap();
    await host.joined();
    const m = message('intake.complaint-1', 0);
    await bus.publish(TOPIC, [m]);
    await until(() => calls === 3, 5_000, 'three attempts');
    await eventually(async () => (await documents.collection('retrying.inbox').get(m.event.id)) !== null, 'inbox entry');
    await bus.publish(TOPIC, [m]);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(calls).toBe(3);
  });

  it('sends a poison event to the DLQ with the error and keeps handling its partition', async () => {
    const handled: number[] = [];
    host.register({
      name: 'poisoned',
      group: 'qa',
      topics: [TOPIC],
      maxAttempts: 2,
      retryBackoffMs: 1,
      handle: async (event) => {
        const n = nOf(event);
        if (n === 1) throw Object.assign(new Error('cannot read this complaint'), { code: 'QA.UNREADABLE' });
        handled.push(n);
      },
    });
    const dead: BusMessage[] = [];
    await bus.consume(async (m) => void dead.push(m), { group: 'dlq-watch', topics: [dlqTopic(TOPIC)] });
    host.onApplicationBootstrap();
    await host.joined();

    // One key, so one partition: the events behind the poison one wait for it, then go on.
    const stream = 'intake.complaint-9';
    const poison = message(stream, 1);
    await bus.publish(TOPIC, [message(stream, 0), poison, message(stream, 2), message(stream, 3)]);
    await until(() => handled.length === 3 && dead.length === 1, 5_000, 'the partition to drain');

    expect(handled).toEqual([0, 2, 3]);
    expect(readDeadLetter(dead[0])).toMatchObject({
      originalTopic: TOPIC,
      group: 'qa',
      key: stream,
      attempts: 2,
      error: { message: 'cannot read this complaint', code: 'QA.UNREADABLE' },
      event: { id: poison.event.id },
    });
    expect(await documents.collection('poisoned.inbox').get(poison.event.id)).toBeNull();
  });

  /** Everything on `<TOPIC>.dlq`, as a replay tool would read it. */
  async function watchDeadLetters(): Promise<BusMessage[]> {
    const dead: BusMessage[] = [];
    await bus.consume(async (m) => void dead.push(m), { group: 'dlq-watch', topics: [dlqTopic(TOPIC)] });
    return dead;
  }

  it('dead-letters an event that breaks its contract at its first delivery (CONTRACT.SCHEMA_VIOLATION, with the paths): never handled, never in the inbox', async () => {
    const handled: number[] = [];
    host.register({ name: 'checked', group: 'qa', topics: [TOPIC], handle: async (event) => void handled.push(nOf(event)) });
    const dead = await watchDeadLetters();
    host.onApplicationBootstrap();
    await host.joined();

    const stream = 'intake.complaint-3';
    const bad = broken(stream, 1, { outcome: 'exploded' });
    await bus.publish(TOPIC, [message(stream, 0), bad, message(stream, 2)]);
    await until(() => handled.length === 2 && dead.length === 1, 5_000, 'the partition to drain');

    expect(handled).toEqual([0, 2]);
    expect(readDeadLetter(dead[0])).toMatchObject({
      event: { id: bad.event.id },
      // The default maxAttempts is 5: a payload that breaks its contract is not retried.
      attempts: 1,
      error: {
        code: 'CONTRACT.SCHEMA_VIOLATION',
        details: {
          type: Intake.ComplaintClosed,
          schemaVersion: 1,
          eventId: bad.event.id,
          problems: [
            { path: '/complaintId', message: 'is required' },
            { path: '/outcome', message: 'must be one of resolved, withdrawn' },
          ],
        },
      },
    });
    expect(await documents.collection('checked.inbox').get(bad.event.id)).toBeNull();
  });

  it('dead-letters a version it cannot read (CONTRACT.UNKNOWN_VERSION), and acknowledges a type no contract names unhandled', async () => {
    const handled: string[] = [];
    host.register({ name: 'versions', group: 'qa', topics: [TOPIC], handle: async (event) => void handled.push(event.id) });
    const dead = await watchDeadLetters();
    host.onApplicationBootstrap();
    await host.joined();

    const stream = 'intake.complaint-4';
    const newer = broken(stream, 0, { complaintId: 'c-0', outcome: 'resolved', resolvedBy: 'u-1' }, { schemaVersion: 2 });
    const unknownType = broken(stream, 1, { complaintId: 'c-1' }, { type: 'intake.public.ComplaintTeleported' });
    const behind = message(stream, 2);
    await bus.publish(TOPIC, [newer, unknownType, behind]);
    await until(() => handled.length === 1 && dead.length === 1, 5_000, 'the partition to drain');

    expect(handled).toEqual([behind.event.id]);
    expect(readDeadLetter(dead[0])).toMatchObject({
      event: { id: newer.event.id },
      attempts: 1,
      error: { code: 'CONTRACT.UNKNOWN_VERSION', details: { type: Intake.ComplaintClosed, schemaVersion: 2, known: [1], reads: 1 } },
    });
    expect(await documents.collection('versions.inbox').get(unknownType.event.id)).toBeNull();
  });

  it("upcasts an event of an older version with the consumer's upcasters, then checks it against the version it reads", async () => {
    // A v2 of ComplaintClosed to come: `outcome` becomes `resolution`. This service reads v2.
    const contracts = new ContractRegistry([
      ...INTEGRATION_EVENT_CONTRACTS.contracts,
      {
        type: Intake.ComplaintClosed,
        schemaVersion: 2,
        schema: { type: 'object', required: ['complaintId', 'resolution'], properties: { complaintId: { type: 'string' }, resolution: { type: 'string' } } },
      },
    ]);
    const upgraded = new ConsumerHost(bus, documents, new ManualClock('2026-03-03T00:00:00.000Z'), readiness, contracts);
    const upcasters = new Upcasters([
      { type: Intake.ComplaintClosed, fromVersion: 1, upcast: (d) => ({ complaintId: (d as { complaintId: string }).complaintId, resolution: (d as { outcome: string }).outcome }) },
    ]);
    const seen: EventEnvelope[] = [];
    upgraded.register({ name: 'upcasting', group: 'upcasting', topics: [TOPIC], upcasters, handle: async (event) => void seen.push(event) });
    upgraded.register({ name: 'no-upcaster', group: 'no-upcaster', topics: [TOPIC], handle: async (event) => void seen.push(event) });
    const dead = await watchDeadLetters();
    upgraded.onApplicationBootstrap();
    await upgraded.joined();

    const old = message('intake.complaint-5', 0);
    await bus.publish(TOPIC, [old]);
    await until(() => seen.length === 1 && dead.length === 1, 5_000, 'the upcast event handled and the other dead-lettered');
    await upgraded.onApplicationShutdown();

    expect(seen.map((e) => [e.id, e.schemaVersion, e.data])).toEqual([[old.event.id, 2, { complaintId: 'c-0', resolution: 'resolved' }]]);
    // A consumer of the same service without the upcaster cannot read v1: that is a dead letter, not a guess.
    expect(readDeadLetter(dead[0])).toMatchObject({ group: 'no-upcaster', error: { code: 'CONTRACT.UNKNOWN_VERSION', details: { schemaVersion: 1, reads: 2 } } });
  });

  it('shares the partitions of its group between two instances: each event handled by one', async () => {
    const other = new ConsumerHost(bus, documents, new ManualClock(), new ReadinessRegistry());
    const handledBy: Record<string, string[]> = { a: [], b: [] };
    const spec = (who: 'a' | 'b') => ({ name: 'shared', group: 'qa', topics: [TOPIC], handle: async (e: IntegrationEventOf) => void handledBy[who].push(e.id) });
    host.register(spec('a'));
    other.register(spec('b'));
    host.onApplicationBootstrap();
    other.onApplicationBootstrap();
    await Promise.all([host.joined(), other.joined()]);
    const messages = Array.from({ length: 40 }, (_, n) => message(`intake.complaint-${n}`, n));
    await bus.publish(TOPIC, messages);
    await until(() => handledBy.a.length + handledBy.b.length === 40, 5_000, 'forty events');
    await other.onApplicationShutdown();

    expect(new Set([...handledBy.a, ...handledBy.b]).size).toBe(40);
    expect(handledBy.a.length).toBeGreaterThan(0);
    expect(handledBy.b.length).toBeGreaterThan(0);
  });

  it('stops consuming at shutdown and refuses a second registration of a name', async () => {
    const handled: string[] = [];
    host.register({ name: 'stopping', group: 'qa', topics: [TOPIC], handle: async (e) => void handled.push(e.id) });
    expect(() => host.register({ name: 'stopping', group: 'qa', topics: [TOPIC], handle: async () => undefined })).toThrow(/twice/);
    host.onApplicationBootstrap();
    await host.joined();
    await host.onApplicationShutdown();
    await bus.publish(TOPIC, [message('intake.complaint-1', 0)]);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(handled).toEqual([]);
    expect((await readiness.evaluate()).checks).toEqual({ consumers: 'down' });
  });

  it('rejoins the group when the bus gives a consumer up, and goes on handling', async () => {
    // The in-process bus never fails a consumer; this one lets the test fail the first it hands out.
    let failFirst: ((error: Error) => void) | null = null;
    const consume = bus.consume.bind(bus);
    jest.spyOn(bus, 'consume').mockImplementation(async (handler, options) => {
      const consumer = await consume(handler, options);
      if (failFirst) return consumer;
      const listeners: ((error: Error) => void)[] = [];
      failFirst = (error) => listeners.forEach((l) => l(error));
      return Object.assign(consumer, { onFailure: (l: (error: Error) => void) => (listeners.push(l), () => undefined) });
    });
    const handled: number[] = [];
    host.register({ name: 'qa-rejoin', group: 'qa-rejoin', topics: [TOPIC], handle: async (e) => void handled.push(nOf(e)) });
    host.onApplicationBootstrap();
    await host.joined();
    await bus.publish(TOPIC, [message('intake.complaint-7', 0)]);
    await until(() => handled.length === 1, 5_000, 'the first event');

    if (!failFirst) throw new Error('no consumer was handed out');
    (failFirst as (error: Error) => void)(new Error('crashed for good'));
    expect((await readiness.evaluate()).checks['consumers']).toBe('down');
    await eventually(async () => (await readiness.evaluate()).checks['consumers'] === 'up', 'the consumer back in its group');
    await bus.publish(TOPIC, [message('intake.complaint-7', 1)]);
    await until(() => handled.length === 2, 5_000, 'the event after the rejoin');
    expect(handled).toEqual([0, 1]);
    expect(bus.consume).toHaveBeenCalledTimes(2);
    // The rejoin's start left the host's set of starts once it settled: failures do not pile up.
    await host.joined();
    expect((host as unknown as { starting: Set<Promise<void>> }).starting.size).toBe(0);
  });
  it('does not wait at shutdown for a consumer still joining, and stops it if its join completes later', async () => {
    let completeJoin!: () => void;
    const consume = bus.consume.bind(bus);
    const late = new Promise<void>((resolve) => (completeJoin = resolve));
    let lateConsumer: { stop: jest.Mock } | null = null;
    jest.spyOn(bus, 'consume').mockImplementation(async (handler, options) => {
      await late;
      const consumer = await consume(handler, options);
      lateConsumer = Object.assign(consumer, { stop: jest.fn(consumer.stop.bind(consumer)) });
      return consumer;
    });
    host.register({ name: 'slow-join', group: 'qa', topics: [TOPIC], handle: async () => undefined });
    host.onApplicationBootstrap();
    const started = Date.now();
    await host.onApplicationShutdown();
    expect(Date.now() - started).toBeLessThan(1_000);
    completeJoin();
    await until(() => lateConsumer !== null && lateConsumer.stop.mock.calls.length === 1, 5_000, 'the late consumer to be stopped');
  });

  it('stops every consumer at shutdown even when one of them fails to stop', async () => {
    const consume = bus.consume.bind(bus);
    const stopped: string[] = [];
    jest.spyOn(bus, 'consume').mockImplementation(async (handler, options) => {
      const consumer = await consume(handler, options);
      const stop = consumer.stop.bind(consumer);
      return Object.assign(consumer, {
        stop: async () => {
          await stop();
          stopped.push(options.group);
          if (options.group === 'broken') throw new Error('disconnect failed');
        },
      });
    });
    for (const group of ['broken', 'fine-1', 'fine-2']) host.register({ name: group, group, topics: [TOPIC], handle: async () => undefined });
    host.onApplicationBootstrap();
    await host.joined();
    await host.onApplicationShutdown();
    expect(stopped.sort()).toEqual(['broken', 'fine-1', 'fine-2']);
  });
});
