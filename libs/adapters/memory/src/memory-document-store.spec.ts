import { describeDocumentStoreContract } from '@aftersales/eventsourcing/testing';
import { DuplicateKeyError } from '@aftersales/eventsourcing';
import { MemoryDocumentStore } from './memory-document-store';

describeDocumentStoreContract('memory', async () => {
  const store = new MemoryDocumentStore();
  return { store, teardown: () => store.close() };
});

/** Where the memory store refuses what MongoDB would refuse too, rather than doing something of its own. */
describe('MemoryDocumentStore', () => {
  let store: MemoryDocumentStore;
  beforeEach(() => {
    store = new MemoryDocumentStore();
  });

  it('refuses to query, sort or index on _position, which is the write guard', async () => {
    const c = store.collection('c');
    await c.upsert({ _id: 'a' }, 1n);
    await expect(c.find({ _position: { $gt: 0 } })).rejects.toThrow('write guard');
    await expect(c.find({ $or: [{ _id: 'a' }, { _position: 1 }] })).rejects.toThrow('write guard');
    await expect(c.find({}, { sort: { _position: -1 } })).rejects.toThrow('write guard');
    await expect(c.count({ _position: 1 })).rejects.toThrow('write guard');
    expect(() => store.collection('c', [{ fields: { _position: 1 } }])).toThrow('write guard');
  });

  it('refuses patches that are not operator updates, touch _id or _position, or overlap', async () => {
    const c = store.collection('c');
    await c.upsert({ _id: 'a', n: 1, nested: { x: 1 } }, 1n);
    await expect(c.patch('a', { n: { value: 2 } }, 2n)).rejects.toThrow('update operators');
    await expect(c.patch('a', {}, 2n)).rejects.toThrow('at least one operator');
    await expect(c.patch('a', { $set: { _id: 'b' } }, 2n)).rejects.toThrow("cannot update '_id'");
    await expect(c.patch('a', { $set: { _position: 99 } }, 2n)).rejects.toThrow("cannot update '_position'");
    await expect(c.patch('a', { $set: { nested: {} }, $inc: { 'nested.x': 1 } }, 2n)).rejects.toThrow('conflict');
    await expect(c.patch('a', { $rename: { n: 'm' }, $set: { m: 1 } }, 2n)).rejects.toThrow('conflict');
    await expect(c.patch('a', { $frobnicate: { n: 1 } }, 2n)).rejects.toThrow('$frobnicate');
    expect(await c.get('a')).toEqual({ _id: 'a', n: 1, nested: { x: 1 }, _position: 1n });
  });

  it('treats a limit of 0 as no limit, as MongoDB does', async () => {
    const c = store.collection('c');
    await c.upsert({ _id: 'a' }, 1n);
    await c.upsert({ _id: 'b' }, 2n);
    expect(await c.find({}, { limit: 0 })).toHaveLength(2);
  });

  describe('unique indexes', () => {
    it('raises a coded DuplicateKeyError naming the collection, index and key', async () => {
      const c = store.collection('people', [{ fields: { 'contact.email': 1, region: -1 }, unique: true }]);
      await c.upsert({ _id: 'a', contact: { email: 'li@example.cn' }, region: 'cn-east' }, 1n);
      await c.upsert({ _id: 'b', contact: { email: 'li@example.cn' }, region: 'cn-north' }, 2n);
      const err = await c.upsert({ _id: 'c', contact: { email: 'li@example.cn' }, region: 'cn-east' }, 3n).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(DuplicateKeyError);
      expect(err).toMatchObject({
        code: 'DOCUMENTSTORE.DUPLICATE_KEY',
        collection: 'people',
        index: 'contact.email_1_region_-1',
        key: '["li@example.cn","cn-east"]',
      });
    });

    it('indexes each element of an array, and a missing field as null', async () => {
      const tagged = store.collection('tagged', [{ fields: { codes: 1 }, unique: true }]);
      await tagged.upsert({ _id: 'a', codes: ['X1', 'X2'] }, 1n);
      await expect(tagged.upsert({ _id: 'b', codes: ['X3', 'X2'] }, 2n)).rejects.toThrow(DuplicateKeyError);
      expect(await tagged.upsert({ _id: 'b', codes: ['X3'] }, 2n)).toBe('applied');

      const sparse = store.collection('sparse', [{ fields: { email: 1 }, unique: true }]);
      await sparse.upsert({ _id: 'a' }, 1n);
      await expect(sparse.upsert({ _id: 'b', email: null }, 2n)).rejects.toThrow(DuplicateKeyError);
    });

    it('keeps the index across clear() and across handles on the same collection', async () => {
      store.collection('c', [{ fields: { email: 1 }, unique: true }]);
      const later = store.collection('c');
      await later.upsert({ _id: 'a', email: 'x' }, 1n);
      await later.clear();
      await later.upsert({ _id: 'b', email: 'x' }, 2n);
      await expect(later.upsert({ _id: 'c', email: 'x' }, 3n)).rejects.toThrow(DuplicateKeyError);
    });

    it('refuses to declare a unique index that existing documents violate, or to change an index', async () => {
      const c = store.collection('c', [{ fields: { email: 1 } }]);
      await c.upsert({ _id: 'a', email: 'x' }, 1n);
      await c.upsert({ _id: 'b', email: 'x' }, 2n);
      expect(() => store.collection('c', [{ fields: { email: 1 }, unique: true }])).toThrow('different options');
      expect(() => store.collection('c', [{ fields: { email: -1 }, unique: true }])).toThrow(DuplicateKeyError);
      expect(() => store.collection('c', [{ fields: {} }])).toThrow('at least one field');
      // Declaring the same index again is a no-op, as createIndex is.
      expect(() => store.collection('c', [{ fields: { email: 1 } }])).not.toThrow();
    });
  });
});
