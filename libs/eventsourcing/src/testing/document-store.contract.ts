import { DocumentCollection, DocumentStore, StoredDocument } from '../document-store';
import { AdapterFixture, openForSuite, uniquePrefix } from './fixtures';

export type DocumentStoreFixture = AdapterFixture<DocumentStore>;

/** A read-model row shaped like the ones projections write: nested, with arrays and timestamps. */
interface Ticket extends StoredDocument {
  status: 'open' | 'on_site' | 'closed';
  priority: number;
  openedAt: string;
  customer: { name: string; address: { city: string } };
  tags: string[];
  lines: { sku: string; qty: number }[];
}

function ticket(id: string, fields: Partial<Omit<Ticket, '_id' | '_position'>> = {}): Omit<Ticket, '_position'> {
  return {
    _id: id,
    status: 'open',
    priority: 1,
    openedAt: '2026-03-02T08:30:00.000Z',
    customer: { name: 'Li Wei', address: { city: 'Shanghai' } },
    tags: [],
    lines: [],
    ...fields,
  };
}

/** Six tickets that every query test reads; each test's assertions name the ids it expects. */
const SEED: Omit<Ticket, '_position'>[] = [
  ticket('t1', { priority: 3, openedAt: '2026-03-01T09:00:00.000Z', tags: ['urgent', 'vip'], lines: [{ sku: 'pump', qty: 2 }] }),
  ticket('t2', { status: 'on_site', priority: 1, openedAt: '2026-03-02T09:00:00.000Z', tags: ['vip'], customer: { name: 'Zhang Min', address: { city: 'Beijing' } } }),
  ticket('t3', { status: 'closed', priority: 2, openedAt: '2026-03-03T09:00:00.000Z', lines: [{ sku: 'valve', qty: 2 }, { sku: 'pump', qty: 1 }] }),
  ticket('t4', { priority: 3, openedAt: '2026-03-04T09:00:00.000Z', tags: ['urgent'], customer: { name: 'Wang Fang', address: { city: 'Beijing' } } }),
  ticket('t5', { status: 'on_site', priority: 2, openedAt: '2026-03-05T09:00:00.000Z', lines: [{ sku: 'valve', qty: 4 }] }),
  ticket('t6', { status: 'closed', priority: 1, openedAt: '2026-03-06T09:00:00.000Z', tags: ['urgent', 'vip', 'repeat'] }),
];

const ids = (docs: readonly StoredDocument[]) => docs.map((d) => d._id);

/**
 * The DocumentStore contract (ARCHITECTURE.md "Testing layers" 2): the read-model port with the
 * MongoDB query language, run against the in-memory store and MongoDB alike. Position-guarded
 * writes are what make projections idempotent ("Delivery"), so the guard is tested with
 * positions a double cannot hold. Each test uses fresh collection names, so adapters may share a
 * database.
 */
