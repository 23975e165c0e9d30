import {
  DeadlineChange,
  DeadlineProjection,
  DeadlineScheduler,
  DeadlineTracking,
  EventEnvelope,
  ManualClock,
  ProjectionRunner,
  TrackedDeadline,
  Upcasters,
  deadlineCollection,
} from '@aftersales/eventsourcing';
import { anEnvelope, anEvent } from '@aftersales/eventsourcing/testing';
import { MemoryCheckpointStore } from './memory-checkpoint-store';
import { MemoryDocumentStore } from './memory-document-store';
import { MemoryEventStore } from './memory-event-store';

/** A tiny context: `t.Opened` opens an obligation, `t.Done` meets it, `t.Missed` records a miss, `t.Ended` ends the case. */
const tracking: DeadlineTracking = {
  context: 'test',
  streamPrefixes: ['test.case-'],
  handles: ['t.Opened', 't.Done', 't.Missed', 't.Ended'],
  changes(e: EventEnvelope): DeadlineChange[] {
    const d = e.data as { obligation: string; dueAt: string };
    switch (e.type) {
      case 't.Opened':
        return [{ kind: 'open', obligation: d.obligation, dueAt: d.dueAt, responsibleId: 'rep-1' }];
      case 't.Done':
        return [{ kind: 'meet', obligation: d.obligation }];
      case 't.Missed':
        return [{ kind: 'miss', obligation: d.obligation }];
      case 't.Ended':
        return [{ kind: 'cancel_all' }];
      default:
        return [];
    }
  },
};

let position = 0n;
const event = (stream: string, type: string, data: object = {}) => anEnvelope({ stream, type, data, position: ++position, tenantId: 'acme', region: 'cn-east' });

