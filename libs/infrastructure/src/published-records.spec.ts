import { TenantDocument } from '@aftersales/eventsourcing';
import { MemoryDocumentStore } from '@aftersales/adapters-memory';
import { RecordFields, foldPublishedEvent, latestRecordsBy } from '@aftersales/platform';

/** A consumer's record of another context's stream, as intake and QA keep dispatch's work orders. */
interface Tally extends TenantDocument {
  readonly _id: string;
  readonly caseId: string;
  readonly seen: number;
  readonly at: string;
}

const event = (tenantId: string, position: bigint, at = '2026-03-03T03:00:00.000Z') => ({ tenantId, position, at });
const count = (fields: RecordFields<Tally> | null, e: { at: string }): RecordFields<Tally> => ({ caseId: fields?.caseId ?? 'case-1', seen: (fields?.seen ?? 0) + 1, at: e.at });

describe("a consumer's records of another context's published events (libs/platform published-records)", () => {
  it('folds each event once, in stream order: a redelivered or older event changes nothing, and a record of another tenant is left alone', async () => {
    const records = new MemoryDocumentStore().collection<Tally>('test.tallies');
    await foldPublishedEvent(records, 'wo-1', event('acme', 5n), count);
    await foldPublishedEvent(records, 'wo-1', event('acme', 5n), count);
    await foldPublishedEvent(records, 'wo-1', event('acme', 4n), count);
    expect(await records.get('wo-1')).toMatchObject({ tenantId: 'acme', seen: 1, _position: 5n });
    await foldPublishedEvent(records, 'wo-1', event('other', 9n), count);
    await foldPublishedEvent(records, 'wo-1', event('acme', 6n), count);
    expect(await records.get('wo-1')).toMatchObject({ tenantId: 'acme', seen: 2, _position: 6n });
  });

  it('records nothing when the fold says so (an event not about this context)', async () => {
    const records = new MemoryDocumentStore().collection<Tally>('test.tallies');
    await foldPublishedEvent(records, 'wo-2', event('acme', 1n), () => null);
    expect(await records.get('wo-2')).toBeNull();
  });

  it("finds one tenant's latest record per key", async () => {
    const records = new MemoryDocumentStore().collection<Tally>('test.tallies');
    await foldPublishedEvent(records, 'wo-1', event('acme', 1n, '2026-03-03T01:00:00.000Z'), count);
    await foldPublishedEvent(records, 'wo-2', event('acme', 2n, '2026-03-03T02:00:00.000Z'), count);
    await foldPublishedEvent(records, 'wo-3', event('other', 3n, '2026-03-03T05:00:00.000Z'), count);
    const latest = await latestRecordsBy(records, 'acme', 'caseId', ['case-1', 'case-9'], (a, b) => b.at < a.at);
    expect([...latest.entries()].map(([key, record]) => [key, record._id])).toEqual([['case-1', 'wo-2']]);
    expect(await latestRecordsBy(records, 'acme', 'caseId', [], () => true)).toEqual(new Map());
  });
});
