import { BusMessage, CheckpointStore, EventEnvelope, EventRelay, EventRelayOptions, IntegrationEventMapping, MessageBus, Upcasters } from '@aftersales/eventsourcing';
import { anEvent, until } from '@aftersales/eventsourcing/testing';
import { MemoryCheckpointStore } from './memory-checkpoint-store';
import { MemoryEventStore } from './memory-event-store';
import { MemoryMessageBus } from './memory-message-bus';

const TOPIC = 'aftersales.intake.events';

/** Public: registrations, under their contract type. Private: everything else. */
const map: IntegrationEventMapping = (event) =>
  event.type === 'intake.ComplaintRegistered' ? { type: 'intake.public.ComplaintRegistered', data: { n: (event.data as { n: number }).n } } : null;

/** A bus the test can take down: publishes fail while `down` holds, as with a broker that is away. */
class FlakyBus implements MessageBus {
  down = false;
  failures = 0;
  constructor(private readonly inner: MessageBus) {}
  async publish(topic: string, messages: readonly BusMessage[]): Promise<void> {
    if (this.down) {
      this.failures++;
      throw new Error('broker unavailable');
    }
    await this.inner.publish(topic, messages);
  }
  consume: MessageBus['consume'] = (handler, options) => this.inner.consume(handler, options);
  close = () => this.inner.close();
}

