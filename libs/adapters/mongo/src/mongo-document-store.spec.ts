import { DuplicateKeyError } from '@aftersales/eventsourcing';
import { Connection, mongo } from 'mongoose';
import { MongoDocumentStore } from './mongo-document-store';

type Raw = Record<string, unknown>;

/**
 * Just enough of a driver collection for the store's bookkeeping: createIndex answers from a
 * queue of outcomes (an Error rejects), the rest is scripted per test.
 */
class FakeCollection {
  readonly createIndexCalls: string[] = [];
  readonly createIndexOutcomes: (Error | 'ok')[] = [];
  replaceOne = jest.fn<Promise<unknown>, [Raw, Raw, Raw]>(async () => ({ matchedCount: 1 }));
  findOne = jest.fn<Promise<Raw | null>, [Raw, Raw?]>(async () => null);
  countDocuments = jest.fn(async () => 0);

  async createIndex(_fields: Raw, options: { name: string }): Promise<string> {
    this.createIndexCalls.push(options.name);
    const outcome = this.createIndexOutcomes.shift() ?? 'ok';
    if (outcome instanceof Error) throw outcome;
    return options.name;
  }
}

function storeOver(collections: Map<string, FakeCollection>): MongoDocumentStore {
  const db = {
    collection(name: string) {
      let c = collections.get(name);
      if (!c) {
        c = new FakeCollection();
        collections.set(name, c);
      }
      return c;
    },
  };
  return new MongoDocumentStore({ db } as unknown as Connection);
}

describe('MongoDocumentStore without a server', () => {
  let collections: Map<string, FakeCollection>;
  let store: MongoDocumentStore;

  beforeEach(() => {
    collections = new Map();
    store = storeOver(collections);
  });

  describe('index creation', () => {
    it('tries a creation that failed transiently (the server was down) again on the next operation', async () => {
      const fake = new FakeCollection();
      fake.createIndexOutcomes.push(new mongo.MongoNetworkError('connect ECONNREFUSED 127.0.0.1:27017'));
      collections.set('tickets', fake);

      const c = store.collection('tickets', [{ fields: { status: 1 } }]);
      await expect(c.count()).rejects.toThrow(/ECONNREFUSED/);
      // The server is back: the next operation creates the index and goes through.
      await expect(c.count()).resolves.toBe(0);
      await expect(c.count()).resolves.toBe(0);
      expect(fake.createIndexCalls).toEqual(['status_1', 'status_1']);
      // A handle made later shares the successful creation.
      await store.collection('tickets', [{ fields: { status: 1 } }]).count();
      expect(fake.createIndexCalls).toEqual(['status_1', 'status_1']);
    });

    it('keeps a deterministic refusal: existing documents that break a new unique index, without retrying', async () => {
      const fake = new FakeCollection();
      fake.createIndexOutcomes.push(
        new mongo.MongoServerError({
          code: 11000,
          keyPattern: { email: 1 },
          keyValue: { email: 'same' },
          errmsg: 'Index build failed: E11000 duplicate key error collection: db.people index: email_1 dup key: { email: "same" }',
        }),
      );
      collections.set('people', fake);

      const c = store.collection('people', [{ fields: { email: 1 }, unique: true }]);
      await expect(c.count()).rejects.toBeInstanceOf(DuplicateKeyError);
      await expect(c.count()).rejects.toMatchObject({ code: DuplicateKeyError.CODE, index: 'email_1' });
      expect(fake.createIndexCalls).toEqual(['email_1']);
    });

    it('keeps an index options conflict', async () => {
      const fake = new FakeCollection();
      fake.createIndexOutcomes.push(new mongo.MongoServerError({ code: 85, codeName: 'IndexOptionsConflict', errmsg: 'Index with name: status_1 already exists with different options' }));
      collections.set('tickets', fake);
      const c = store.collection('tickets', [{ fields: { status: 1 } }]);
      await expect(c.count()).rejects.toMatchObject({ codeName: 'IndexOptionsConflict' });
      await expect(c.count()).rejects.toMatchObject({ codeName: 'IndexOptionsConflict' });
      expect(fake.createIndexCalls).toEqual(['status_1']);
    });

    it('creates each declared index once when nothing fails, however many handles and operations', async () => {
      const fake = new FakeCollection();
      collections.set('tickets', fake);
      const a = store.collection('tickets', [{ fields: { status: 1 } }, { fields: { openedAt: -1 } }]);
      const b = store.collection('tickets', [{ fields: { status: 1 } }]);
      await Promise.all([a.count(), b.count(), a.count()]);
      expect(fake.createIndexCalls.sort()).toEqual(['openedAt_-1', 'status_1']);
    });
  });

  describe('upsert that loses on _id', () => {
    /** What driver 6.x throws on real MongoDB 4.2+ when the guarded upsert collides on _id. */
    const realIdCollision = () =>
      new mongo.MongoServerError({
        index: 0,
        code: 11000,
        keyPattern: { _id: 1 },
        keyValue: { _id: 'x' },
        errmsg: 'E11000 duplicate key error collection: db.c index: _id_ dup key: { _id: "x" }',
      });

    it('is stale when the stored document is as new or newer (real MongoDB error shape)', async () => {
      const fake = new FakeCollection();
      fake.replaceOne.mockRejectedValueOnce(realIdCollision());
      fake.findOne.mockResolvedValueOnce({ _id: 'x', _position: mongo.Long.fromBigInt(9n) });
      collections.set('c', fake);
      await expect(store.collection('c').upsert({ _id: 'x', n: 1 }, 9n)).resolves.toBe('stale');
    });

    it('decides again when the racing writer was older', async () => {
      const fake = new FakeCollection();
      fake.replaceOne.mockRejectedValueOnce(realIdCollision());
      fake.findOne.mockResolvedValueOnce({ _id: 'x', _position: mongo.Long.fromBigInt(3n) });
      collections.set('c', fake);
      await expect(store.collection('c').upsert({ _id: 'x', n: 1 }, 9n)).resolves.toBe('applied');
      expect(fake.replaceOne).toHaveBeenCalledTimes(2);
    });
  });
});
