/**
 * A verifiable log of business records (ADR 014): RFC 9162 Merkle hashing and proofs, RFC 8785
 * canonical bytes of an archived event, C2SP signed-note checkpoints and cosignatures. Pure and
 * free of Nest and of any store, so the offline verifier runs on it alone.
 */
export * from './merkle';
export * from './archived-event';
export * from './signed-note';
export * from './key-rotation';
export * from './bundle';
