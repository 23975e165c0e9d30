export const CHECKPOINT_STORE = Symbol('CheckpointStore');

/** Where a subscriber has got to: the position of the last event it fully handled. */
export interface CheckpointStore {
  load(name: string): Promise<bigint | null>;
  /** Never moves a checkpoint backwards; storing an older position is a no-op. */
  store(name: string, position: bigint): Promise<void>;
  /** Forgets the checkpoint (rebuild from zero). */
  reset(name: string): Promise<void>;
}

/** How often, at most, an idle subscriber stores a position it reached by skipping other streams' events. */
export const IDLE_CHECKPOINT_MS = 5_000;

/**
 * A subscriber's checkpoint beyond its last handled event: a subscription filtered by stream
 * prefix moves past the other streams' events without handing them over (SubscribeOptions.onIdle),
 * and a checkpoint left at the last handled event makes the next start read through all of them
 * again, time in proportion to the log (a context quiet while others append). Stored when the
 * subscriber first goes idle past its checkpoint, then at most once per `intervalMs` (under load a
 * write every few seconds, not one per read), and at stop.
 * Best effort: a failed write is left to the next one, and the handled events' own checkpoints
 * never depend on it.
 */
export class IdleCheckpoint {
  private stored: bigint | null;
  /** When this last wrote a checkpoint itself (the subscriber's own writes do not count). */
  private idleStoredAt = -Infinity;

  constructor(
    private readonly checkpoints: CheckpointStore,
    private readonly name: string,
    loaded: bigint | null,
    private readonly intervalMs = IDLE_CHECKPOINT_MS,
  ) {
    this.stored = loaded;
  }

  /** The subscriber stored this checkpoint itself (after a batch). */
  storedBy(position: bigint): void {
    if (this.stored === null || position > this.stored) this.stored = position;
  }

  /** The subscription went idle at `position` (its lastPosition). */
  async idle(position: bigint): Promise<void> {
    if (performance.now() - this.idleStoredAt < this.intervalMs) return;
    await this.flush(position);
  }

  /** Stores `position` now if it is past what is stored (the subscriber stops). */
  async flush(position: bigint | null): Promise<void> {
    if (position === null || (this.stored !== null && position <= this.stored)) return;
    try {
      await this.checkpoints.store(this.name, position);
      this.storedBy(position);
      this.idleStoredAt = performance.now();
    } catch {
      // The next idle read or stop tries again; nothing handled depends on this write.
    }
  }
}
