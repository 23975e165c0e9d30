import { StoredDocument } from '@aftersales/eventsourcing';
import { anEvent, describeDocumentStoreContract, uniquePrefix } from '@aftersales/eventsourcing/testing';
import { PgPoolSqlClient } from '../pg-sql-client';
import { PgliteSqlClient } from '../pglite-sql-client';
import { PostgresEventStore } from '../postgres-event-store';
import { SqlClient } from '../sql-client';
import { PG_URL, ScratchDataDir, describeWithPostgresServer, dropSchema, freshPgliteDataDir, freshSchemaName } from '../testing';
import { PostgresDocumentStore } from './postgres-document-store';

jest.setTimeout(60_000);

async function pglite(label: string): Promise<{ client: PgliteSqlClient; scratch: ScratchDataDir }> {
  const scratch = await freshPgliteDataDir(label);
  return { client: await PgliteSqlClient.open(scratch.dataDir), scratch };
}

describeDocumentStoreContract('postgres documents on pglite', async () => {
  const { client, scratch } = await pglite('documents-contract');
  const store = new PostgresDocumentStore(client, { schema: freshSchemaName() });
  return {
    store,
    teardown: async () => {
      await store.close();
      await client.close();
      scratch.remove();
    },
  };
});

describeWithPostgresServer()('PostgreSQL server documents', () => {
  describeDocumentStoreContract('postgres documents on the server', async () => {
    const client = PgPoolSqlClient.fromUrl(PG_URL, { max: 4 });
    const schema = freshSchemaName();
    const store = new PostgresDocumentStore(client, { schema });
    return {
      store,
      teardown: async () => {
        await store.close();
        await client.close();
        await dropSchema(schema);
      },
    };
  });

  describeAmbientTransactions('server', async () => {
    const client = PgPoolSqlClient.fromUrl(PG_URL, { max: 4 });
    const schema = freshSchemaName();
    return { client, schema, teardown: async () => (await client.close(), await dropSchema(schema)) };
  });
});

describe('sorted pages on pglite', () => {
  it('come straight off an index that ends with the id: no sort above the scan, whichever way the id is asked for', async () => {
    const { client, scratch } = await pglite('documents-sorted');
    const store = new PostgresDocumentStore(client, { schema: freshSchemaName() });
    try {
      const c = store.collection<Row & { tenant: string; at: string }>('sorted', [{ fields: { tenant: 1, at: -1 } }]);
      for (let i = 0; i < 300; i++) await c.upsert({ _id: `d${i}`, n: i, tenant: `t${i % 3}`, at: new Date(Date.UTC(2026, 0, 1, 0, i % 50)).toISOString() }, BigInt(i + 1));
      await client.query(`ANALYZE ${store['collections'].get('sorted')?.table}`);
      const stop = store.recordReads();
      const byAtThenId = await c.find({ tenant: 't1' }, { sort: { at: -1, _id: 1 }, limit: 5 });
      await c.find({ tenant: 't1' }, { sort: { at: -1 }, limit: 5 });
      const reads = stop();
      expect(byAtThenId.map((d) => d._id)).toEqual(['d199', 'd49', 'd148', 'd298', 'd247']);
      for (const read of reads) {
        const plan = (await client.transaction(async (tx) => {
          await tx.query('SET LOCAL enable_seqscan = off');
          return tx.query<{ 'QUERY PLAN': string }>(`EXPLAIN ${read.sql}`, read.params);
        })).map((r) => r['QUERY PLAN']).join('\n');
        expect(plan).toMatch(/Index Scan/);
        expect(plan).not.toMatch(/Sort/);
      }
    } finally {
      await store.close();
      await client.close();
      scratch.remove();
    }
  });
});

describeAmbientTransactions('pglite', async () => {
  const { client, scratch } = await pglite('documents-ambient');
  return { client, schema: freshSchemaName(), teardown: async () => (await client.close(), scratch.remove()) };
});

interface Row extends StoredDocument {
  n: number;
}

