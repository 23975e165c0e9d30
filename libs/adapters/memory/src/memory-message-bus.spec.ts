import { BusMessage, DEAD_LETTER_EVENT_TYPE, DeadLetter, DomainError, ManualClock, MessageHandler, dlqTopic, readDeadLetter } from '@aftersales/eventsourcing';
import { anEnvelope, describeMessageBusContract, until } from '@aftersales/eventsourcing/testing';
import { MemoryMessageBus } from './memory-message-bus';

describeMessageBusContract('memory', async () => {
  const bus = new MemoryMessageBus();
  return { bus, teardown: () => bus.close() };
});

/** What the contract cannot see through the port: partition counts, assignment, commits, the clock. */
describe('MemoryMessageBus', () => {
  let bus: MemoryMessageBus;
  afterEach(async () => {
    await bus.close();
  });

  const message = (key: string, n: number): BusMessage => ({ key, event: anEnvelope({ stream: key, data: { n } }) });
  const keyed = (count: number, offset = 0) => Array.from({ length: count }, (_, i) => message(`case-${i}`, offset + i));

  /** A handler that records who handled which message number. */
  function recordInto(log: { by: string; n: number }[], by: string): MessageHandler {
    return async (m) => void log.push({ by, n: (m.event.data as { n: number }).n });
  }

  it('gives a one-partition topic to one consumer of a group and hands it over when that one stops', async () => {
    bus = new MemoryMessageBus({ partitions: 1 });
    const log: { by: string; n: number }[] = [];
    const first = await bus.consume(recordInto(log, 'first'), { group: 'g', topics: ['t'] });
    await bus.consume(recordInto(log, 'second'), { group: 'g', topics: ['t'] });
    await bus.publish('t', keyed(10));
    await until(() => log.length === 10);
    expect(log.every((e) => e.by === 'first')).toBe(true);

    await first.stop();
    await bus.publish('t', keyed(5, 10));
    await until(() => log.length === 15);
    expect(log.slice(10).every((e) => e.by === 'second')).toBe(true);
  });

  it('rebalances when a consumer joins: the newcomer takes its share of the partitions from then on', async () => {
    bus = new MemoryMessageBus({ partitions: 4 });
    const log: { by: string; n: number }[] = [];
    await bus.consume(recordInto(log, 'first'), { group: 'g', topics: ['t'] });
    await bus.publish('t', keyed(16));
    await until(() => log.length === 16);
    expect(new Set(log.map((e) => e.by))).toEqual(new Set(['first']));

    await bus.consume(recordInto(log, 'joiner'), { group: 'g', topics: ['t'] });
    await bus.publish('t', keyed(16, 16));
    await until(() => log.length === 32);
    expect(new Set(log.slice(16).map((e) => e.by))).toEqual(new Set(['first', 'joiner']));
  });

  it('commits a message whose handler finished during stop(), so the next consumer does not see it again', async () => {
    bus = new MemoryMessageBus();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const firstLog: number[] = [];
    const first = await bus.consume(
      async (m) => {
        firstLog.push((m.event.data as { n: number }).n);
        await gate;
      },
      { group: 'g', topics: ['t'] },
    );
    await bus.publish('t', [message('case-1', 1)]);
    await until(() => firstLog.length === 1);
    const stopping = first.stop();
    release();
    await stopping;

    const secondLog: { by: string; n: number }[] = [];
    await bus.consume(recordInto(secondLog, 'second'), { group: 'g', topics: ['t'] });
    await bus.publish('t', [message('case-1', 2)]);
    await until(() => secondLog.length >= 1);
    expect(secondLog).toEqual([{ by: 'second', n: 2 }]);
  });

  it('dead-letters with the injected clock, the error code, and an envelope traced to the original', async () => {
    const clock = new ManualClock('2026-04-01T02:03:04.005Z');
    bus = new MemoryMessageBus({ clock });
    const original = message('intake.complaint-7', 1);
    await bus.consume(
      async () => {
        throw new DomainError('TEST.REFUSED', 'refused');
      },
      { group: 'g', topics: ['t'], maxAttempts: 2, retryBackoffMs: 1 },
    );
    const dead: BusMessage[] = [];
    await bus.consume(async (m) => void dead.push(m), { group: 'replay', topics: [dlqTopic('t')] });
    await bus.publish('t', [original]);
    await until(() => dead.length === 1);

    const [letter] = dead;
    expect(letter.key).toBe('intake.complaint-7');
    expect(letter.event).toMatchObject({
      type: DEAD_LETTER_EVENT_TYPE,
      stream: original.event.stream,
      tenantId: original.event.tenantId,
      correlationId: original.event.correlationId,
      causationId: original.event.id,
      occurredAt: '2026-04-01T02:03:04.005Z',
    });
    expect(readDeadLetter(letter)).toEqual<DeadLetter>({
      originalTopic: 't',
      group: 'g',
      key: 'intake.complaint-7',
      event: original.event,
      error: { message: 'refused', code: 'TEST.REFUSED' },
      attempts: 2,
      failedAt: '2026-04-01T02:03:04.005Z',
    });
  });

  it('keeps the text of a thrown non-Error in the dead letter', async () => {
    bus = new MemoryMessageBus();
    await bus.consume(
      async () => {
        throw 'plain string thrown';
      },
      { group: 'g', topics: ['t'], maxAttempts: 1 },
    );
    const dead: DeadLetter[] = [];
    await bus.consume(async (m) => void dead.push(m.event.data as DeadLetter), { group: 'replay', topics: [dlqTopic('t')] });
    await bus.publish('t', [message('k', 1)]);
    await until(() => dead.length === 1);
    expect(dead[0].error).toEqual({ message: 'plain string thrown' });
  });

  it('waits out a transient infrastructure error without counting it toward maxAttempts', async () => {
    bus = new MemoryMessageBus({ maxTransientBackoffMs: 60 });
    const attempts: number[] = [];
    const dead: BusMessage[] = [];
    await bus.consume(
      async (_m, { attempt }) => {
        attempts.push(attempt);
        // Six deliveries meet a Mongo outage (more than maxAttempts), then the store is back.
        if (attempt <= 6) throw Object.assign(new Error('Server selection timed out after 30000 ms'), { name: 'MongoServerSelectionError' });
      },
      { group: 'g', topics: ['t'], maxAttempts: 2, retryBackoffMs: 1 },
    );
    await bus.consume(async (m) => void dead.push(m), { group: 'dlq', topics: [dlqTopic('t')] });
    await bus.publish('t', [message('k', 1)]);
    await until(() => attempts.length === 7, 5_000);
    expect(attempts).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(dead).toEqual([]);
  });

  it('still dead-letters after maxAttempts counted failures when transient ones came between', async () => {
    bus = new MemoryMessageBus({ maxTransientBackoffMs: 60 });
    const outage = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    const dead: DeadLetter[] = [];
    await bus.consume(
      async (_m, { attempt }) => {
        throw attempt % 2 === 1 ? outage : new Error('bug');
      },
      { group: 'g', topics: ['t'], maxAttempts: 2, retryBackoffMs: 1 },
    );
    await bus.consume(async (m) => void dead.push(m.event.data as DeadLetter), { group: 'dlq', topics: [dlqTopic('t')] });
    await bus.publish('t', [message('k', 1)]);
    await until(() => dead.length === 1, 5_000);
    expect(dead[0]).toMatchObject({ attempts: 2, error: { message: 'bug' } });
  });

  it('dead-letters a message too large to dead-letter whole without its data, and moves on', async () => {
    bus = new MemoryMessageBus({ maxMessageBytes: 4_000 });
    const big: BusMessage = { key: 'k', event: anEnvelope({ stream: 'k', data: { blob: 'x'.repeat(3_000) } }) };
    const log: number[] = [];
    await bus.consume(
      async (m) => {
        if ((m.event.data as { blob?: string }).blob) throw new Error('e'.repeat(5_000));
        log.push((m.event.data as { n: number }).n);
      },
      { group: 'g', topics: ['t'], maxAttempts: 1 },
    );
    const dead: Record<string, unknown>[] = [];
    await bus.consume(async (m) => void dead.push(m.event.data as Record<string, unknown>), { group: 'dlq', topics: [dlqTopic('t')] });
    await bus.publish('t', [big, message('k', 2)]);
    await until(() => dead.length === 1 && log.length === 1);
    expect(log).toEqual([2]);
    expect(dead[0]).toMatchObject({
      originalTopic: 't',
      originalPartition: expect.any(Number),
      originalOffset: '0',
      group: 'g',
      key: 'k',
      attempts: 1,
      event: { id: big.event.id, type: big.event.type, stream: 'k', data: null },
      truncated: { bytes: expect.any(Number), reason: expect.stringContaining('over the 4000-byte publish limit') },
    });
    expect((dead[0].error as { message: string }).message).toMatch(/^e{2000}… \(shortened\)$/);
  });

  it('reports a delivery that fails outside the handler and tries it again, without an unhandled rejection', async () => {
    let clockFails = true;
    const clock = { now: () => (clockFails ? ((clockFails = false), failNow()) : new Date('2026-04-01T00:00:00.000Z')) };
    function failNow(): never {
      throw new Error('clock broke');
    }
    const reported: string[] = [];
    bus = new MemoryMessageBus({ clock, onError: (err, where) => reported.push(`${where.topic}@${where.offset}: ${(err as Error).message}`) });
    const dead: DeadLetter[] = [];
    await bus.consume(
      async () => {
        throw new Error('poison');
      },
      { group: 'g', topics: ['t'], maxAttempts: 1 },
    );
    await bus.consume(async (m) => void dead.push(m.event.data as DeadLetter), { group: 'dlq', topics: [dlqTopic('t')] });
    await bus.publish('t', [message('k', 1)]);
    await until(() => dead.length === 1, 5_000);
    expect(reported).toEqual(['t@0: clock broke']);
    expect(dead[0].failedAt).toBe('2026-04-01T00:00:00.000Z');
  });

  it('hands every delivery its own copy, so neither a publisher nor a handler can rewrite the log', async () => {
    bus = new MemoryMessageBus();
    const published = message('k', 1);
    const seenByB: unknown[] = [];
    await bus.consume(
      async (m) => {
        (m.event.data as { n: number }).n = 666;
      },
      { group: 'a', topics: ['t'] },
    );
    await bus.publish('t', [published]);
    (published.event.data as { n: number }).n = 999;
    await bus.consume(async (m) => void seenByB.push(m.event.data), { group: 'b', topics: ['t'] });
    await until(() => seenByB.length === 1);
    expect(seenByB).toEqual([{ n: 1 }]);
  });

  it('stops every consumer on close() and refuses work afterwards', async () => {
    bus = new MemoryMessageBus();
    const log: { by: string; n: number }[] = [];
    await bus.consume(recordInto(log, 'c'), { group: 'g', topics: ['t'] });
    await bus.publish('t', [message('k', 1)]);
    await until(() => log.length === 1);
    await bus.close();
    await expect(bus.publish('t', [message('k', 2)])).rejects.toThrow('message bus is closed');
    await expect(bus.consume(recordInto(log, 'late'), { group: 'g', topics: ['t'] })).rejects.toThrow('message bus is closed');
  });

  it('refuses options that cannot work', async () => {
    expect(() => new MemoryMessageBus({ partitions: 0 })).toThrow('partitions must be a positive integer');
    bus = new MemoryMessageBus();
    const noop: MessageHandler = async () => undefined;
    await expect(bus.consume(noop, { group: 'g', topics: [] })).rejects.toThrow('needs at least one topic');
    await expect(bus.consume(noop, { group: 'g', topics: ['t'], maxAttempts: 0 })).rejects.toThrow('maxAttempts');
    await expect(bus.consume(noop, { group: 'g', topics: ['t'], retryBackoffMs: -1 })).rejects.toThrow('retryBackoffMs');
  });
});

