import { EventEnvelope } from '../envelope';
import { WrongExpectedRevisionError } from '../errors';
import { AppendResult, EventStore } from '../event-store';
import { isUuidV7 } from '../uuid';
import { AdapterFixture, anEvent, events, openForSuite, uniquePrefix, until } from './fixtures';

export type EventStoreFixture = AdapterFixture<EventStore>;

/**
 * The EventStore contract (ARCHITECTURE.md "Testing layers" 2): written once, run against every
 * adapter. Each test works in its own stream prefix, so adapters may share a database.
 */
export function describeEventStoreContract(adapter: string, setup: () => Promise<EventStoreFixture>): void {
  describe(`EventStore contract: ${adapter}`, () => {
    const fixture = openForSuite(setup);
    let store: EventStore;
    let prefix: string;

    beforeAll(() => {
      store = fixture().store;
    });
    beforeEach(() => {
      prefix = uniquePrefix();
    });

    const readMine = (after: bigint | null = null, maxCount?: number) =>
      store.readAll({ after, maxCount, streamPrefixes: [prefix] });
    /** A UUID of the given version unique to this test (stores may share a database across runs). */
    const uuidOfThisTest = (n: number, version: number) =>
      `0192${n.toString(16).padStart(4, '0')}-c0de-${version}abc-9def-${prefix.replace(/[^0-9a-f]/g, '').slice(-12).padStart(12, '0')}`;

    describe('append', () => {
      it('starts a stream at revision 0 and returns the position of the last event', async () => {
        const result = await store.append(`${prefix}a`, events(3), { expectedRevision: 'no_stream' });
        expect(result.nextExpectedRevision).toBe(2n);
        const stored = await store.readStream(`${prefix}a`);
        expect(stored.map((e) => e.revision)).toEqual([0n, 1n, 2n]);
        expect(result.position).toBe(stored[2].position);
        expect(typeof result.position).toBe('bigint');
      });

      it('keeps every envelope field and generates UUID v7 ids when none is given', async () => {
        const given = anEvent('test.Given', { nested: { list: [1, 'two', null], flag: true }, text: '中文 ✓' }, {
          id: '01936f3e-7c4a-7b5e-9f00-0123456789ab',
          schemaVersion: 3,
          causationId: 'cause-9',
          policyVersion: 'default-2026.1',
          actor: { id: 'u-7', role: 'qa' },
        });
        await store.append(`${prefix}env`, [given, anEvent('test.Generated')], { expectedRevision: 'no_stream' });
        const [first, second] = await store.readStream(`${prefix}env`);
        expect(first).toEqual<EventEnvelope>({
          id: '01936f3e-7c4a-7b5e-9f00-0123456789ab',
          type: 'test.Given',
          schemaVersion: 3,
          stream: `${prefix}env`,
          revision: 0n,
          position: first.position,
          occurredAt: '2026-03-02T08:30:00.000Z',
          tenantId: 'acme',
          region: 'cn-east',
          actor: { id: 'u-7', role: 'qa' },
          correlationId: 'corr-1',
          causationId: 'cause-9',
          policyVersion: 'default-2026.1',
          data: { nested: { list: [1, 'two', null], flag: true }, text: '中文 ✓' },
        });
        expect(isUuidV7(second.id)).toBe(true);
        expect(second.schemaVersion).toBe(1);
        expect(second.causationId).toBeNull();
        expect(second.policyVersion).toBeNull();
      });

      it('ADR 016: keeps an event\'s W3C trace context, reads one appended without it without it, and drops a malformed one', async () => {
        const traced = { traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01', tracestate: 'congo=t61rcWkgMzE' };
        await store.append(
          `${prefix}trace`,
          [
            anEvent('test.Traced', { n: 1 }, { traceContext: traced }),
            anEvent('test.Untraced'),
            anEvent('test.Malformed', { n: 3 }, { traceContext: { traceparent: '00-00000000000000000000000000000000-00f067aa0ba902b7-01' } }),
            anEvent('test.NoState', { n: 4 }, { traceContext: { traceparent: traced.traceparent } }),
          ],
          { expectedRevision: 'no_stream' },
        );
        for (const read of [await store.readStream(`${prefix}trace`), (await readMine()).filter((e) => e.stream === `${prefix}trace`)]) {
          expect(read.map((e) => e.traceContext)).toEqual([traced, undefined, undefined, { traceparent: traced.traceparent }]);
          expect(read[1]).not.toHaveProperty('traceContext');
        }
      });

      it('appends at an exact expected revision and refuses a stale one with a typed, coded error', async () => {
        const stream = `${prefix}exact`;
        await store.append(stream, events(2), { expectedRevision: 'no_stream' });
        await expect(store.append(stream, events(1), { expectedRevision: 1n })).resolves.toMatchObject({
          nextExpectedRevision: 2n,
        });
        const err = await store.append(stream, events(1), { expectedRevision: 1n }).catch((e: unknown) => e);
        expect(err).toBeInstanceOf(WrongExpectedRevisionError);
        expect(err).toMatchObject({ code: 'EVENTSTORE.WRONG_EXPECTED_REVISION', stream, expected: 1n, actual: 2n });
        expect(await store.readStream(stream)).toHaveLength(3);
      });

      it('honours no_stream, stream_exists and any', async () => {
        const stream = `${prefix}sentinels`;
        await expect(store.append(stream, events(1), { expectedRevision: 'stream_exists' })).rejects.toMatchObject({
          code: 'EVENTSTORE.WRONG_EXPECTED_REVISION',
          actual: null,
        });
        await store.append(stream, events(1), { expectedRevision: 'any' });
        await expect(store.append(stream, events(1), { expectedRevision: 'no_stream' })).rejects.toMatchObject({
          code: 'EVENTSTORE.WRONG_EXPECTED_REVISION',
          actual: 0n,
        });
        await store.append(stream, events(1), { expectedRevision: 'stream_exists' });
        await store.append(stream, events(1), { expectedRevision: 'any' });
        expect((await store.readStream(stream)).map((e) => e.revision)).toEqual([0n, 1n, 2n]);
        await expect(store.append(`${prefix}other`, events(1), { expectedRevision: 5n })).rejects.toMatchObject({
          actual: null,
        });
      });

      it('is atomic: a refused append writes none of its events', async () => {
        const stream = `${prefix}atomic`;
        await store.append(stream, events(1), { expectedRevision: 'no_stream' });
        await expect(store.append(stream, events(5), { expectedRevision: 7n })).rejects.toBeInstanceOf(
          WrongExpectedRevisionError,
        );
        expect(await store.readStream(stream)).toHaveLength(1);
        expect(await readMine()).toHaveLength(1);
      });

      it('refuses an empty append and an already stored event id, writing nothing', async () => {
        await expect(store.append(`${prefix}empty`, [], { expectedRevision: 'any' })).rejects.toMatchObject({
          code: 'EVENTSTORE.INVALID_APPEND',
        });
        expect(await store.readStream(`${prefix}empty`)).toEqual([]);
        const id = '01936f3e-7c4a-7b5e-9f00-' + prefix.replace(/[^0-9a-f]/g, '').slice(-12).padStart(12, '0');
        await store.append(`${prefix}first`, [anEvent('test.Once', {}, { id })], { expectedRevision: 'no_stream' });
        await expect(
          store.append(`${prefix}second`, [anEvent('test.Fresh'), anEvent('test.Again', {}, { id })], { expectedRevision: 'no_stream' }),
        ).rejects.toMatchObject({ code: 'EVENTSTORE.DUPLICATE_EVENT_ID' });
        expect(await store.readStream(`${prefix}second`)).toEqual([]);
        expect(await readMine()).toHaveLength(1);
      });

      it('refuses an event id that is not a UUID with a coded error naming it, writing nothing', async () => {
        const stream = `${prefix}bad-id`;
        const hex = uuidOfThisTest(1, 4).replace(/-/g, '');
        // The last two are forms PostgreSQL's uuid type would take, so only the port's check refuses them.
        for (const bad of ['complaint-42-accepted', '', `${uuidOfThisTest(2, 4)}0`, hex, `{${uuidOfThisTest(3, 4)}}`]) {
          const err = await store
            .append(stream, [anEvent('test.Fine'), anEvent('test.Named', {}, { id: bad })], { expectedRevision: 'no_stream' })
            .catch((e: unknown) => e);
          expect(err).toMatchObject({ code: 'EVENTSTORE.INVALID_APPEND', stream, details: { id: bad } });
          expect((err as Error).message).toContain(JSON.stringify(bad));
        }
        expect(await store.readStream(stream)).toEqual([]);
        expect(await readMine()).toEqual([]);
      });

      it('stores event ids in lower case, so one UUID in either case is one id', async () => {
        // Name-based ids come in other versions than v7 (v5, v8): any version is an event id.
        const upper = uuidOfThisTest(1, 5).toUpperCase();
        await store.append(`${prefix}upper`, [anEvent('test.Upper', {}, { id: upper })], { expectedRevision: 'no_stream' });
        expect((await store.readStream(`${prefix}upper`)).map((e) => e.id)).toEqual([upper.toLowerCase()]);
        expect((await readMine()).map((e) => e.id)).toEqual([upper.toLowerCase()]);
        await expect(
          store.append(`${prefix}lower`, [anEvent('test.Lower', {}, { id: upper.toLowerCase() })], { expectedRevision: 'no_stream' }),
        ).rejects.toMatchObject({ code: 'EVENTSTORE.DUPLICATE_EVENT_ID', stream: `${prefix}lower` });
        const mixed = uuidOfThisTest(2, 8);
        await expect(
          store.append(`${prefix}twice`, [anEvent('test.Once', {}, { id: mixed }), anEvent('test.Twice', {}, { id: mixed.toUpperCase() })], {
            expectedRevision: 'no_stream',
          }),
        ).rejects.toMatchObject({ code: 'EVENTSTORE.DUPLICATE_EVENT_ID', stream: `${prefix}twice` });
        expect(await readMine()).toHaveLength(1);
      });

      it('lets exactly one of many racing writers win the same expected revision', async () => {
        const stream = `${prefix}race`;
        await store.append(stream, events(1), { expectedRevision: 'no_stream' });
        const outcomes = await Promise.allSettled(
          Array.from({ length: 8 }, (_, i) => store.append(stream, [anEvent('test.Raced', { i })], { expectedRevision: 0n })),
        );
        expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
        for (const o of outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected')) {
          expect(o.reason).toBeInstanceOf(WrongExpectedRevisionError);
        }
        expect(await store.readStream(stream)).toHaveLength(2);
      });

      it('lets racing no_stream creators produce one stream', async () => {
        const stream = `${prefix}create-race`;
        const outcomes = await Promise.allSettled(
          Array.from({ length: 6 }, () => store.append(stream, events(2), { expectedRevision: 'no_stream' })),
        );
        expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
        expect(await store.readStream(stream)).toHaveLength(2);
      });
    });

    describe('readStream', () => {
      it('reads a missing stream as empty', async () => {
        expect(await store.readStream(`${prefix}missing`)).toEqual([]);
        expect(await store.readStream(`${prefix}missing`, { direction: 'backwards' })).toEqual([]);
      });

      it('reads forwards and backwards from a revision with a maximum count', async () => {
        const stream = `${prefix}paged`;
        // More than ten events, so a store that sorted revisions as text ('10' < '2') would fail.
        await store.append(stream, events(12), { expectedRevision: 'no_stream' });
        const revs = (es: EventEnvelope[]) => es.map((e) => Number(e.revision));
        expect(revs(await store.readStream(stream, { fromRevision: 3n, maxCount: 4 }))).toEqual([3, 4, 5, 6]);
        expect(revs(await store.readStream(stream, { direction: 'backwards', maxCount: 3 }))).toEqual([11, 10, 9]);
        expect(revs(await store.readStream(stream, { fromRevision: 8n }))).toEqual([8, 9, 10, 11]);
        expect(revs(await store.readStream(stream, { direction: 'backwards', fromRevision: 4n, maxCount: 10 }))).toEqual([
          4, 3, 2, 1, 0,
        ]);
        expect(revs(await store.readStream(stream, { fromRevision: 20n }))).toEqual([]);
      });

      it('does not mix streams that share a prefix', async () => {
        await store.append(`${prefix}s`, events(1), { expectedRevision: 'no_stream' });
        await store.append(`${prefix}s2`, events(2), { expectedRevision: 'no_stream' });
        expect(await store.readStream(`${prefix}s`)).toHaveLength(1);
      });
    });

    describe('readAll', () => {
      it('returns events in strictly increasing position, after an exclusive position', async () => {
        for (let i = 0; i < 5; i++) {
          await store.append(`${prefix}${i % 2}`, events(2), { expectedRevision: 'any' });
        }
        const all = await readMine();
        expect(all).toHaveLength(10);
        for (let i = 1; i < all.length; i++) expect(all[i].position > all[i - 1].position).toBe(true);
        const rest = await readMine(all[3].position);
        expect(rest.map((e) => e.id)).toEqual(all.slice(4).map((e) => e.id));
        expect((await readMine(all[3].position, 2)).map((e) => e.id)).toEqual(all.slice(4, 6).map((e) => e.id));
        expect(await readMine(all[9].position)).toEqual([]);
      });

      it('reads from the beginning when after is zero or negative', async () => {
        await store.append(`${prefix}from-start`, events(3), { expectedRevision: 'no_stream' });
        const all = await readMine();
        expect(all).toHaveLength(3);
        expect(await readMine(0n)).toEqual(all);
        expect(await readMine(-1n)).toEqual(all);
        expect(await readMine(-(2n ** 62n))).toEqual(all);
        expect(await readMine(-1n, 2)).toEqual(all.slice(0, 2));
      });

      it('filters by stream prefix', async () => {
        const other = uniquePrefix();
        await store.append(`${prefix}mine`, events(2), { expectedRevision: 'no_stream' });
        await store.append(`${other}theirs`, events(3), { expectedRevision: 'no_stream' });
        expect(await readMine()).toHaveLength(2);
        expect(await store.readAll({ streamPrefixes: [prefix, other] })).toHaveLength(5);
      });

      it('keeps the events of one append contiguous and in revision order', async () => {
        await Promise.all(
          Array.from({ length: 6 }, (_, i) => store.append(`${prefix}batch-${i}`, events(4), { expectedRevision: 'no_stream' })),
        );
        const all = await readMine();
        expect(all).toHaveLength(24);
        for (let i = 0; i < all.length; i += 4) {
          const group = all.slice(i, i + 4);
          expect(new Set(group.map((e) => e.stream)).size).toBe(1);
          expect(group.map((e) => e.revision)).toEqual([0n, 1n, 2n, 3n]);
        }
      });
    });

    describe('subscribe', () => {
      it('catches up, then follows live appends, with no gap or duplicate at the switch', async () => {
        for (let i = 0; i < 30; i++) await store.append(`${prefix}${i % 3}`, events(1), { expectedRevision: 'any' });
        const seen: EventEnvelope[] = [];
        const sub = store.subscribe(async (batch) => void seen.push(...batch), { streamPrefixes: [prefix], batchSize: 7 });
        // Writers race the catch-up so that some appends land during it and some after the switch.
        const writers = Promise.all(
          [0, 1, 2].map(async (w) => {
            for (let i = 0; i < 10; i++) await store.append(`${prefix}live-${w}`, events(1), { expectedRevision: 'any' });
          }),
        );
        await sub.caughtUp;
        await writers;
        await until(() => seen.length >= 60, 15_000, '60 events');
        await sub.stop();
        const stored = await readMine();
        expect(seen.map((e) => e.id)).toEqual(stored.map((e) => e.id));
        expect(new Set(seen.map((e) => e.id)).size).toBe(60);
      });

      it('moves past the events its prefix filters out without delivering them, then delivers the next match once', async () => {
        const other = uniquePrefix('other');
        const seen: EventEnvelope[] = [];
        const first = await store.append(`${prefix}first`, events(1), { expectedRevision: 'no_stream' });
        const sub = store.subscribe(async (batch) => void seen.push(...batch), { streamPrefixes: [prefix], batchSize: 10 });
        await sub.caughtUp;
        await until(() => seen.length === 1, 10_000, 'the first event');
        // Many more than a batch: the subscription must not rescan them on every poll from now on.
        let noise!: AppendResult;
        for (let i = 0; i < 30; i++) noise = await store.append(`${other}noise-${i % 3}`, events(2), { expectedRevision: 'any' });
        await until(
          () => sub.lastPosition !== null && sub.lastPosition >= noise.position,
          15_000,
          'the subscription to move past the events it filters out',
        );
        expect(seen).toHaveLength(1);
        const match = await store.append(`${prefix}later`, events(1), { expectedRevision: 'no_stream' });
        await until(() => seen.length >= 2, 15_000, 'the later matching event');
        const more = await store.append(`${other}noise-more`, events(1), { expectedRevision: 'no_stream' });
        await until(() => sub.lastPosition !== null && sub.lastPosition >= more.position, 15_000, 'the subscription to pass more noise');
        await sub.stop();
        expect(seen.map((e) => e.position)).toEqual([first.position, match.position]);
      });

      it('resumes after a checkpoint position without redelivering it', async () => {
        await store.append(`${prefix}cp`, events(5), { expectedRevision: 'no_stream' });
        const all = await readMine();
        const seen: EventEnvelope[] = [];
        const sub = store.subscribe(async (batch) => void seen.push(...batch), {
          after: all[1].position,
          streamPrefixes: [prefix],
        });
        await sub.caughtUp;
        await until(() => seen.length >= 3, 5_000, 'three events');
        expect(sub.lastPosition).toBe(all[4].position);
        await sub.stop();
        expect(seen.map((e) => e.revision)).toEqual([2n, 3n, 4n]);
      });

      it('reports caught-up on an empty range and delivers nothing after stop', async () => {
        const seen: EventEnvelope[] = [];
        const sub = store.subscribe(async (batch) => void seen.push(...batch), { streamPrefixes: [prefix] });
        await sub.caughtUp;
        expect(sub.isCaughtUp).toBe(true);
        await sub.stop();
        await store.append(`${prefix}late`, events(1), { expectedRevision: 'no_stream' });
        await store.readAll({ streamPrefixes: [prefix] });
        expect(seen).toEqual([]);
      });

      it('ends with the handler error instead of skipping the event', async () => {
        await store.append(`${prefix}boom`, events(3), { expectedRevision: 'no_stream' });
        const delivered: bigint[] = [];
        const sub = store.subscribe(
          async (batch) => {
            delivered.push(...batch.map((e) => e.revision));
            throw new Error('handler failed');
          },
          { streamPrefixes: [prefix], batchSize: 1 },
        );
        await expect(sub.done).rejects.toThrow('handler failed');
        expect(delivered).toEqual([0n]);
        expect(sub.lastPosition).toBeNull();
      });
    });
  });
}
