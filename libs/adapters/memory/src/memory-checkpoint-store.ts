import { CheckpointStore } from '@aftersales/eventsourcing';

/** Checkpoints for unit tests, beside the memory document store (the standalone keeps both in PGlite, ADR 010). */
export class MemoryCheckpointStore implements CheckpointStore {
  private readonly positions = new Map<string, bigint>();

  async load(name: string): Promise<bigint | null> {
    return this.positions.get(name) ?? null;
  }

  async store(name: string, position: bigint): Promise<void> {
    const current = this.positions.get(name);
    if (current === undefined || position > current) this.positions.set(name, position);
  }

  async reset(name: string): Promise<void> {
    this.positions.delete(name);
  }
}