export function describeDocumentStoreContract(adapter: string, setup: () => Promise<DocumentStoreFixture>): void {
  describe(`DocumentStore contract: ${adapter}`, () => {
    const fixture = openForSuite(setup);
    let store: DocumentStore;
    let prefix: string;

    beforeAll(() => {
      store = fixture().store;
    });
    beforeEach(() => {
      prefix = uniquePrefix('docs');
    });

    const tickets = (label = 'tickets') => store.collection<Ticket>(`${prefix}${label}`);

    async function seeded(): Promise<DocumentCollection<Ticket>> {
      const c = tickets();
      for (const [i, doc] of SEED.entries()) await c.upsert(doc, BigInt(i + 1));
      return c;
    }

    describe('upsert and get', () => {
      it('gets an absent document as null', async () => {
        expect(await tickets().get('nope')).toBeNull();
      });

      it('creates a document and returns it with _position as a bigint', async () => {
        const c = tickets();
        expect(await c.upsert(ticket('a'), 7n)).toBe('applied');
        const got = await c.get('a');
        expect(got).toEqual({ ...ticket('a'), _position: 7n });
        expect(typeof got?._position).toBe('bigint');
      });

      it('round-trips strings (Chinese included), numbers, booleans, null, nested objects and arrays', async () => {
        const c = store.collection(`${prefix}values`);
        const doc = {
          _id: 'v1',
          text: '客户投诉：水泵漏水 ✓',
          empty: '',
          integer: 42,
          negative: -7,
          fraction: 0.125,
          large: 9_007_199_254_740_991,
          yes: true,
          no: false,
          nothing: null,
          nested: { level: { deeper: { value: 'x', list: [1, 'two', null, { three: 3 }] } } },
          matrix: [
            [1, 2],
            [3, 4],
          ],
          emptyList: [],
          emptyObject: {},
        };
        await c.upsert(doc, 1n);
        expect(await c.get('v1')).toEqual({ ...doc, _position: 1n });
        expect(await c.find({ _id: 'v1' })).toEqual([{ ...doc, _position: 1n }]);
      });

      it('ignores an upsert at an equal or older position and replaces the whole document at a newer one', async () => {
        const c = tickets();
        await c.upsert(ticket('a', { priority: 1, tags: ['first'] }), 10n);
        expect(await c.upsert(ticket('a', { priority: 9 }), 10n)).toBe('stale');
        expect(await c.upsert(ticket('a', { priority: 9 }), 9n)).toBe('stale');
        expect(await c.get('a')).toEqual({ ...ticket('a', { priority: 1, tags: ['first'] }), _position: 10n });

        const replacement = { _id: 'a', status: 'closed' } as Omit<Ticket, '_position'>;
        expect(await c.upsert(replacement, 11n)).toBe('applied');
        // Whole-document semantics: fields the new version lacks are gone.
        expect(await c.get('a')).toEqual({ _id: 'a', status: 'closed', _position: 11n });
      });

      it('compares positions beyond 2^53 exactly', async () => {
        const c = tickets();
        const base = 2n ** 60n + 5n;
        await c.upsert(ticket('big', { priority: 1 }), base);
        expect((await c.get('big'))?._position).toBe(base);
        // As doubles, base - 1, base and base + 1 are all 2^60: a lossy store gets these wrong.
        expect(await c.upsert(ticket('big', { priority: 2 }), base - 1n)).toBe('stale');
        expect(await c.upsert(ticket('big', { priority: 2 }), base)).toBe('stale');
        expect(await c.patch('big', { $set: { priority: 2 } }, base)).toBe('stale');
        expect(await c.upsert(ticket('big', { priority: 3 }), base + 1n)).toBe('applied');
        expect(await c.patch('big', { $inc: { priority: 1 } }, base + 2n)).toBe('applied');
        expect(await c.get('big')).toMatchObject({ priority: 4, _position: base + 2n });
      });

      it('hands out copies: mutating an input or a result does not change the store', async () => {
        const c = tickets();
        const input = ticket('a', { tags: ['original'] }) as Ticket;
        await c.upsert(input, 1n);
        input.tags.push('mutated-input');
        input.customer.address.city = 'mutated-input';

        const got = (await c.get('a')) as Ticket;
        got.tags.push('mutated-get');
        got.customer.address.city = 'mutated-get';
        const [found] = await c.find({ _id: 'a' });
        found.lines.push({ sku: 'mutated-find', qty: 1 });

        expect(await c.get('a')).toEqual({ ...ticket('a', { tags: ['original'] }), _position: 1n });
      });
    });

    describe('upsertMany', () => {
      it('writes several documents at once, each under its own position guard', async () => {
        const c = tickets();
        await c.upsert(ticket('kept', { priority: 9 }), 10n);
        await c.upsert(ticket('older', { priority: 1 }), 3n);
        const results = await c.upsertMany([
          { doc: ticket('new', { priority: 2 }), position: 5n },
          { doc: ticket('kept', { priority: 0 }), position: 10n },
          { doc: ticket('older', { priority: 7 }), position: 4n },
        ]);
        expect(results).toEqual(['applied', 'stale', 'applied']);
        expect(await c.get('new')).toEqual({ ...ticket('new', { priority: 2 }), _position: 5n });
        expect(await c.get('kept')).toEqual({ ...ticket('kept', { priority: 9 }), _position: 10n });
        expect(await c.get('older')).toEqual({ ...ticket('older', { priority: 7 }), _position: 4n });
        expect(await c.upsertMany([])).toEqual([]);
      });

      it('refuses a batch naming one document twice', async () => {
        const c = tickets();
        await expect(c.upsertMany([{ doc: ticket('a'), position: 1n }, { doc: ticket('a'), position: 2n }])).rejects.toThrow('twice');
        expect(await c.get('a')).toBeNull();
      });
    });

    describe('patch', () => {
      it('applies $set, $inc, $push and $unset at a newer position', async () => {
        const c = tickets();
        await c.upsert(ticket('a', { priority: 1, tags: ['vip'] }), 5n);
        const result = await c.patch(
          'a',
          {
            $set: { status: 'on_site', 'customer.address.city': '杭州' },
            $inc: { priority: 2 },
            $push: { tags: 'urgent', lines: { sku: 'pump', qty: 1 } },
            $unset: { openedAt: '' },
          },
          6n,
        );
        expect(result).toBe('applied');
        const expected = {
          ...ticket('a', {
            status: 'on_site',
            priority: 3,
            tags: ['vip', 'urgent'],
            lines: [{ sku: 'pump', qty: 1 }],
            customer: { name: 'Li Wei', address: { city: '杭州' } },
          }),
          _position: 6n,
        } as Record<string, unknown>;
        delete expected.openedAt;
        expect(await c.get('a')).toEqual(expected);
      });

      it('ignores a patch at an equal or older position, so a redelivered $inc is not counted twice', async () => {
        const c = tickets();
        await c.upsert(ticket('a', { priority: 1 }), 5n);
        expect(await c.patch('a', { $inc: { priority: 1 } }, 6n)).toBe('applied');
        expect(await c.patch('a', { $inc: { priority: 1 } }, 6n)).toBe('stale');
        expect(await c.patch('a', { $inc: { priority: 1 }, $push: { tags: 'late' } }, 4n)).toBe('stale');
        expect(await c.get('a')).toEqual({ ...ticket('a', { priority: 2 }), _position: 6n });
      });

      it('reports a missing document as stale and does not create it', async () => {
        const c = tickets();
        expect(await c.patch('ghost', { $set: { status: 'closed' } }, 1n)).toBe('stale');
        expect(await c.get('ghost')).toBeNull();
        expect(await c.count()).toBe(0);
      });

      it('rejects an update that cannot apply and leaves the document as it was', async () => {
        const c = tickets();
        await c.upsert(ticket('a', { status: 'open' }), 5n);
        await expect(c.patch('a', { $set: { priority: 5 }, $inc: { status: 1 } }, 6n)).rejects.toThrow();
        expect(await c.get('a')).toEqual({ ...ticket('a'), _position: 5n });
      });
    });

    describe('find and count', () => {
      it('finds everything without a filter', async () => {
        const c = await seeded();
        expect(ids(await c.find()).sort()).toEqual(['t1', 't2', 't3', 't4', 't5', 't6']);
        expect(ids(await c.find({})).sort()).toEqual(['t1', 't2', 't3', 't4', 't5', 't6']);
      });

      it('filters by equality, $eq, $ne, $in and $nin', async () => {
        const c = await seeded();
        const sortedIds = async (filter: Record<string, unknown>) => ids(await c.find(filter, { sort: { _id: 1 } }));
        expect(await sortedIds({ status: 'closed' })).toEqual(['t3', 't6']);
        expect(await sortedIds({ status: { $eq: 'on_site' } })).toEqual(['t2', 't5']);
        expect(await sortedIds({ status: { $ne: 'open' } })).toEqual(['t2', 't3', 't5', 't6']);
        expect(await sortedIds({ status: { $in: ['open', 'closed'] } })).toEqual(['t1', 't3', 't4', 't6']);
        expect(await sortedIds({ priority: { $nin: [1, 2] } })).toEqual(['t1', 't4']);
        expect(await sortedIds({ status: 'archived' })).toEqual([]);
      });

      it('compares numbers and ISO-8601 instants with $gt, $gte, $lt and $lte', async () => {
        const c = await seeded();
        const sortedIds = async (filter: Record<string, unknown>) => ids(await c.find(filter, { sort: { _id: 1 } }));
        expect(await sortedIds({ priority: { $gt: 2 } })).toEqual(['t1', 't4']);
        expect(await sortedIds({ priority: { $gte: 2, $lt: 3 } })).toEqual(['t3', 't5']);
        // UTC ISO strings order like the instants they name, which is why envelopes carry them.
        expect(await sortedIds({ openedAt: { $gte: '2026-03-03T09:00:00.000Z', $lt: '2026-03-05T09:00:00.000Z' } })).toEqual([
          't3',
          't4',
        ]);
        expect(await sortedIds({ openedAt: { $lte: '2026-03-02T09:00:00.000Z' } })).toEqual(['t1', 't2']);
      });

      it('combines conditions with $and and $or', async () => {
        const c = await seeded();
        const sortedIds = async (filter: Record<string, unknown>) => ids(await c.find(filter, { sort: { _id: 1 } }));
        expect(await sortedIds({ $and: [{ status: { $ne: 'closed' } }, { priority: { $gte: 2 } }] })).toEqual(['t1', 't4', 't5']);
        expect(await sortedIds({ $or: [{ status: 'on_site' }, { priority: 3 }] })).toEqual(['t1', 't2', 't4', 't5']);
        expect(
          await sortedIds({ $and: [{ $or: [{ status: 'open' }, { status: 'closed' }] }, { tags: 'vip' }] }),
        ).toEqual(['t1', 't6']);
      });

      it('reaches nested fields through dot paths, into arrays of subdocuments too', async () => {
        const c = await seeded();
        const sortedIds = async (filter: Record<string, unknown>) => ids(await c.find(filter, { sort: { _id: 1 } }));
        expect(await sortedIds({ 'customer.address.city': 'Beijing' })).toEqual(['t2', 't4']);
        expect(await sortedIds({ 'customer.name': { $in: ['Li Wei'] }, priority: 1 })).toEqual(['t6']);
        expect(await sortedIds({ 'lines.sku': 'pump' })).toEqual(['t1', 't3']);
        expect(await sortedIds({ 'lines.qty': { $gt: 3 } })).toEqual(['t5']);
      });

      it('matches arrays by element, $all, $size and $elemMatch', async () => {
        const c = await seeded();
        const sortedIds = async (filter: Record<string, unknown>) => ids(await c.find(filter, { sort: { _id: 1 } }));
        expect(await sortedIds({ tags: 'urgent' })).toEqual(['t1', 't4', 't6']);
        expect(await sortedIds({ tags: { $all: ['urgent', 'vip'] } })).toEqual(['t1', 't6']);
        expect(await sortedIds({ tags: { $size: 0 } })).toEqual(['t3', 't5']);
        expect(await sortedIds({ tags: ['vip'] })).toEqual(['t2']);
        // $elemMatch holds both conditions on one element; plain dot paths may match two (t3).
        expect(await sortedIds({ lines: { $elemMatch: { sku: 'pump', qty: { $gte: 2 } } } })).toEqual(['t1']);
        expect(await sortedIds({ 'lines.sku': 'pump', 'lines.qty': { $gte: 2 } })).toEqual(['t1', 't3']);
        expect(await sortedIds({ lines: { $elemMatch: { sku: 'valve', qty: 4 } } })).toEqual(['t5']);
      });

      it('sorts by several keys, ascending and descending', async () => {
        const c = await seeded();
        expect(ids(await c.find({}, { sort: { priority: -1, openedAt: 1 } }))).toEqual(['t1', 't4', 't3', 't5', 't2', 't6']);
        expect(ids(await c.find({}, { sort: { status: 1, priority: 1, openedAt: -1 } }))).toEqual(['t6', 't3', 't2', 't5', 't4', 't1']);
        expect(ids(await c.find({ tags: 'urgent' }, { sort: { openedAt: -1 } }))).toEqual(['t6', 't4', 't1']);
      });

      it('pages with skip and limit after sorting', async () => {
        const c = await seeded();
        const page = (skip: number, limit: number) => c.find({}, { sort: { openedAt: 1 }, skip, limit });
        expect(ids(await page(0, 2))).toEqual(['t1', 't2']);
        expect(ids(await page(2, 2))).toEqual(['t3', 't4']);
        expect(ids(await page(4, 2))).toEqual(['t5', 't6']);
        expect(ids(await page(6, 2))).toEqual([]);
        expect(ids(await c.find({ status: { $ne: 'closed' } }, { sort: { openedAt: -1 }, limit: 3 }))).toEqual(['t5', 't4', 't2']);
        expect(ids(await c.find({}, { sort: { openedAt: 1 }, skip: 5 }))).toEqual(['t6']);
      });

      it('counts with and without a filter', async () => {
        const c = await seeded();
        expect(await c.count()).toBe(6);
        expect(await c.count({ tags: 'vip' })).toBe(3);
        expect(await c.count({ 'customer.address.city': 'Beijing', priority: { $gt: 1 } })).toBe(1);
        expect(await tickets('empty').count()).toBe(0);
      });
    });

    describe('delete, clear and collections', () => {
      it('deletes one document; deleting an absent one is a no-op', async () => {
        const c = await seeded();
        await c.delete('t3');
        await c.delete('never-existed');
        expect(await c.get('t3')).toBeNull();
        expect(await c.count()).toBe(5);
        expect(await c.count({ 'lines.sku': 'valve' })).toBe(1);
      });

      it('clears one collection and leaves the others alone', async () => {
        const c = await seeded();
        const other = tickets('other');
        await other.upsert(ticket('o1'), 1n);
        await c.clear();
        expect(await c.count()).toBe(0);
        expect(await c.find()).toEqual([]);
        expect(await other.get('o1')).toEqual({ ...ticket('o1'), _position: 1n });
        // A cleared collection accepts any position again: that is how a rebuild starts over.
        expect(await c.upsert(ticket('t1'), 1n)).toBe('applied');
      });

      it('shows the same documents through every handle on one collection name', async () => {
        const first = tickets('shared');
        const second = tickets('shared');
        await first.upsert(ticket('a'), 1n);
        expect(await second.get('a')).toEqual({ ...ticket('a'), _position: 1n });
        expect(await second.patch('a', { $set: { status: 'closed' } }, 2n)).toBe('applied');
        expect(await first.get('a')).toMatchObject({ status: 'closed', _position: 2n });
      });
    });

    describe('indexes', () => {
      it('accepts index specs and keeps answering queries', async () => {
        const c = store.collection<Ticket>(`${prefix}indexed`, [
          { fields: { status: 1, openedAt: -1 } },
          { fields: { 'customer.address.city': 1 } },
        ]);
        for (const [i, doc] of SEED.entries()) await c.upsert(doc, BigInt(i + 1));
        expect(ids(await c.find({ status: 'on_site' }, { sort: { openedAt: -1 } }))).toEqual(['t5', 't2']);
      });

      it('answers $in and $nin on ids and on indexed fields as on any other, null matching a missing field', async () => {
        const c = store.collection<Ticket & { region?: string }>(`${prefix}indexed-in`, [{ fields: { status: 1 } }, { fields: { priority: 1 } }, { fields: { region: 1 } }]);
        for (const [i, doc] of SEED.entries()) await c.upsert(i % 2 === 0 ? { ...doc, region: `r${i}` } : doc, BigInt(i + 1));
        const sortedIds = async (filter: Record<string, unknown>) => ids(await c.find(filter, { sort: { _id: 1 } }));
        expect(await sortedIds({ _id: { $in: ['t5', 't1', 'nope', 't3'] } })).toEqual(['t1', 't3', 't5']);
        expect(await sortedIds({ _id: { $nin: ['t5', 't1'] } })).toEqual(['t2', 't3', 't4', 't6']);
        expect(await sortedIds({ status: { $in: ['open', 'closed'] } })).toEqual(['t1', 't3', 't4', 't6']);
        expect(await sortedIds({ status: { $nin: ['open', 'closed'] } })).toEqual(['t2', 't5']);
        expect(await sortedIds({ priority: { $in: [1, 2] } })).toEqual(['t2', 't3', 't5', 't6']);
        expect(await sortedIds({ region: { $in: ['r0', 'r4'] } })).toEqual(['t1', 't5']);
        expect(await sortedIds({ region: { $in: ['r2', null] } })).toEqual(['t2', 't3', 't4', 't6']);
        expect(await sortedIds({ region: { $nin: ['r0', 'r4'] } })).toEqual(['t2', 't3', 't4', 't6']);
        expect(await c.count({ _id: { $in: ['t1', 't2'] }, status: { $in: ['open', 'on_site'] } })).toBe(2);
      });

      it('rejects a write that duplicates a unique key and keeps the documents as they were', async () => {
        // MongoDB reports E11000 "duplicate key error"; adapters keep that wording.
        const c = store.collection(`${prefix}unique`, [{ fields: { email: 1 }, unique: true }]);
        await c.upsert({ _id: 'u1', email: 'li@example.cn' }, 1n);
        await c.upsert({ _id: 'u2', email: 'zhang@example.cn' }, 2n);

        await expect(c.upsert({ _id: 'u3', email: 'li@example.cn' }, 3n)).rejects.toMatchObject({
          code: 'DOCUMENTSTORE.DUPLICATE_KEY',
          message: expect.stringMatching(/duplicate key/i),
        });
        await expect(c.patch('u2', { $set: { email: 'li@example.cn' } }, 4n)).rejects.toMatchObject({
          code: 'DOCUMENTSTORE.DUPLICATE_KEY',
        });
        expect(await c.get('u3')).toBeNull();
        expect(await c.get('u2')).toEqual({ _id: 'u2', email: 'zhang@example.cn', _position: 2n });

        // The same document may keep its own key, and a deleted document frees its key.
        expect(await c.upsert({ _id: 'u1', email: 'li@example.cn', name: 'Li' }, 5n)).toBe('applied');
        await c.delete('u1');
        expect(await c.upsert({ _id: 'u3', email: 'li@example.cn' }, 6n)).toBe('applied');
      });
    });
  });
}
