import { CountOptions, DocumentCollection, FindOptions, TenantDocument, TenantScopedReader } from '@aftersales/eventsourcing';
import { TOTAL_COUNT_LIMIT, readPage } from './paging';

interface Doc extends TenantDocument {
  readonly n: number;
}

describe('readPage', () => {
  /** Reads only (the platform may not depend on an adapter): documents of one tenant sorted by n. */
  async function reader(count: number) {
    const docs: Doc[] = Array.from({ length: count }, (_, n) => ({ _id: `d${n}`, tenantId: 'acme', n }));
    const mine = (filter: Record<string, unknown>) => {
      const and = (filter.$and as { tenantId: string }[] | undefined) ?? [filter as { tenantId: string }];
      return docs.filter((d) => and.every((c) => c.tenantId === undefined || c.tenantId === d.tenantId));
    };
    const collection = {
      find: async (filter: Record<string, unknown>, options: FindOptions = {}) =>
        mine(filter).slice(options.skip ?? 0, (options.skip ?? 0) + (options.limit || Infinity)),
      count: async (filter: Record<string, unknown>, options: CountOptions = {}) => Math.min(mine(filter).length, options.limit ?? Infinity),
    } as unknown as DocumentCollection<Doc>;
    return new TenantScopedReader(collection, 'acme');
  }

  it('gives the exact total while it is within the count limit', async () => {
    const page = await readPage(await reader(45), {}, { n: 1 }, { page: 2, pageSize: 20 });
    expect(page).toMatchObject({ page: 2, pageSize: 20, total: 45, totalExact: true });
    expect(page.items.map((d) => d.n)).toEqual(Array.from({ length: 20 }, (_, i) => 20 + i));
  });

  it('stops counting at the limit and says the total is not exact, so a count never reads every match', async () => {
    const page = await readPage(await reader(TOTAL_COUNT_LIMIT + 5), {}, { n: 1 }, { page: 1, pageSize: 10 });
    expect(page).toMatchObject({ total: TOTAL_COUNT_LIMIT, totalExact: false });
    const exactlyAtLimit = await readPage(await reader(TOTAL_COUNT_LIMIT), {}, { n: 1 }, {});
    expect(exactlyAtLimit).toMatchObject({ total: TOTAL_COUNT_LIMIT, totalExact: true });
  });

  it('counts up to the end of a page that lies past the limit', async () => {
    const page = await readPage(await reader(TOTAL_COUNT_LIMIT + 30), {}, { n: 1 }, { page: 51, pageSize: 20 });
    expect(page.items.map((d) => d.n)).toEqual(Array.from({ length: 20 }, (_, i) => 1000 + i));
    expect(page).toMatchObject({ total: 1020, totalExact: false });
  });

  it('refuses a page past the deepest window, naming page (skipping costs time in proportion to what is skipped)', async () => {
    await expect(readPage(await reader(10), {}, { n: 1 }, { page: 101, pageSize: 100 })).rejects.toMatchObject({
      code: 'REQUEST.VALIDATION_FAILED',
      fieldErrors: [expect.objectContaining({ field: 'page', code: 'page_too_deep' })],
    });
    expect((await readPage(await reader(10), {}, { n: 1 }, { page: 100, pageSize: 100 })).items).toEqual([]);
  });
});