/** What the standalone's projections rely on: writes inside client.transaction() commit or roll back together. */
function describeAmbientTransactions(backend: string, setup: () => Promise<{ client: SqlClient; schema: string; teardown: () => Promise<unknown> }>) {
  describe(`ambient transactions (${backend})`, () => {
    let client: SqlClient;
    let store: PostgresDocumentStore;
    let teardown: () => Promise<unknown>;

    beforeAll(async () => {
      const opened = await setup();
      client = opened.client;
      teardown = opened.teardown;
      store = new PostgresDocumentStore(client, { schema: opened.schema });
    });
    afterAll(async () => {
      await store?.close();
      await teardown?.();
    });

    it('commits every write made inside the transaction, however deep in the call chain', async () => {
      const rows = store.collection<Row>(`${uniquePrefix()}rows`, [{ fields: { n: 1 } }]);
      const deep = async (id: string, n: number) => rows.upsert({ _id: id, n }, BigInt(n));
      await client.transaction(async () => {
        await deep('a', 1);
        await rows.upsert({ _id: 'b', n: 2 }, 2n);
        // A read inside sees the transaction's own writes.
        expect(await rows.count()).toBe(2);
      });
      expect((await rows.find({}, { sort: { n: 1 } })).map((r) => r._id)).toEqual(['a', 'b']);
    });

    it('rolls every write back when the work throws, the collection created inside it too', async () => {
      const rows = store.collection<Row>(`${uniquePrefix()}rows`);
      await rows.upsert({ _id: 'kept', n: 1 }, 1n);
      await expect(
        client.transaction(async () => {
          await rows.upsert({ _id: 'lost', n: 2 }, 2n);
          await rows.patch('kept', { $set: { n: 5 } }, 3n);
          throw new Error('projection failed');
        }),
      ).rejects.toThrow('projection failed');
      expect(await rows.get('lost')).toBeNull();
      expect(await rows.get('kept')).toEqual({ _id: 'kept', n: 1, _position: 1n });

      const fresh = store.collection<Row>(`${uniquePrefix()}fresh`, [{ fields: { n: -1 } }]);
      await expect(
        client.transaction(async () => {
          await fresh.upsert({ _id: 'x', n: 1 }, 1n);
          throw new Error('rolled back with its CREATE TABLE');
        }),
      ).rejects.toThrow('rolled back');
      // The table's DDL was rolled back with it: the next use creates it again.
      expect(await fresh.count()).toBe(0);
      expect(await fresh.upsert({ _id: 'x', n: 1 }, 1n)).toBe('applied');
    });

    it('creates a collection on first use from inside a transaction and from outside at once, without waiting on itself', async () => {
      // A projection's batch holds the transaction (PGlite: the only connection) when an HTTP read
      // uses the same collection for the first time: neither may wait for the other's DDL.
      const rows = store.collection<Row>(`${uniquePrefix()}rows`, [{ fields: { n: 1 } }]);
      let entered!: () => void;
      const inside = new Promise<void>((resolve) => (entered = resolve));
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      const batch = client.transaction(async () => {
        entered();
        await held;
        await rows.upsert({ _id: 'a', n: 1 }, 1n);
      });
      await inside;
      const read = rows.find({ n: 1 });
      release();
      await batch;
      // The read ran after the batch committed (PGlite: it waited for the connection) or beside it
      // without seeing it (the server); either way it answered.
      expect([[], ['a']]).toContainEqual((await read).map((r) => r._id));
      expect(await rows.find({ n: 1 })).toEqual([{ _id: 'a', n: 1, _position: 1n }]);
    });

    it('never tells others a table exists while only an uncommitted transaction has created it', async () => {
      const rows = store.collection<Row>(`${uniquePrefix()}rows`, [{ fields: { n: 1 } }]);
      let created!: () => void;
      const didCreate = new Promise<void>((resolve) => (created = resolve));
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      const batch = client.transaction(async () => {
        await rows.upsert({ _id: 'a', n: 1 }, 1n);
        created();
        await held;
      });
      await didCreate;
      // Outside the transaction: waits for its own DDL (the server blocks on the uncommitted table)
      // rather than querying a table that is not there for it.
      const outside = rows.count();
      release();
      await batch;
      expect(await outside).toBe(1);
    });

    it('refuses an append from inside a read-model transaction rather than hanging', async () => {
      const events = await PostgresEventStore.open(client, { schema: freshSchemaName() });
      await expect(
        client.transaction(() => events.append(`${uniquePrefix()}s`, [anEvent()], { expectedRevision: 'no_stream' })),
      ).rejects.toThrow('an append cannot run inside a read-model transaction');
      // And one outside still goes through.
      await events.append(`${uniquePrefix()}s`, [anEvent()], { expectedRevision: 'no_stream' });
    });

    it('keeps writes outside a transaction apart from one that rolls back', async () => {
      const rows = store.collection<Row>(`${uniquePrefix()}rows`);
      await rows.upsert({ _id: 'seed', n: 0 }, 1n);
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      const failing = client.transaction(async () => {
        await rows.upsert({ _id: 'inside', n: 1 }, 2n);
        await held;
        throw new Error('abort');
      });
      // Not in the transaction's async context: waits for it (PGlite) or runs beside it (server).
      const outside = rows.upsert({ _id: 'outside', n: 2 }, 3n);
      release();
      await expect(failing).rejects.toThrow('abort');
      await outside;
      expect((await rows.find({}, { sort: { _id: 1 } })).map((r) => r._id)).toEqual(['outside', 'seed']);
    });
  });
}
