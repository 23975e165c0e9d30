import type { DomainEvent } from '@aftersales/eventsourcing';

/**
 * AU-2: a rotation of the audit log's signing key, taken in by the running service and kept as an
 * event of audit's own stream, which the log archives like any other (so the rotation is itself
 * covered by the Merkle log). The statement is the signed note of libs/verifiable-log key-rotation.ts.
 */
export const LOG_KEYS_STREAM = 'audit.log-keys';
export const LOG_KEY_ROTATED = 'audit.LogKeyRotated';

export type LogKeyRotated = DomainEvent<
  typeof LOG_KEY_ROTATED,
  {
    /** The rotation statement (aftersales-key-rotation/v1), signed by `previousKey`. */
    readonly statement: string;
    /** The key the statement replaces (verifier key); the first rotation's is where the chain of keys starts. */
    readonly previousKey: string;
    readonly newKey: string;
    /** Checkpoints of this tree size and larger are signed by `newKey`. */
    readonly fromSize: number;
  }
>;
