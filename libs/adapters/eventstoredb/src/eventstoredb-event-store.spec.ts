import { EventEnvelope, WrongExpectedRevisionError } from '@aftersales/eventsourcing';
import { anEvent, until } from '@aftersales/eventsourcing/testing';
import {
  AppendExpectedRevision,
  BACKWARDS,
  EventData,
  EventStoreDBClient,
  NO_STREAM,
  ReadAllOptions,
  ReadStreamOptions,
  StreamNotFoundError,
  WrongExpectedVersionError,
} from '@eventstore/db-client';
import { EventEmitter } from 'node:events';
import { EventStoreDbEventStore } from './eventstoredb-event-store';
import { EventStoreDbLogger } from './logger';
import { EVENT_ID_STREAM_PREFIX } from './mapping';

interface Recorded {
  streamId: string;
  id: string;
  type: string;
  revision: bigint;
  data: unknown;
  metadata: unknown;
  position: { commit: bigint; prepare: bigint };
}

/** A live subscription that never says anything: these tests drive the poll. */
class QuietSubscription extends EventEmitter {
  unsubscribe = jest.fn(async () => undefined);
}

/**
 * Enough of the client for the store: per-stream expected revisions, backward stream reads and
 * $all in both directions, every call recorded. Positions grow by 100 per event, like byte offsets.
 */
class FakeClient {
  readonly log: Recorded[] = [];
  readonly calls: { op: 'append' | 'read'; stream: string }[] = [];

  appendsTo(predicate: (stream: string) => boolean): number {
    return this.calls.filter((c) => c.op === 'append' && predicate(c.stream)).length;
  }

  private stream(name: string): Recorded[] {
    return this.log.filter((e) => e.streamId === name);
  }

  async appendToStream(stream: string, events: EventData | EventData[], options: { expectedRevision: AppendExpectedRevision }) {
    this.calls.push({ op: 'append', stream });
    const existing = this.stream(stream);
    const current = existing.length === 0 ? NO_STREAM : BigInt(existing.length - 1);
    const expected = options.expectedRevision;
    if ((expected === NO_STREAM && current !== NO_STREAM) || (typeof expected === 'bigint' && current !== expected)) {
      throw new WrongExpectedVersionError(undefined, { streamName: stream, expected, current });
    }
    let revision = existing.length;
    for (const e of Array.isArray(events) ? events : [events]) {
      const commit = BigInt(this.log.length + 1) * 100n;
      this.log.push({ streamId: stream, id: e.id, type: e.type, revision: BigInt(revision++), data: e.data, metadata: e.metadata, position: { commit, prepare: commit } });
    }
    const last = this.log[this.log.length - 1];
    return { success: true, nextExpectedRevision: BigInt(revision - 1), position: last.position };
  }

  /** Another client's write: whatever metadata it likes, no id claims. */
  foreign(stream: string, type: string, metadata: unknown) {
    const commit = BigInt(this.log.length + 1) * 100n;
    const revision = BigInt(this.stream(stream).length);
    this.log.push({ streamId: stream, id: `f-${commit}`, type, revision, data: {}, metadata, position: { commit, prepare: commit } });
  }

  readStream(stream: string, options: ReadStreamOptions) {
    this.calls.push({ op: 'read', stream });
    const events = this.stream(stream);
    const maxCount = Number(options.maxCount ?? Number.MAX_SAFE_INTEGER);
    const ordered = options.direction === BACKWARDS ? [...events].reverse() : events;
    return (async function* () {
      if (events.length === 0) throw new StreamNotFoundError(undefined, stream);
      for (const e of ordered.slice(0, maxCount)) yield { event: e };
    })();
  }

  readAll(options: ReadAllOptions) {
    const maxCount = Number(options.maxCount ?? Number.MAX_SAFE_INTEGER);
    const from = typeof options.fromPosition === 'object' ? options.fromPosition.commit : 0n;
    const ordered = options.direction === BACKWARDS ? [...this.log].reverse() : this.log.filter((e) => e.position.commit >= from);
    return (async function* () {
      for (const e of ordered.slice(0, maxCount)) yield { event: e };
    })();
  }

  readonly live: QuietSubscription[] = [];
  subscribeToAll() {
    const sub = new QuietSubscription();
    this.live.push(sub);
    return sub;
  }

  async dispose() {
    // Nothing to release.
  }
}

function quietLogger(): EventStoreDbLogger & { debug: jest.Mock; warn: jest.Mock } {
  return { debug: jest.fn(), warn: jest.fn() };
}

