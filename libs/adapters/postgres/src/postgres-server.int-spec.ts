import { EventEnvelope, NewEvent, newEventId } from '@aftersales/eventsourcing';
import {
  describeCheckpointStoreContract,
  describeEventStoreContract,
  events,
  uniquePrefix,
  until,
} from '@aftersales/eventsourcing/testing';
import { Client } from 'pg';
import { appendInTransaction } from './append-events';
import { PostgresStores, openPostgresEventStore } from './open';
import { pgExecutor } from './pg-sql-client';
import { PG_URL, describeWithPostgresServer, dropSchema, freshSchemaName } from './testing';

jest.setTimeout(60_000);

/**
 * Everything against the server lives in this one file on purpose: jest runs a file's tests one
 * after another, and the ordering test holds transactions open, which (by design, ADR 002) holds
 * back what every reader on the cluster may see until they end.
 */
describeWithPostgresServer()('PostgreSQL server', () => {
  /** Opens stores on a fresh schema and drops the schema again at teardown. */
  async function openFresh(options: { poolSize?: number; pollIntervalMs?: number } = {}) {
    const schema = freshSchemaName();
    const stores = await openPostgresEventStore({ url: PG_URL, schema, ...options });
    return {
      schema,
      stores,
      teardown: async () => {
        await stores.store.close();
        await dropSchema(schema);
      },
    };
  }

  describeEventStoreContract('postgres server', async () => {
    const { stores, teardown } = await openFresh();
    return { store: stores.store, teardown };
  });

  describeCheckpointStoreContract('postgres server', async () => {
    const { stores, teardown } = await openFresh();
    return { store: stores.checkpoints, teardown };
  });

  describe('a store made before the trace context (ADR 016)', () => {
    it('gains the trace_context column at its next start: its events read as before, new ones keep their trace', async () => {
      const old = await openFresh();
      const prefix = uniquePrefix();
      await old.stores.store.append(`${prefix}old`, events(1), { expectedRevision: 'no_stream' });
      await old.stores.store.close();
      // The table as the version before this column made it.
      const admin = new Client({ connectionString: PG_URL });
      await admin.connect();
      try {
        await admin.query(`ALTER TABLE "${old.schema}".events DROP COLUMN trace_context`);
      } finally {
        await admin.end();
      }
      const reopened = await openPostgresEventStore({ url: PG_URL, schema: old.schema });
      try {
        const traceContext = { traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01' };
        await reopened.store.append(`${prefix}new`, [{ ...events(1)[0], traceContext }], { expectedRevision: 'no_stream' });
        const read = await reopened.store.readAll({ streamPrefixes: [prefix] });
        expect(read.map((e) => [e.stream, e.traceContext])).toEqual([
          [`${prefix}old`, undefined],
          [`${prefix}new`, traceContext],
        ]);
      } finally {
        await reopened.store.close();
        await dropSchema(old.schema);
      }
    });
  });

  describe('another process appending', () => {
    it('wakes a subscription through LISTEN/NOTIFY long before its poll interval', async () => {
      const writer = await openFresh();
      // A second store on the same schema stands for another process: only NOTIFY can wake it,
      // since its own appends are the only ones its in-process signal hears about.
      const reader = await openPostgresEventStore({ url: PG_URL, schema: writer.schema, pollIntervalMs: 600_000 });
      try {
        const prefix = uniquePrefix();
        const seen: EventEnvelope[] = [];
        const sub = reader.store.subscribe(async (batch) => void seen.push(...batch), { streamPrefixes: [prefix] });
        await sub.caughtUp;
        await writer.stores.store.append(`${prefix}remote`, events(2), { expectedRevision: 'no_stream' });
        await until(() => seen.length === 2, 20_000, 'the NOTIFY-woken subscription to deliver both events');
        await sub.stop();
      } finally {
        await reader.store.close();
        await writer.teardown();
      }
    });
  });

  describe('global order under concurrent writers (ARCHITECTURE.md "Correctness traps")', () => {
    const WRITERS = 8;
    const MIN_APPENDS_PER_WRITER = 25;
    const HELD_TRANSACTIONS = 3;
    let schema: string;
    let stores: PostgresStores;
    let teardown: () => Promise<void>;
    let naiveConn: Client;

    beforeAll(async () => {
      ({ schema, stores, teardown } = await openFresh({ poolSize: WRITERS }));
      naiveConn = new Client({ connectionString: PG_URL });
      await naiveConn.connect();
    });
    afterAll(async () => {
      await naiveConn?.end();
      await teardown?.();
    });

    it('a checkpointed reader and a subscription see every commit once, in increasing position, slow ones included', async () => {
      const { store } = stores;
      const prefix = uniquePrefix('order');
      let committedAppends = 0;
      let holdsFinished = false;
      let stopReaders = false;

      // The reader under test: readAll from its own checkpoint, as a projection runner does.
      const read: EventEnvelope[] = [];
      let checkpoint: bigint | null = null;
      // The naive reader: the same loop over `position > checkpoint` without the visibility bound.
      const naiveIds: string[] = [];
      let naiveCheckpoint = -1n;
      const naiveQuery = `SELECT id::text AS id, position::text AS position FROM "${schema}".events
                           WHERE position > $1 AND stream ^@ $2 ORDER BY position LIMIT 200`;
      const readers = (async () => {
        while (!stopReaders) {
          const batch = await store.readAll({ after: checkpoint, streamPrefixes: [prefix], maxCount: 200 });
          read.push(...batch);
          if (batch.length > 0) checkpoint = batch[batch.length - 1].position;
          const naive = await naiveConn.query<{ id: string; position: string }>(naiveQuery, [naiveCheckpoint.toString(), prefix]);
          for (const row of naive.rows) {
            naiveIds.push(row.id);
            naiveCheckpoint = BigInt(row.position);
          }
        }
      })();
      const subscribed: EventEnvelope[] = [];
      const sub = store.subscribe(async (batch) => void subscribed.push(...batch), { streamPrefixes: [prefix], batchSize: 50 });

      const writers = Array.from({ length: WRITERS }, async (_, w) => {
        for (let i = 0; i < MIN_APPENDS_PER_WRITER || !holdsFinished; i++) {
          await store.append(`${prefix}w${w}-${i % 4}`, events(1 + (i % 3)), { expectedRevision: 'any' });
          committedAppends++;
        }
      });

      /**
       * A slow transaction: it appends through the adapter's own insert path on a connection of its
       * own, then stays open until writers have committed after it and the naive reader's
       * checkpoint has passed it: the moment a naive checkpoint skips it for good. The wait is an
       * awaited condition, bounded by a timeout so a broken run fails instead of hanging.
       */
      const holdOpen = async (n: number) => {
        const conn = new Client({ connectionString: PG_URL });
        await conn.connect();
        try {
          await conn.query('BEGIN');
          const slow: NewEvent[] = events(2, 'test.Slow').map((e) => ({ ...e, id: newEventId() }));
          const { position } = await appendInTransaction(pgExecutor(conn), schema, `${prefix}slow-${n}`, slow, 'no_stream');
          const committedBefore = committedAppends;
          await until(
            () => committedAppends >= committedBefore + 2 * WRITERS && naiveCheckpoint > position,
            20_000,
            `writers to commit after held transaction ${n} and the naive reader to pass it`,
          );
          // Still open: the naive query already returns rows beyond it; the store returns none.
          const naiveBeyond = await naiveConn.query(naiveQuery, [position.toString(), prefix]);
          const oursNow = await store.readAll({ streamPrefixes: [prefix] });
          await conn.query('COMMIT');
          return {
            position,
            ids: slow.map((e) => e.id as string),
            naiveRowsBeyond: naiveBeyond.rowCount ?? 0,
            ourEventsAtOrBeyond: oursNow.filter((e) => e.position >= position - 1n).length,
          };
        } catch (err) {
          await conn.query('ROLLBACK').catch(() => undefined);
          throw err;
        } finally {
          await conn.end();
        }
      };
      const holds = (async () => {
        try {
          const started = [];
          for (let n = 0; n < HELD_TRANSACTIONS; n++) {
            // Stagger them among the writers' commits; they overlap one another.
            await until(() => committedAppends >= 15 * (n + 1), 20_000, `writers before held transaction ${n}`);
            started.push(holdOpen(n));
          }
          return await Promise.all(started);
        } finally {
          holdsFinished = true;
        }
      })();

      const stopReading = async () => {
        stopReaders = true;
        await sub.stop();
        await readers;
      };
      let held: Awaited<typeof holds>;
      let expectedIds: string[];
      try {
        [held] = await Promise.all([holds, Promise.all(writers)]);
        const committed = await naiveConn.query<{ id: string; position: string }>(
          `SELECT id::text AS id, position::text AS position FROM "${schema}".events WHERE stream ^@ $1 ORDER BY position`,
          [prefix],
        );
        expectedIds = committed.rows.map((r) => r.id);
        const last = BigInt(committed.rows[committed.rows.length - 1].position);
        // Reaching the last position is the end either way: a reader that skipped events gets
        // there too, and then fails the comparisons below with the ids it missed.
        // Bounded generously: under a full CI run on 2 cores the reader shares the machine with
        // every other suite (it once took longer than 20 s); the message says which one lagged.
        await until(() => checkpoint === last && sub.lastPosition === last, 60_000, 'the reader and the subscription to reach the last committed position').catch((err: Error) => {
          throw new Error(`${err.message}: last ${last}, reader at ${String(checkpoint)}, subscription at ${String(sub.lastPosition)}`);
        });
      } finally {
        await stopReading().catch(() => undefined);
      }
      await readers;

      for (const h of held) {
        expect(h.naiveRowsBeyond).toBeGreaterThan(0);
        expect(h.ourEventsAtOrBeyond).toBe(0);
      }
      expect(read.map((e) => e.id)).toEqual(expectedIds);
      expect(subscribed.map((e) => e.id)).toEqual(expectedIds);
      for (let i = 1; i < read.length; i++) expect(read[i].position > read[i - 1].position).toBe(true);
      const heldIds = held.flatMap((h) => h.ids);
      const readIds = new Set(read.map((e) => e.id));
      expect(heldIds.filter((id) => !readIds.has(id))).toEqual([]);
      // What the visibility bound prevents: the naive reader moved past the slow commits for good.
      const naiveSeen = new Set(naiveIds);
      expect(heldIds.filter((id) => naiveSeen.has(id))).toEqual([]);
    }, 120_000);
  });
});
