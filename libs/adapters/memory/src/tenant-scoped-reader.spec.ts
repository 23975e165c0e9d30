import { TenantDocument, TenantScopedReader } from '@aftersales/eventsourcing';
import { MemoryDocumentStore } from './memory-document-store';

interface Case extends TenantDocument {
  readonly status: string;
}

describe('TenantScopedReader', () => {
  const store = new MemoryDocumentStore();
  const cases = store.collection<Case>('cases');

  beforeAll(async () => {
    await cases.upsert({ _id: 'a1', tenantId: 'acme', status: 'open' }, 1n);
    await cases.upsert({ _id: 'a2', tenantId: 'acme', status: 'closed' }, 2n);
    await cases.upsert({ _id: 'g1', tenantId: 'globex', status: 'open' }, 3n);
  });

  const acme = new TenantScopedReader(cases, 'acme');

  it("reads another tenant's document as absent", async () => {
    expect(await acme.get('a1')).toMatchObject({ _id: 'a1' });
    expect(await acme.get('g1')).toBeNull();
  });

  it('narrows every filter to the tenant, even one that names another tenant', async () => {
    expect((await acme.find()).map((c) => c._id).sort()).toEqual(['a1', 'a2']);
    expect((await acme.find({ status: 'open' })).map((c) => c._id)).toEqual(['a1']);
    expect(await acme.find({ tenantId: 'globex' })).toEqual([]);
    expect(await acme.find({ $or: [{ tenantId: 'globex' }, { status: 'open' }] })).toHaveLength(1);
    expect(await acme.count({ status: 'open' })).toBe(1);
  });

  it('refuses an empty tenant', () => {
    expect(() => new TenantScopedReader(cases, '')).toThrow(/tenant/);
  });
});