describe('EventStoreDbEventStore without a server (fake client)', () => {
  let client: FakeClient;
  let logger: ReturnType<typeof quietLogger>;
  let store: EventStoreDbEventStore;
  const idStreams = (s: string) => s.startsWith(EVENT_ID_STREAM_PREFIX);

  beforeEach(() => {
    client = new FakeClient();
    logger = quietLogger();
    store = new EventStoreDbEventStore(client as unknown as EventStoreDBClient, { logger, pollIntervalMs: 20 });
  });
  afterEach(() => store.close());

  describe('conflicts fail fast, before any event id is claimed', () => {
    it('refuses a stale exact revision after one read: no claims, no releases', async () => {
      await store.append('intake.c-1', [anEvent(), anEvent()], { expectedRevision: 'no_stream' });
      const claimsBefore = client.appendsTo(idStreams);
      expect(claimsBefore).toBe(2);

      const err = await store.append('intake.c-1', [anEvent(), anEvent(), anEvent()], { expectedRevision: 0n }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(WrongExpectedRevisionError);
      expect(err).toMatchObject({ code: 'EVENTSTORE.WRONG_EXPECTED_REVISION', stream: 'intake.c-1', expected: 0n, actual: 1n });
      expect(client.appendsTo(idStreams)).toBe(claimsBefore);
      expect(client.appendsTo((s) => s === 'intake.c-1')).toBe(1);
    });

    it('refuses no_stream on a stream that has events the same way', async () => {
      await store.append('intake.c-1', [anEvent()], { expectedRevision: 'no_stream' });
      const calls = client.calls.length;
      await expect(store.append('intake.c-1', [anEvent()], { expectedRevision: 'no_stream' })).rejects.toMatchObject({
        expected: 'no_stream',
        actual: 0n,
      });
      expect(client.calls.slice(calls)).toEqual([{ op: 'read', stream: 'intake.c-1' }]);
    });

    it('appends when the read agrees, claiming each id once', async () => {
      await store.append('intake.c-1', [anEvent()], { expectedRevision: 'no_stream' });
      expect(await store.append('intake.c-1', [anEvent(), anEvent()], { expectedRevision: 0n })).toMatchObject({ nextExpectedRevision: 2n });
      expect(client.appendsTo(idStreams)).toBe(3);
    });

    it('reads nothing first for any and stream_exists', async () => {
      await store.append('intake.c-1', [anEvent()], { expectedRevision: 'any' });
      await store.append('intake.c-1', [anEvent()], { expectedRevision: 'stream_exists' });
      expect(client.calls.filter((c) => c.op === 'read' && c.stream === 'intake.c-1')).toEqual([]);
    });

    it('leaves an absent stream to the append itself, which stays the authority (and releases the claims)', async () => {
      // No readable event: the read cannot tell a missing stream from a deleted or expired one.
      const err = await store.append('intake.c-9', [anEvent()], { expectedRevision: 4n }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(WrongExpectedRevisionError);
      expect(err).toMatchObject({ expected: 4n, actual: null });
      // Claimed, refused by the append, released.
      expect(client.appendsTo(idStreams)).toBe(2);
    });

    it('still refuses when the stream moves between the read and the append', async () => {
      await store.append('intake.c-1', [anEvent()], { expectedRevision: 'no_stream' });
      const readStream = client.readStream.bind(client);
      jest.spyOn(client, 'readStream').mockImplementationOnce((stream, options) => {
        const read = readStream(stream, options);
        // Another writer lands right after our read.
        return (async function* () {
          try {
            for await (const e of read) yield e;
          } finally {
            // The reader stops after the first event; the write lands as it does.
            client.foreign('intake.c-1', 'intake.Other', {});
          }
        })();
      });
      await expect(store.append('intake.c-1', [anEvent()], { expectedRevision: 0n })).rejects.toMatchObject({ expected: 0n, actual: 1n });
    });
  });

  describe('foreign events on a shared server', () => {
    const noMetadata = [undefined, null, {}, { $correlationId: 'x' }, new Uint8Array([1, 2])];

    it('passes over events without our metadata in readAll, counting them in a debug log', async () => {
      await store.append('intake.c-1', [anEvent('intake.A')], { expectedRevision: 'no_stream' });
      for (const metadata of noMetadata) client.foreign('billing.invoice-7', 'InvoiceIssued', metadata);
      client.foreign('$stats-127.0.0.1:2113', '$statsCollected', undefined);
      await store.append('intake.c-2', [anEvent('intake.B')], { expectedRevision: 'no_stream' });

      const read = await store.readAll();
      expect(read.map((e) => e.type)).toEqual(['intake.A', 'intake.B']);
      expect(store.foreignEventsSkipped).toBe(noMetadata.length);
      expect(logger.debug).toHaveBeenCalledTimes(1);
      expect(logger.debug.mock.calls[0][0]).toMatchObject({ skipped: noMetadata.length, firstStream: 'billing.invoice-7', firstType: 'InvoiceIssued' });
    });

    it('keeps a subscription without prefixes alive past them', async () => {
      await store.append('intake.c-1', [anEvent('intake.A')], { expectedRevision: 'no_stream' });
      client.foreign('billing.invoice-7', 'InvoiceIssued', { foreign: true });
      const seen: EventEnvelope[] = [];
      const sub = store.subscribe(async (batch) => {
        seen.push(...batch);
      });
      await sub.caughtUp;
      client.foreign('billing.invoice-8', 'InvoiceIssued', undefined);
      await store.append('intake.c-2', [anEvent('intake.B')], { expectedRevision: 'no_stream' });
      await until(() => seen.length === 2, 2000, 'the second event');
      expect(seen.map((e) => e.type)).toEqual(['intake.A', 'intake.B']);
      await sub.stop();
      await expect(sub.done).resolves.toBeUndefined();
    });

    it('still refuses an event without our metadata inside one of our streams when folding it', async () => {
      client.foreign('intake.c-5', 'Hand-written', { note: 'not ours' });
      await expect(store.readStream('intake.c-5')).rejects.toThrow(/no aftersales envelope metadata/);
    });
  });

  it('stops the live wake-up subscription with the polling subscription', async () => {
    const sub = store.subscribe(async () => undefined);
    await sub.caughtUp;
    await sub.stop();
    await until(() => client.live[0].unsubscribe.mock.calls.length === 1, 1000, 'unsubscribe');
  });
});