/** Standalone with persistent relay checkpoints: a publish is acknowledged by its consumers, not by memory. */
describe('MemoryMessageBus with acknowledged delivery', () => {
  let bus: MemoryMessageBus;
  afterEach(async () => {
    await bus.close();
  });

  const message = (key: string, n: number): BusMessage => ({ key, event: anEnvelope({ stream: key, data: { n } }) });
  const settled = (promise: Promise<unknown>) => {
    const state = { done: false, failed: null as unknown };
    promise.then(
      () => (state.done = true),
      (err: unknown) => (state.failed = err),
    );
    return state;
  };

  it('resolves a publish only once every declared group has handled its messages', async () => {
    bus = new MemoryMessageBus({ acknowledgedDelivery: true });
    bus.declareGroup('qa', ['t']);
    bus.declareGroup('audit', ['t']);
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const handledByQa: number[] = [];
    await bus.consume(async (m) => void handledByQa.push((m.event.data as { n: number }).n), { group: 'qa', topics: ['t'] });
    await bus.consume(() => gate, { group: 'audit', topics: ['t'] });

    const publish = settled(bus.publish('t', [message('a', 1), message('b', 2)]));
    await until(() => handledByQa.length === 2);
    // qa is done; audit, declared too, is still at work: not acknowledged yet.
    await new Promise((resolve) => setImmediate(resolve));
    expect(publish.done).toBe(false);
    release();
    await until(() => publish.done, 5_000, 'the publish to be acknowledged');
  });

  it('waits for a declared group that has not joined yet, and ignores groups nobody declared', async () => {
    bus = new MemoryMessageBus({ acknowledgedDelivery: true });
    bus.declareGroup('late', ['t']);
    const publish = settled(bus.publish('t', [message('a', 1)]));
    const undeclared = settled(bus.publish('other', [message('b', 2)]));
    await until(() => undeclared.done, 5_000, 'a publish nobody waits for');
    expect(publish.done).toBe(false);
    const seen: unknown[] = [];
    await bus.consume(async (m) => void seen.push(m.event.data), { group: 'late', topics: ['t'] });
    await until(() => publish.done, 5_000, 'the late group to acknowledge');
    expect(seen).toEqual([{ n: 1 }]);
  });

  it('refuses a pending publish when the last member of a declared group leaves, and keeps the messages for its return', async () => {
    bus = new MemoryMessageBus({ acknowledgedDelivery: true, partitions: 1 });
    bus.declareGroup('qa', ['t']);
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const consumer = await bus.consume(() => gate.then(() => Promise.reject(new Error('shutting down'))), { group: 'qa', topics: ['t'] });
    const publish = settled(bus.publish('t', [message('a', 1)]));
    await new Promise((resolve) => setImmediate(resolve));
    const stopping = consumer.stop();
    await until(() => publish.failed !== null, 5_000, 'the publish to be refused');
    expect(String(publish.failed)).toMatch(/no consumer of t is left/);
    release();
    await stopping;
    // The message was not committed: the group's next member gets it.
    const seen: unknown[] = [];
    await bus.consume(async (m) => void seen.push(m.event.data), { group: 'qa', topics: ['t'] });
    await until(() => seen.length === 1, 5_000, 'the message to reach the returning group');
  });

  it('drops messages every declared group has handled, and still delivers the rest in order', async () => {
    bus = new MemoryMessageBus({ acknowledgedDelivery: true, partitions: 1 });
    bus.declareGroup('g', ['t']);
    const seen: number[] = [];
    await bus.consume(async (m) => void seen.push((m.event.data as { n: number }).n), { group: 'g', topics: ['t'] });
    for (let round = 0; round < 3; round++) {
      await bus.publish('t', Array.from({ length: 1_000 }, (_, i) => message(`k${i}`, round * 1_000 + i)));
    }
    expect(seen).toEqual(Array.from({ length: 3_000 }, (_, i) => i));
    const held = (bus as unknown as { logs: Map<string, { end: number; messages: unknown[] }[]> }).logs.get('t')?.[0];
    expect(held?.end).toBe(3_000);
    expect(held?.messages.length).toBe(0);
  });
});

describe('MemoryMessageBus dead letters', () => {
  it('tells onDeadLetter of each dead letter as it is written (the standalone logs it)', async () => {
    const letters: DeadLetter[] = [];
    const bus = new MemoryMessageBus({ onDeadLetter: (letter) => letters.push(letter) });
    try {
      await bus.consume(() => Promise.reject(new Error('poison')), { group: 'g', topics: ['t'], maxAttempts: 1 });
      await bus.publish('t', [{ key: 'k', event: anEnvelope({ stream: 'k' }) }]);
      await until(() => letters.length === 1, 5_000, 'the dead letter');
      expect(letters[0]).toMatchObject({ originalTopic: 't', group: 'g', error: { message: 'poison' }, attempts: 1 });
    } finally {
      await bus.close();
    }
  });
});
