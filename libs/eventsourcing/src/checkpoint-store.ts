export const CHECKPOINT_STORE = Symbol('CheckpointStore');

/** Where a subscriber has got to: the position of the last event it fully handled. */
export interface CheckpointStore {
  load(name: string): Promise<bigint | null>;
  /** Never moves a checkpoint backwards; storing an older position is a no-op. */
  store(name: string, position: bigint): Promise<void>;
  /** Forgets the checkpoint (rebuild from zero). */
  reset(name: string): Promise<void>;
}