describe('durable deadlines (ADR 008): projection and scheduler', () => {
  let documents: MemoryDocumentStore;
  let projection: DeadlineProjection;
  const clock = new ManualClock('2026-03-03T00:00:00.000Z');
  const state = async (id: string) => (await deadlineCollection(documents, 'test').get(id))?.state;

  beforeEach(() => {
    documents = new MemoryDocumentStore();
    projection = new DeadlineProjection(documents, tracking);
    clock.set('2026-03-03T00:00:00.000Z');
  });

  it('tracks open, met, missed and ended obligations, and a redelivered event changes nothing', async () => {
    const opened = event('test.case-1', 't.Opened', { obligation: 'ack', dueAt: '2026-03-03T02:00:00.000Z' });
    await projection.handle([opened, event('test.case-1', 't.Opened', { obligation: 'fwd', dueAt: '2026-03-04T00:00:00.000Z' })]);
    expect(await state('test.case-1#ack')).toBe('open');
    const done = event('test.case-1', 't.Done', { obligation: 'ack' });
    await projection.handle([done]);
    await projection.handle([opened]); // redelivery of an older event: guarded by position
    expect(await state('test.case-1#ack')).toBe('met');
    await projection.handle([event('test.case-1', 't.Ended')]);
    expect(await state('test.case-1#fwd')).toBe('cancelled');
    expect(await state('test.case-1#ack')).toBe('met');
    await projection.handle([event('test.case-1', 't.Done', { obligation: 'never-opened' })]);
    expect(await state('test.case-1#never-opened')).toBeUndefined();
  });

  it("reads the context's events upcast: an obligation opened by an old version of its event is tracked", async () => {
    // v1 of t.Opened named the obligation `duty`; `changes` reads v2.
    const upcasting: DeadlineTracking = {
      ...tracking,
      upcasters: new Upcasters([{ type: 't.Opened', fromVersion: 1, upcast: (d) => ({ obligation: (d as { duty: string }).duty, dueAt: (d as { dueAt: string }).dueAt }) }]),
    };
    const store = new MemoryEventStore();
    await store.append('test.case-old', [anEvent('t.Opened', { duty: 'ack', dueAt: '2026-03-03T02:00:00.000Z' }, { schemaVersion: 1 })], { expectedRevision: 'no_stream' });
    const runner = new ProjectionRunner(store, new MemoryCheckpointStore(), new DeadlineProjection(documents, upcasting));
    await runner.start();
    await runner.stop();
    expect(await deadlineCollection(documents, 'test').get('test.case-old#ack')).toMatchObject({ state: 'open', dueAt: '2026-03-03T02:00:00.000Z' });
  });

  it('hands over only what is due by the clock, in due order, and keeps the tenant and region', async () => {
    await projection.handle([
      event('test.case-2', 't.Opened', { obligation: 'late', dueAt: '2026-03-03T05:00:00.000Z' }),
      event('test.case-3', 't.Opened', { obligation: 'early', dueAt: '2026-03-03T01:00:00.000Z' }),
    ]);
    const handed: TrackedDeadline[] = [];
    const scheduler = new DeadlineScheduler(documents, tracking, clock, async (d) => void handed.push(d));
    expect(await scheduler.tick()).toBe(0);
    clock.set('2026-03-03T05:00:00.000Z');
    expect(await scheduler.tick()).toBe(2);
    expect(handed.map((d) => d.obligation)).toEqual(['early', 'late']);
    expect(handed[0]).toMatchObject({ tenantId: 'acme', region: 'cn-east', stream: 'test.case-3', responsibleId: 'rep-1' });
  });

  it('does not hand over a deadline again once the context recorded the miss', async () => {
    await projection.handle([event('test.case-4', 't.Opened', { obligation: 'ack', dueAt: '2026-03-03T01:00:00.000Z' })]);
    clock.set('2026-03-03T02:00:00.000Z');
    let calls = 0;
    const scheduler = new DeadlineScheduler(documents, tracking, clock, async (d) => {
      calls++;
      await projection.handle([event(d.stream, 't.Missed', { obligation: d.obligation })]);
    });
    await scheduler.tick();
    await scheduler.tick();
    expect(calls).toBe(1);
    expect(await state('test.case-4#ack')).toBe('missed');
  });

  it('backs off a failing deadline without starving the others, and tries it again later', async () => {
    await projection.handle([
      event('test.case-5', 't.Opened', { obligation: 'bad', dueAt: '2026-03-03T00:30:00.000Z' }),
      event('test.case-6', 't.Opened', { obligation: 'good', dueAt: '2026-03-03T00:40:00.000Z' }),
    ]);
    clock.set('2026-03-03T01:00:00.000Z');
    const attempts: string[] = [];
    const errors: string[] = [];
    const scheduler = new DeadlineScheduler(
      documents,
      tracking,
      clock,
      async (d) => {
        attempts.push(d.obligation);
        if (d.obligation === 'bad') throw new Error('store down');
      },
      { batchSize: 1, retryBackoffMs: 60_000, onError: (d) => errors.push(d._id) },
    );
    await scheduler.tick(); // the failing one first (earliest due)
    await scheduler.tick(); // in backoff: the next one gets its turn
    expect(attempts).toEqual(['bad', 'good']);
    expect(errors).toEqual(['test.case-5#bad']);
    clock.advance(60_000);
    await scheduler.tick();
    expect(attempts).toEqual(['bad', 'good', 'bad']);
  });

  it('a tick during a run waits for it and runs again with a fresh clock reading', async () => {
    await projection.handle([
      event('test.case-7', 't.Opened', { obligation: 'first', dueAt: '2026-03-03T01:00:00.000Z' }),
      event('test.case-8', 't.Opened', { obligation: 'second', dueAt: '2026-03-03T03:00:00.000Z' }),
    ]);
    clock.set('2026-03-03T02:00:00.000Z');
    const seen: string[] = [];
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const scheduler = new DeadlineScheduler(documents, tracking, clock, async (d, now) => {
      seen.push(`${d.obligation}@${now.toISOString()}`);
      if (d.obligation === 'first') {
        await gate;
        await projection.handle([event(d.stream, 't.Missed', { obligation: d.obligation })]);
      }
    });
    const running = scheduler.tick(); // 02:00: only `first` is due; its handler is held
    clock.set('2026-03-03T04:00:00.000Z');
    const next = scheduler.tick(); // must not reuse the 02:00 run
    release();
    expect(await running).toBe(1);
    expect(await next).toBe(1);
    expect(seen).toEqual(['first@2026-03-03T02:00:00.000Z', 'second@2026-03-03T04:00:00.000Z']);
  });

  it('works off a backlog batch after batch while the misses are still on their way to the read model', async () => {
    const opened = Array.from({ length: 250 }, (_, i) =>
      event(`test.case-backlog-${i % 50}`, 't.Opened', { obligation: `o${i}`, dueAt: new Date(Date.UTC(2026, 2, 2, 0, 0, i)).toISOString() }),
    );
    await projection.handle(opened);
    const handed: string[] = [];
    let inFlight = 0;
    let mostAtOnce = 0;
    const busyStreams = new Set<string>();
    const scheduler = new DeadlineScheduler(documents, tracking, clock, async (d) => {
      // One stream's deadlines never run at once (they would conflict on its revision).
      expect(busyStreams.has(d.stream)).toBe(false);
      busyStreams.add(d.stream);
      mostAtOnce = Math.max(mostAtOnce, ++inFlight);
      await new Promise((resolve) => setImmediate(resolve));
      inFlight--;
      busyStreams.delete(d.stream);
      handed.push(d._id);
    });
    // The handler records nothing in the read model (its events would arrive later): the next
    // tick must still move on to deadlines it has not handed over.
    expect(await scheduler.tick()).toBe(100);
    expect(scheduler.hasBacklog).toBe(true);
    expect(await scheduler.tick()).toBe(100);
    expect(await scheduler.tick()).toBe(50);
    expect(scheduler.hasBacklog).toBe(false);
    expect(new Set(handed).size).toBe(250);
    expect(handed).toHaveLength(250);
    expect(mostAtOnce).toBeGreaterThan(1);
    // The pass reached the end: the next one starts again from the beginning, so a deadline still
    // open (its miss not recorded) is handed over again.
    expect(await scheduler.tick()).toBe(100);
    expect(handed[250]).toBe(handed[0]);
  });

  it("hands a stream's due deadlines over together when it may, and one at a time when that fails", async () => {
    await projection.handle([
      event('test.case-9', 't.Opened', { obligation: 'ack', dueAt: '2026-03-03T00:10:00.000Z' }),
      event('test.case-9', 't.Opened', { obligation: 'fwd', dueAt: '2026-03-03T00:20:00.000Z' }),
      event('test.case-10', 't.Opened', { obligation: 'ack', dueAt: '2026-03-03T00:30:00.000Z' }),
      event('test.case-11', 't.Opened', { obligation: 'ack', dueAt: '2026-03-03T00:40:00.000Z' }),
      event('test.case-11', 't.Opened', { obligation: 'bad', dueAt: '2026-03-03T00:50:00.000Z' }),
    ]);
    clock.set('2026-03-03T01:00:00.000Z');
    const together: string[][] = [];
    const alone: string[] = [];
    const errors: string[] = [];
    const scheduler = new DeadlineScheduler(
      documents,
      tracking,
      clock,
      async (d) => {
        alone.push(d._id);
        if (d.obligation === 'bad') throw new Error('refused');
      },
      {
        onError: (d) => errors.push(d._id),
        onDueOfStream: async (deadlines) => {
          together.push(deadlines.map((d) => d._id));
          if (deadlines.some((d) => d.obligation === 'bad')) throw new Error('refused');
        },
      },
    );
    expect(await scheduler.tick()).toBe(5);
    // In due order within each stream; a stream with one due deadline goes to onDue as before.
    expect(together).toEqual([
      ['test.case-9#ack', 'test.case-9#fwd'],
      ['test.case-11#ack', 'test.case-11#bad'],
    ]);
    expect(alone).toEqual(['test.case-10#ack', 'test.case-11#ack', 'test.case-11#bad']);
    expect(errors).toEqual(['test.case-11#bad']);
  });
});
