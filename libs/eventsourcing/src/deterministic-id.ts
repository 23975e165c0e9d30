import { createHash } from 'node:crypto';

/**
 * A UUID derived from names (RFC 9562 version 8, SHA-256 based): the same parts always give the
 * same id. Process managers and idempotent commands use it so that a redelivered message or a
 * retried request creates the same stream and event ids, and the store's `no_stream` append or
 * duplicate-id check refuses the second attempt.
 */
export function deterministicUuid(...parts: readonly string[]): string {
  if (parts.length === 0) throw new Error('deterministicUuid needs at least one part');
  // Length-prefixed, so ('ab', 'c') and ('a', 'bc') differ.
  const hash = createHash('sha256');
  for (const part of parts) hash.update(`${Buffer.byteLength(part)}:${part};`);
  const bytes = hash.digest().subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x80; // version 8
  bytes[8] = (bytes[8] & 0x3f) | 0x80; // RFC variant
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