describe('EventRelay', () => {
  let store: MemoryEventStore;
  let checkpoints: MemoryCheckpointStore;
  let bus: MemoryMessageBus;
  let received: BusMessage[];
  const relays: EventRelay[] = [];

  beforeEach(async () => {
    store = new MemoryEventStore();
    checkpoints = new MemoryCheckpointStore();
    bus = new MemoryMessageBus();
    received = [];
    await bus.consume(async (m) => void received.push(m), { group: 'qa', topics: [TOPIC] });
  });
  afterEach(async () => {
    await Promise.all(relays.splice(0).map((r) => r.stop()));
    await bus.close();
    await store.close();
  });

  function relay(options: { bus?: MessageBus; checkpoints?: CheckpointStore } & Partial<EventRelayOptions> = {}): EventRelay {
    const { bus: on = bus, checkpoints: over = checkpoints, ...relayOptions } = options;
    const r = new EventRelay(store, over, on, {
      name: 'relay:intake',
      topic: TOPIC,
      streamPrefixes: ['intake.'],
      map,
      retryBackoffMs: 5,
      maxRetryBackoffMs: 20,
      ...relayOptions,
    });
    relays.push(r);
    return r;
  }

  async function register(stream: string, n: number): Promise<EventEnvelope> {
    await store.append(stream, [anEvent('intake.ComplaintRegistered', { n }), anEvent('intake.NoteAdded', { n })], { expectedRevision: 'any' });
    const registered = (await store.readStream(stream)).filter((e) => e.type === 'intake.ComplaintRegistered').at(-1);
    if (!registered) throw new Error(`no registration on ${stream}`);
    return registered;
  }

  it("publishes the mapped events of its context's streams, keyed by stream, with the domain event's id and metadata", async () => {
    const first = await register('intake.complaint-1', 1);
    await store.append('qa.case-1', [anEvent('intake.ComplaintRegistered', { n: 99 })], { expectedRevision: 'any' });
    const second = await register('intake.complaint-2', 2);
    const r = relay();
    await r.start();
    await r.caughtUp();
    await until(() => received.length === 2);

    expect(received.map((m) => m.key)).toEqual(['intake.complaint-1', 'intake.complaint-2']);
    expect(received[0].event).toEqual({ ...first, type: 'intake.public.ComplaintRegistered', schemaVersion: 1, data: { n: 1 } });
    expect(received[1].event.id).toBe(second.id);
    expect(await checkpoints.load('relay:intake')).toBe(second.position + 1n);
    expect(r.published).toBe(2);
  });

  /** Until the relay's stored checkpoint is `position` (the store is read asynchronously). */
  async function untilCheckpoint(position: bigint, what: string): Promise<void> {
    const deadline = Date.now() + 5_000;
    while ((await checkpoints.load('relay:intake')) !== position) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }

  it("moves its checkpoint past other contexts' events once idle, never past what it has not published", async () => {
    const registered = await register('intake.complaint-1', 1);
    await store.append('qa.case-1', [anEvent('qa.CaseOpened', {})], { expectedRevision: 'any' });
    await store.append('qa.case-2', [anEvent('qa.CaseOpened', {})], { expectedRevision: 'any' });
    const first = relay({ idleCheckpointMs: 3_600_000 });
    await first.start();
    await first.caughtUp();
    // Its first idle read stores the head at once, whatever the interval.
    await untilCheckpoint(registered.position + 3n, 'the checkpoint past qa.case-2');
    expect(received).toHaveLength(1);
    await first.stop();

    await store.append('qa.case-3', [anEvent('qa.CaseOpened', {})], { expectedRevision: 'any' });
    const flaky = new FlakyBus(bus);
    flaky.down = true;
    const held = relay({ bus: flaky, idleCheckpointMs: 0 });
    await held.start();
    await untilCheckpoint(registered.position + 4n, 'the checkpoint past qa.case-3');
    const unpublished = await register('intake.complaint-2', 2);
    await until(() => flaky.failures > 1, 5_000, 'failed publishes');
    await held.stop();
    // Held on the registration it could not publish: neither idle writes nor stop() passed it.
    expect(unpublished.position).toBeGreaterThan(registered.position + 4n);
    expect(await checkpoints.load('relay:intake')).toBe(registered.position + 4n);
  });

  it('follows live appends and resumes after its checkpoint when restarted', async () => {
    await register('intake.complaint-1', 1);
    const first = relay();
    await first.start();
    await until(() => received.length === 1);
    await register('intake.complaint-2', 2);
    await until(() => received.length === 2);
    await first.stop();

    await register('intake.complaint-3', 3);
    const second = relay();
    await second.start();
    await until(() => received.length === 3);
    await second.caughtUp();
    expect(received.map((m) => (m.event.data as { n: number }).n)).toEqual([1, 2, 3]);
  });

  it('keeps retrying while the broker is down, the store stays writable, and catches up in order once it is back', async () => {
    const flaky = new FlakyBus(bus);
    flaky.down = true;
    const r = relay({ bus: flaky, batchSize: 3 });
    await r.start();
    for (let n = 0; n < 10; n++) await register(`intake.complaint-${n % 3}`, n);
    await until(() => flaky.failures >= 3);
    expect(received).toEqual([]);
    expect(await checkpoints.load('relay:intake')).toBeNull();

    flaky.down = false;
    await until(() => received.length === 10);
    expect(received.map((m) => (m.event.data as { n: number }).n)).toEqual(Array.from({ length: 10 }, (_, n) => n));
    await checkpointReaches(await store.headPosition());
  });

  it('republishes, never loses, what was acknowledged but not checkpointed when it stopped', async () => {
    let failing = true;
    const brokenCheckpoints: CheckpointStore = {
      load: (name) => checkpoints.load(name),
      reset: (name) => checkpoints.reset(name),
      store: async (name, position) => {
        if (failing) throw new Error('checkpoint store unavailable');
        await checkpoints.store(name, position);
      },
    };
    const published = await register('intake.complaint-1', 1);
    const crashing = relay({ checkpoints: brokenCheckpoints });
    await crashing.start();
    await until(() => received.length === 1);
    await crashing.stop();
    failing = false;

    const restarted = relay();
    await restarted.start();
    await until(() => received.length === 2);
    expect(received.map((m) => m.event.id)).toEqual([published.id, published.id]);
  });

  it('maps each event upcast to the newest version the context knows (an old event publishes like a new one)', async () => {
    // v1 registrations carried `count`; v2 calls it `n`, which the mapping reads.
    const upcasters = new Upcasters([{ type: 'intake.ComplaintRegistered', fromVersion: 1, upcast: (d) => ({ n: (d as { count: number }).count }) }]);
    await store.append('intake.complaint-1', [anEvent('intake.ComplaintRegistered', { count: 7 }, { schemaVersion: 1 })], { expectedRevision: 'any' });
    await store.append('intake.complaint-2', [anEvent('intake.ComplaintRegistered', { n: 8 }, { schemaVersion: 2 })], { expectedRevision: 'any' });
    const r = relay({ upcasters });
    await r.start();
    await until(() => received.length === 2);
    expect(received.map((m) => m.event.data)).toEqual([{ n: 7 }, { n: 8 }]);
  });

  it('holds on an integration event its check refuses: nothing published or checkpointed, the failure reported at every attempt', async () => {
    const refused: unknown[] = [];
    let broken = true;
    const check = (event: { data: unknown }) => {
      if (broken && (event.data as { n: number }).n === 2) throw Object.assign(new Error('breaks its contract'), { code: 'CONTRACT.SCHEMA_VIOLATION' });
    };
    await register('intake.complaint-1', 1);
    await register('intake.complaint-2', 2);
    await register('intake.complaint-3', 3);
    const r = relay({ check, batchSize: 2, onRetry: (err) => void refused.push(err) });
    await r.start();
    await until(() => refused.length >= 3, 5_000, 'three refusals of the same batch');
    // The first batch went out; the one holding the refused event neither goes out nor is skipped.
    expect(received.map((m) => (m.event.data as { n: number }).n)).toEqual([1]);
    expect(refused[0]).toMatchObject({ code: 'CONTRACT.SCHEMA_VIOLATION' });
    expect(await checkpoints.load('relay:intake')).toBe((await store.readStream('intake.complaint-1')).at(-1)?.position);

    broken = false;
    await until(() => received.length === 3, 5_000, 'the rest once the producer is fixed');
    expect(received.map((m) => (m.event.data as { n: number }).n)).toEqual([1, 2, 3]);
  });

  async function checkpointReaches(position: bigint | null): Promise<void> {
    const deadline = Date.now() + 5_000;
    while ((await checkpoints.load('relay:intake')) !== position) {
      if (Date.now() > deadline) throw new Error(`checkpoint never reached ${position}`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }
});
