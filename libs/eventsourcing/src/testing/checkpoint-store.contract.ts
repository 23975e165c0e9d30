import { CheckpointStore } from '../checkpoint-store';
import { AdapterFixture, openForSuite, uniquePrefix } from './fixtures';

export type CheckpointStoreFixture = AdapterFixture<CheckpointStore>;

/**
 * The CheckpointStore contract (ARCHITECTURE.md "Testing layers" 2). Checkpoints are what make a
 * crash between a projection's write and its checkpoint safe ("Correctness traps"): they must
 * keep every bit of a position and must never move backwards. Each test uses fresh names, so
 * adapters may share a database.
 */
export function describeCheckpointStoreContract(adapter: string, setup: () => Promise<CheckpointStoreFixture>): void {
  describe(`CheckpointStore contract: ${adapter}`, () => {
    const fixture = openForSuite(setup);
    let store: CheckpointStore;
    let prefix: string;

    beforeAll(() => {
      store = fixture().store;
    });
    beforeEach(() => {
      prefix = uniquePrefix('cp');
    });

    // Shaped like the names ProjectionRunner uses, punctuation included.
    const name = (label: string) => `projection:${prefix}${label}@v1`;

    it('loads a name it has never stored as null', async () => {
      expect(await store.load(name('unknown'))).toBeNull();
    });

    it('stores and loads positions as bigints, exactly beyond 2^53 and including 0', async () => {
      await store.store(name('zero'), 0n);
      expect(await store.load(name('zero'))).toBe(0n);

      const huge = 2n ** 60n + 5n;
      await store.store(name('huge'), huge);
      expect(await store.load(name('huge'))).toBe(huge);
      // 2^60 + 5 and 2^60 + 6 are the same double: only an exact store tells them apart.
      await store.store(name('huge'), huge + 1n);
      expect(await store.load(name('huge'))).toBe(huge + 1n);
    });

    it('never moves a checkpoint backwards; storing an older or equal position is a no-op', async () => {
      await store.store(name('cp'), 10n);
      await store.store(name('cp'), 7n);
      expect(await store.load(name('cp'))).toBe(10n);
      await store.store(name('cp'), 10n);
      await store.store(name('cp'), 11n);
      expect(await store.load(name('cp'))).toBe(11n);
    });

    it('keeps the highest position when stores race', async () => {
      const positions = [5n, 42n, 3n, 17n, 41n, 8n, 2n ** 60n + 5n, 2n ** 60n + 4n];
      await Promise.all(positions.map((p) => store.store(name('race'), p)));
      expect(await store.load(name('race'))).toBe(2n ** 60n + 5n);
    });

    it('forgets a reset checkpoint, after which a lower position is accepted again (rebuild)', async () => {
      await store.store(name('rebuild'), 50n);
      await store.reset(name('rebuild'));
      expect(await store.load(name('rebuild'))).toBeNull();
      await store.store(name('rebuild'), 3n);
      expect(await store.load(name('rebuild'))).toBe(3n);
      await store.reset(name('never-stored'));
      expect(await store.load(name('never-stored'))).toBeNull();
    });

    it('keeps names apart, including names that share a prefix', async () => {
      await store.store(name('a'), 5n);
      await store.store(name('a2'), 9n);
      await store.store(`${name('a')}:shadow`, 1n);
      await store.reset(name('a'));
      expect(await store.load(name('a'))).toBeNull();
      expect(await store.load(name('a2'))).toBe(9n);
      expect(await store.load(`${name('a')}:shadow`)).toBe(1n);
    });
  });
}
