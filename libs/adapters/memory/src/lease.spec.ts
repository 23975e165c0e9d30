import { Lease, ManualClock } from '@aftersales/eventsourcing';
import { MemoryDocumentStore } from './memory-document-store';

describe('Lease over the DocumentStore port', () => {
  const clock = new ManualClock('2026-03-03T00:00:00.000Z');
  let documents: MemoryDocumentStore;
  const lease = (holder: string) => new Lease(documents, 'relay:intake', holder, clock, { ttlMs: 10_000 });

  beforeEach(() => {
    documents = new MemoryDocumentStore();
    clock.set('2026-03-03T00:00:00.000Z');
  });

  it('one holder at a time: the other gets it only after expiry or release', async () => {
    const a = lease('a');
    const b = lease('b');
    expect(await a.tryAcquire()).toBe(true);
    expect(await b.tryAcquire()).toBe(false);
    clock.advance(9_000);
    expect(await a.tryAcquire()).toBe(true); // renewed until 00:00:19
    clock.advance(9_000);
    expect(await b.tryAcquire()).toBe(false);
    clock.advance(1_000);
    expect(await b.tryAcquire()).toBe(true); // a stopped renewing: b takes over
    expect(await a.tryAcquire()).toBe(false);
    await b.release();
    expect(await a.tryAcquire()).toBe(true);
  });

  it('of two instances racing for a free lease, exactly one wins', async () => {
    for (let round = 0; round < 20; round++) {
      documents = new MemoryDocumentStore();
      const results = await Promise.all(['a', 'b', 'c'].map((h) => lease(h).tryAcquire()));
      expect(results.filter(Boolean)).toHaveLength(1);
    }
  });

  it('release by a non-holder changes nothing', async () => {
    expect(await lease('a').tryAcquire()).toBe(true);
    await lease('b').release();
    expect(await lease('b').tryAcquire()).toBe(false);
  });
});
