import { CheckpointStore } from '@aftersales/eventsourcing';

/** Checkpoints for standalone runs and tests; read models live in memory too, so both restart from zero together. */
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
