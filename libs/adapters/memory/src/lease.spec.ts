import { Lease, ManualClock } from '@aftersales/eventsourcing';
import { MemoryDocumentStore } from './memory-document-store';

describe('Lease over the DocumentStore port', () => {
  let documents: MemoryDocumentStore;
  const lease = (holder: string, clock: ManualClock) => new Lease(documents, 'relay:intake', holder, clock, { ttlMs: 10_000 });

  beforeEach(() => {
    documents = new MemoryDocumentStore();
  });

  it('one holder at a time: another takes over only after seeing it unrenewed for a whole TTL, or at once after a release', async () => {
    const clock = new ManualClock('2026-03-03T00:00:00.000Z');
    const a = lease('a', clock);
    const b = lease('b', clock);
    expect(await a.tryAcquire()).toBe(true);
    expect(a.validUntil()?.toISOString()).toBe('2026-03-03T00:00:10.000Z');
    expect(await b.tryAcquire()).toBe(false); // b starts watching epoch 1
    clock.advance(9_000);
    expect(await a.tryAcquire()).toBe(true); // renewed: epoch 2
    clock.advance(9_000);
    expect(await b.tryAcquire()).toBe(false); // a new epoch: b's watch starts again
    clock.advance(9_999);
    expect(await b.tryAcquire()).toBe(false);
    clock.advance(1);
    expect(await b.tryAcquire()).toBe(true); // a stopped renewing for 10 s as b saw it
    expect(await a.tryAcquire()).toBe(false);
    expect(a.validUntil()).toBeNull();
    await b.release();
    expect(await a.tryAcquire()).toBe(true);
  });

  it('clock skew between instances changes nothing: each compares only its own readings', async () => {
    const holderClock = new ManualClock('2026-03-03T00:00:00.000Z');
    const aheadClock = new ManualClock('2026-03-03T01:00:00.000Z'); // an hour ahead
    const a = lease('a', holderClock);
    const b = lease('b', aheadClock);
    expect(await a.tryAcquire()).toBe(true);
    expect(await b.tryAcquire()).toBe(false);
    holderClock.advance(5_000);
    aheadClock.advance(5_000);
    expect(await a.tryAcquire()).toBe(true);
    aheadClock.advance(5_000);
    expect(await b.tryAcquire()).toBe(false); // a healthy holder keeps its lease
  });

  it('of instances racing for a free lease, exactly one wins', async () => {
    const clock = new ManualClock('2026-03-03T00:00:00.000Z');
    for (let round = 0; round < 20; round++) {
      documents = new MemoryDocumentStore();
      const results = await Promise.all(['a', 'b', 'c'].map((h) => lease(h, clock).tryAcquire()));
      expect(results.filter(Boolean)).toHaveLength(1);
    }
  });

  it('release by a non-holder changes nothing', async () => {
    const clock = new ManualClock('2026-03-03T00:00:00.000Z');
    expect(await lease('a', clock).tryAcquire()).toBe(true);
    await lease('b', clock).release();
    expect(await lease('b', clock).tryAcquire()).toBe(false);
  });
});
