import { mongo } from 'mongoose';

/**
 * Positions are stored as BSON int64 so the server compares them exactly: a double loses the
 * difference between 2^60 + 5 and 2^60 + 6, and with it the write guard.
 */
export function positionToBson(position: bigint): mongo.Long {
  if (position < -(2n ** 63n) || position >= 2n ** 63n) throw new RangeError(`position ${position} does not fit in a BSON int64`);
  return mongo.Long.fromBigInt(position);
}

/** The driver hands int64 back as a number when it fits in 53 bits and as a Long otherwise. */
export function positionFromBson(value: unknown): bigint {
  if (typeof value === 'bigint') return value;
  if (typeof value === 'number' && Number.isSafeInteger(value)) return BigInt(value);
  if (value instanceof mongo.Long) return value.toBigInt();
  throw new TypeError(`a stored position must be an int64, got ${typeof value} ${String(value)}`);
}
