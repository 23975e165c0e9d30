import { DocumentStore, DuplicateKeyError, IndexSpec } from '@aftersales/eventsourcing';
import { mongo } from 'mongoose';
import { describeCheckpointStoreContract, describeDocumentStoreContract, uniquePrefix } from '@aftersales/eventsourcing/testing';
import { MongoCheckpointStore } from './mongo-checkpoint-store';
import { MongoDocumentStore } from './mongo-document-store';
import { describeWithMongo, openFreshMongoDatabase } from './testing';

describeWithMongo()('MongoDB read models', () => {
  describeDocumentStoreContract('mongo', async () => {
    const { connection, teardown } = await openFreshMongoDatabase('docs');
    return { store: new MongoDocumentStore(connection), teardown };
  });

  describeCheckpointStoreContract('mongo', async () => {
    const { connection, teardown } = await openFreshMongoDatabase('cp');
    return { store: new MongoCheckpointStore(connection), teardown };
  });

  it('creates the indexes a collection declares, compound, unique and multikey alike (ARCHITECTURE.md "Delivery")', async () => {
    const { connection, teardown } = await openFreshMongoDatabase('indexes');
    try {
      const name = `${uniquePrefix('ix')}complaints`;
      const declared: IndexSpec[] = [
        { fields: { tenantId: 1, receivedAt: -1 } },
        { fields: { tenantId: 1, status: 1, receivedAt: -1 } },
        { fields: { stakeholders: 1 }, multikey: true },
        { fields: { email: 1 }, unique: true },
      ];
      const c = new MongoDocumentStore(connection).collection(name, declared);
      await c.upsert({ _id: 'a', tenantId: 't', receivedAt: '2026-03-03T00:00:00.000Z', status: 'open', stakeholders: ['u1', 'u2'], email: 'a@x' }, 1n);
      const listed = (await connection.db!.collection(name).indexes()).filter((ix) => ix.name !== '_id_');
      expect(listed.map((ix) => ({ key: ix.key, unique: ix.unique === true }))).toEqual(
        expect.arrayContaining(declared.map((spec) => ({ key: spec.fields, unique: spec.unique === true }))),
      );
      expect(listed).toHaveLength(declared.length);
    } finally {
      await teardown();
    }
  });

  describe('beyond the contract', () => {
    let store: DocumentStore;
    let teardown: () => Promise<void>;
    let prefix: string;

    beforeAll(async () => {
      const db = await openFreshMongoDatabase('extra');
      store = new MongoDocumentStore(db.connection);
      teardown = db.teardown;
    });
    afterAll(() => teardown());
    beforeEach(() => {
      prefix = uniquePrefix('extra');
    });

    it('lets the highest of racing first upserts win; the others are stale (the _id collision race)', async () => {
      const c = store.collection(`${prefix}race`);
      const positions = [4n, 9n, 2n, 7n, 2n ** 60n + 1n, 3n, 2n ** 60n, 8n];
      const results = await Promise.all(positions.map((p) => c.upsert({ _id: 'x', at: p.toString() }, p)));
      expect(await c.get('x')).toEqual({ _id: 'x', at: (2n ** 60n + 1n).toString(), _position: 2n ** 60n + 1n });
      // The winner applied; whichever ran after it was stale, whichever ran before it may have applied too.
      expect(results[positions.indexOf(2n ** 60n + 1n)]).toBe('applied');
    });

    it('applies a redelivered patch once when the deliveries race', async () => {
      const c = store.collection(`${prefix}redelivery`);
      await c.upsert({ _id: 'x', count: 0 }, 1n);
      const results = await Promise.all(Array.from({ length: 6 }, () => c.patch('x', { $inc: { count: 1 } }, 2n)));
      expect(results.filter((r) => r === 'applied')).toHaveLength(1);
      expect(await c.get('x')).toEqual({ _id: 'x', count: 1, _position: 2n });
    });

    it('names the index and key in a duplicate-key error, with the code of the port', async () => {
      const c = store.collection(`${prefix}unique`, [{ fields: { 'contact.email': 1 }, unique: true }]);
      await c.upsert({ _id: 'a', contact: { email: 'li@example.cn' } }, 1n);
      const err = await c.upsert({ _id: 'b', contact: { email: 'li@example.cn' } }, 2n).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(DuplicateKeyError);
      expect(err).toMatchObject({ code: DuplicateKeyError.CODE, collection: `${prefix}unique`, index: 'contact.email_1' });
      expect((err as DuplicateKeyError).key).toContain('li@example.cn');
    });

    it('refuses a unique index that existing documents break, on the next operation', async () => {
      await store.collection(`${prefix}late-index`).upsert({ _id: 'a', email: 'same' }, 1n);
      await store.collection(`${prefix}late-index`).upsert({ _id: 'b', email: 'same' }, 2n);
      const indexed = store.collection(`${prefix}late-index`, [{ fields: { email: 1 }, unique: true }]);
      await expect(indexed.count()).rejects.toMatchObject({ code: DuplicateKeyError.CODE });
    });

    it('creates an index again after a creation that failed transiently (the server was unreachable)', async () => {
      const createIndex = jest
        .spyOn(mongo.Collection.prototype, 'createIndex')
        .mockRejectedValueOnce(new mongo.MongoNetworkError('connect ECONNREFUSED (simulated)'));
      try {
        const c = store.collection(`${prefix}retried-index`, [{ fields: { email: 1 }, unique: true }]);
        await expect(c.count()).rejects.toThrow(/ECONNREFUSED/);
        expect(await c.upsert({ _id: 'a', email: 'same' }, 1n)).toBe('applied');
        // The unique index exists now: the server refuses the second document.
        await expect(c.upsert({ _id: 'b', email: 'same' }, 2n)).rejects.toMatchObject({ code: DuplicateKeyError.CODE, index: 'email_1' });
        expect(createIndex).toHaveBeenCalledTimes(2);
      } finally {
        createIndex.mockRestore();
      }
    });

    it('applies one write per document and position: a second write at the same position is stale', async () => {
      // The port's rule (document-store.ts): a projection folds an event into a document and
      // writes once. Upsert-then-patch for one event loses the patch.
      const c = store.collection(`${prefix}one-write`);
      expect(await c.upsert({ _id: 'x', status: 'open' }, 5n)).toBe('applied');
      expect(await c.patch('x', { $set: { status: 'assigned' } }, 5n)).toBe('stale');
      expect(await c.upsert({ _id: 'x', status: 'closed' }, 5n)).toBe('stale');
      expect(await c.get('x')).toEqual({ _id: 'x', status: 'open', _position: 5n });
    });

    it('refuses filters, sorts and indexes on the position guard, and server-side JavaScript', async () => {
      const c = store.collection(`${prefix}guarded`);
      await c.upsert({ _id: 'a', n: 1 }, 5n);
      await expect(c.find({ _position: { $gt: 1 } })).rejects.toThrow(/write guard/);
      await expect(c.find({ $or: [{ n: 1 }, { '_position.low': 5 }] })).rejects.toThrow(/write guard/);
      await expect(c.count({ $expr: { $gt: ['$_position', 1] } })).rejects.toThrow(/write guard/);
      await expect(c.find({}, { sort: { _position: -1 } })).rejects.toThrow(/write guard/);
      expect(() => store.collection(`${prefix}guarded`, [{ fields: { _position: 1 } }])).toThrow(/write guard/);
      await expect(c.find({ $where: 'this.n === 1' })).rejects.toThrow(/JavaScript/);
      await expect(c.patch('a', { $set: { _position: 99 } }, 6n)).rejects.toThrow(/position guard/);
      await expect(c.patch('a', { $inc: { '_position.x': 1 } }, 6n)).rejects.toThrow(/position guard/);
      expect(await c.get('a')).toEqual({ _id: 'a', n: 1, _position: 5n });
    });

    it('refuses an id that is not a string instead of reading it as a query', async () => {
      const c = store.collection(`${prefix}ids`);
      await c.upsert({ _id: 'a', n: 1 }, 1n);
      // What a JSON body can smuggle in where a string id was expected.
      const injected = { $ne: null } as unknown as string;
      await expect(c.get(injected)).rejects.toThrow(TypeError);
      await expect(c.patch(injected, { $set: { n: 2 } }, 2n)).rejects.toThrow(TypeError);
      await expect(c.delete(injected)).rejects.toThrow(TypeError);
      await expect(c.upsert({ _id: injected, n: 3 }, 3n)).rejects.toThrow(/string _id/);
      expect(await c.find()).toEqual([{ _id: 'a', n: 1, _position: 1n }]);
    });

    it('stores an undefined field as absent, as the in-memory store does', async () => {
      const c = store.collection(`${prefix}undefined`);
      await c.upsert({ _id: 'a', n: 1, gone: undefined }, 1n);
      expect(Object.keys((await c.get('a')) ?? {}).sort()).toEqual(['_id', '_position', 'n']);
    });
  });
});
