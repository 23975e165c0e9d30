import { EventEnvelope, Projection } from '@aftersales/eventsourcing';
import { anEvent, until } from '@aftersales/eventsourcing/testing';
import { MemoryCheckpointStore, MemoryEventStore } from '@aftersales/adapters-memory';
import { ProjectionHost, ReadinessRegistry } from '@aftersales/platform';

/** Fails its first `failures` batches (a read model briefly unavailable), then applies events. */
class FlakyProjection implements Projection {
  readonly name = 'flaky';
  readonly version = 1;
  readonly handles = ['test.Happened'];
  readonly applied: string[] = [];
  attempts = 0;

  constructor(private failures: number) {}

  async handle(events: readonly EventEnvelope[]): Promise<void> {
    this.attempts++;
    if (this.failures > 0) {
      this.failures--;
      throw new Error('read model unavailable');
    }
    this.applied.push(...events.map((e) => e.id));
  }

  async reset(): Promise<void> {
    this.applied.length = 0;
  }
}

describe('ProjectionHost', () => {
  let store: MemoryEventStore;
  let readiness: ReadinessRegistry;
  let host: ProjectionHost;

  beforeEach(async () => {
    store = new MemoryEventStore();
    readiness = new ReadinessRegistry();
    host = new ProjectionHost(store, new MemoryCheckpointStore(), readiness);
    await store.append('test.s-1', [anEvent(), anEvent(), anEvent()], { expectedRevision: 'no_stream' });
  });

  afterEach(async () => {
    await host.onApplicationShutdown();
    await store.close();
  });

  it('is not ready while a projection fails, restarts it from its checkpoint, and then is ready with every event once', async () => {
    const projection = new FlakyProjection(1);
    host.register(projection);
    host.onApplicationBootstrap();

    await until(() => projection.attempts >= 1, 5_000, 'the failing batch');
    expect((await readiness.evaluate()).checks['projections']).toBe('down');

    let ready = false;
    const poll = setInterval(() => void readiness.evaluate().then((r) => (ready = r.ready)), 20);
    try {
      await until(() => ready, 10_000, 'readiness after the restart');
    } finally {
      clearInterval(poll);
    }
    expect(projection.applied).toHaveLength(3);
    expect(new Set(projection.applied).size).toBe(3);
  });

  it('shuts down at once while waiting to restart a failed projection', async () => {
    const projection = new FlakyProjection(Number.MAX_SAFE_INTEGER);
    host.register(projection);
    host.onApplicationBootstrap();
    // After three failures the next restart is 2 s away (0.5, 1, 2 s): shutdown must not wait for it.
    await until(() => projection.attempts === 3, 10_000, 'three failed batches');

    const stopped = host.onApplicationShutdown().then(() => 'stopped');
    const slow = new Promise((resolve) => setTimeout(() => resolve('still waiting'), 1_000).unref());
    await expect(Promise.race([stopped, slow])).resolves.toBe('stopped');
  });

  it('refuses the same projection twice', () => {
    host.register(new FlakyProjection(0));
    expect(() => host.register(new FlakyProjection(0))).toThrow(/registered twice/);
  });
});
